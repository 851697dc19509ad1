"""One reader per format, each giving the file's pages one at a time (the child process sends each on
as soon as it is read, so pages read before a time limit are kept).

Chosen after reading real files with them (docs/search.md says which and why):

- PDF: pypdfium2 (PDFium; BSD-3/Apache-2.0) for the text layer and to render pages without one for OCR.
- HWP 5 and HWPX: hwp-hwpx-parser (Apache-2.0): the most text of the readers tried (tables, text boxes,
  notes), in milliseconds. A distribution document (배포용 문서) keeps its body encrypted in ``ViewText``
  and only a notice in ``BodyText``: pyhwp2's ``hwp5txt`` (AGPL-3.0) decrypts it, so it runs as a
  program of its own and is never imported.
- Word: python-docx (MIT). Excel (and .xls, .ods): python-calamine (MIT). ODT: odfpy (Apache-2.0).
- Plain text: charset-normalizer (MIT) between UTF-8, CP949 (Korean) and GB18030 (Chinese).
- Images: Pillow, then :mod:`.ocr`.
"""

from __future__ import annotations

import math
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ocr
from .result import MAX_CHARS, Limits, Refused

MIN_LAYER_CHARS = 16  # a PDF page with fewer characters in its text layer (and a picture) is read by OCR
HWP_SECONDS = 40  # the separate distribution-document reader, at most


@dataclass
class Page:
    text: str
    confidence: float | None = None  # set when the page was read by OCR
    weight: int = 0  # characters the confidence stands for
    ocr: bool = False


@dataclass
class Job:
    name: str
    languages: list[str]  # Tesseract's, in order of preference
    limits: Limits
    method: str = ""
    announce: Callable[[int], None] = lambda total: None  # the number of pages, once known
    # Set by a reader that stopped early or could not read every page: (reason, detail).
    note: tuple[str, dict[str, Any]] | None = None
    used_languages: list[str] = field(default_factory=list)  # what OCR ran with

    def ocr_languages(self) -> list[str]:
        self.used_languages = ocr.usable(self.languages)
        return self.used_languages


Reader = Callable[[Path, Job], Iterator[Page]]


# --- PDF ------------------------------------------------------------------------------------------------


def read_pdf(path: Path, job: Job) -> Iterator[Page]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    job.method = "pdf"
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise Refused("password" if "password" in str(exc).lower() else "damaged") from None
    total = len(pdf)
    job.announce(total)
    languages: list[str] | None = None
    for number in range(min(total, job.limits.pages)):
        page = pdf[number]
        text = page.get_textpage().get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
        if len(text.strip()) >= MIN_LAYER_CHARS or not any(True for _ in page.get_objects(
                filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)):
            yield Page(text)
            continue
        if languages is None:
            try:
                languages = job.ocr_languages()
            except Refused as refused:  # no OCR here: what the text layer has, and say why not more
                job.note = (refused.reason, refused.detail)
                languages = []
        if not languages:
            yield Page(text)
            continue
        width, height = page.get_size()  # points
        scale = ocr.DPI / 72
        if width * height * scale * scale > job.limits.ocr_pixels:  # a poster-sized page: fewer dots per inch
            scale = math.sqrt(job.limits.ocr_pixels / (width * height))
        image = page.render(scale=scale, grayscale=True).to_pil()
        read = ocr.read_image(image, languages, dpi=max(50, round(scale * 72)))
        yield Page(read.text, read.confidence, read.weight, ocr=True)
    if total > job.limits.pages:
        job.note = ("page_limit", {"read": job.limits.pages, "pages": total})


# --- Hangul ---------------------------------------------------------------------------------------------

# The FileHeader's property bits (HWP 5.0 format, "FileHeader"): what protects the body.
HWP_PASSWORD, HWP_DISTRIBUTION, HWP_DRM, HWP_CERT_ENCRYPTED, HWP_CERT_DRM = 1 << 1, 1 << 2, 1 << 4, 1 << 8, 1 << 10
_NOTE_MARK = re.compile(r"\[\^e?\d+\]")


def read_hwp5(path: Path, job: Job) -> Iterator[Page]:
    import olefile

    with olefile.OleFileIO(str(path)) as ole:
        header = ole.openstream("FileHeader").read(40)
    if len(header) < 40 or not header.startswith(b"HWP Document File"):
        raise Refused("damaged")
    flags = struct.unpack_from("<I", header, 36)[0]
    if flags & HWP_PASSWORD:
        raise Refused("password")
    if flags & (HWP_DRM | HWP_CERT_ENCRYPTED | HWP_CERT_DRM):
        raise Refused("drm")
    if flags & HWP_DISTRIBUTION:
        job.method = "hwp-distribution"
        yield Page(_distribution_text(path))
        return
    job.method = "hwp"
    yield Page(_hangul_text(path, hwpx=False))


def read_hwpx(path: Path, job: Job) -> Iterator[Page]:
    job.method = "hwpx"
    yield Page(_hangul_text(path, hwpx=True))


