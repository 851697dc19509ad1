"""The text layer of an attached PDF, for the search index (a scanned PDF without one gives '')."""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)
MAX_PAGES = 500


def pdf_text(data: bytes) -> str:
    """The PDF's text, page by page; '' when it has none or cannot be read (never raises)."""
    if not data.startswith(b"%PDF"):
        return ""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")  # many "protected" PDFs open with an empty password
            except Exception:  # noqa: BLE001 - an encrypted PDF is simply not indexed
                return ""
        pages = []
        for page in reader.pages[:MAX_PAGES]:
            pages.append(page.extract_text() or "")
        return "\n".join(pages)
    except Exception as exc:  # noqa: BLE001 - a damaged PDF must not stop saving the agreement
        log.warning("could not read the text of an attached PDF: %s", exc)
        return ""
