"""The text of attached files, for search: every common office format, and OCR for scans.

- :mod:`.result` is what an extraction gives: the pages' texts, how they were read (from the file, or
  by OCR with its confidence) or why not (a reason code), and the limits it ran under.
- :mod:`.formats` tells what a file is from its bytes (not its name): PDF, HWP 5, HWPX, Word, Excel,
  OpenDocument, plain text, an image, a password- or DRM-protected container.
- :mod:`.readers` reads each format, page by page; :mod:`.ocr` reads images with Tesseract.
- :mod:`.child` runs the readers in a child process with memory and CPU limits; :mod:`.runner` starts
  it, stops it at the time limit and keeps the pages read by then. A hostile file (a zip bomb, a
  500-page scan, an image of 20 000 × 20 000 pixels) costs at most that, and never the app.
- :mod:`.languages` chooses Tesseract's languages from an agreement's languages.

A library on plain data (bytes and options in, :class:`.result.Extracted` out): it knows no database.
"""