def _hangul_text(path: Path, hwpx: bool) -> str:
    from hwp_hwpx_parser import HWP5Reader, HWPXReader
    from hwp_hwpx_parser.models import ExtractOptions, ImageMarkerStyle, TableStyle

    options = ExtractOptions(table_style=TableStyle.INLINE, image_marker=ImageMarkerStyle.NONE)
    with (HWPXReader if hwpx else HWP5Reader)(str(path)) as reader:  # by content: the file has no extension
        if reader.is_encrypted():
            raise Refused("password")
        found = reader.extract_text_with_notes(options)
    notes = [str(getattr(n, "text", "") or "") for n in (*found.footnotes, *found.endnotes)]
    return "\n".join([_NOTE_MARK.sub("", found.text), *[n for n in notes if n.strip()]])


def _distribution_text(path: Path) -> str:
    """A distribution document's body, decrypted and read by pyhwp2's ``hwp5txt`` in its own process."""
    program = Path(sys.executable).with_name("hwp5txt")
    command = str(program) if program.exists() else shutil.which("hwp5txt")
    if command is None:
        raise Refused("unsupported", format="hwp-distribution")
    try:
        run = subprocess.run([command, str(path)], capture_output=True, timeout=HWP_SECONDS)
    except subprocess.TimeoutExpired:
        raise Refused("time_limit") from None
    if run.returncode != 0:
        raise Refused("damaged")
    return run.stdout.decode("utf-8", "replace")


# --- Word, Excel, OpenDocument, plain text ----------------------------------------------------------------


def read_docx(path: Path, job: Job) -> Iterator[Page]:
    import docx

    job.method = "docx"
    document = docx.Document(str(path))
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                lines += list(_docx_blocks(part))
    yield Page("\n".join([*_docx_blocks(document), *lines]))


def _docx_blocks(container: Any) -> Iterator[str]:
    """Paragraphs and table cells in document order (tables within cells too)."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per column it spans
                        continue
                    seen.add(id(cell._tc))
                    yield from _docx_blocks(cell)
        elif block.text.strip():
            yield block.text


def read_sheet(path: Path, job: Job) -> Iterator[Page]:
    """Each sheet is a page: its cells row by row, tab-separated."""
    from python_calamine import CalamineWorkbook

    job.method = "sheet"
    with open(path, "rb") as f:
        book = CalamineWorkbook.from_filelike(f)
    names = book.sheet_names
    job.announce(len(names))
    chars = 0
    for name in names[: job.limits.pages]:
        lines = [name]
        for row in book.get_sheet_by_name(name).iter_rows():
            cells = [_cell(v) for v in row]
            line = "\t".join(c for c in cells if c)
            if line:
                lines.append(line)
                chars += len(line)
            if chars > MAX_CHARS:
                break
        yield Page("\n".join(lines))
        if chars > MAX_CHARS:
            break
    if len(names) > job.limits.pages:
        job.note = ("page_limit", {"read": job.limits.pages, "pages": len(names)})


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def read_odt(path: Path, job: Job) -> Iterator[Page]:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    job.method = "odt"
    document = load(str(path))
    lines: list[str] = []

    def walk(node: Any) -> None:
        for child in node.childNodes:
            if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                text = teletype.extractText(child)
                if text.strip():
                    lines.append(text)
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(document.text)
    yield Page("\n".join(lines))


def read_text(path: Path, job: Job) -> Iterator[Page]:
    from charset_normalizer import from_bytes

    job.method = "text"
    data = path.read_bytes()[: MAX_CHARS * 4]
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refused("unsupported", format="binary")
    best = from_bytes(data, cp_isolation=["utf_8", "utf_16", "cp949", "gb18030"]).best()
    if best is None:
        raise Refused("damaged")
    yield Page(str(best))


# --- images -----------------------------------------------------------------------------------------------


def read_image(path: Path, job: Job) -> Iterator[Page]:
    from PIL import Image, ImageSequence

    job.method = "image"
    Image.MAX_IMAGE_PIXELS = None  # the size is checked here, with the clerk told the numbers
    try:
        image = Image.open(path)  # reads the header only
    except (OSError, SyntaxError, ValueError):
        raise Refused("damaged") from None
    width, height = image.size
    if width * height > job.limits.refuse_pixels:
        raise Refused("image_too_large", width=width, height=height)
    Image.MAX_IMAGE_PIXELS = job.limits.refuse_pixels // 2  # Pillow's own guard for a larger later frame
    languages = job.ocr_languages()
    frames = getattr(image, "n_frames", 1)
    job.announce(frames)
    for number, frame in enumerate(ImageSequence.Iterator(image)):
        if number >= job.limits.pages:
            job.note = ("page_limit", {"read": job.limits.pages, "pages": frames})
            break
        dpi = frame.info.get("dpi", (ocr.DPI, ocr.DPI))[0] or ocr.DPI
        page = frame.copy()
        pixels = page.width * page.height
        if pixels > job.limits.ocr_pixels:  # a huge scan: read at fewer dots per inch
            factor = math.ceil(math.sqrt(pixels / job.limits.ocr_pixels))
            page = page.reduce(factor)
            dpi = dpi / factor
        read = ocr.read_image(page, languages, dpi=max(50, round(float(dpi))))
        yield Page(read.text, read.confidence, read.weight, ocr=True)


READERS: dict[str, Reader] = {
    "pdf": read_pdf, "hwp5": read_hwp5, "hwpx": read_hwpx, "docx": read_docx, "sheet": read_sheet,
    "odt": read_odt, "text": read_text, "image": read_image,
}
