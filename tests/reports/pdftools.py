"""Reading our PDFs back as a reader would: poppler's text (reading order), fonts and word boxes;
pypdf for the outline (its CJK text extraction is not trusted)."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf


def _run(*args: str) -> str:
    """A poppler tool's output; any complaint it has about the file fails the test."""
    done = subprocess.run(args, check=True, capture_output=True, text=True, encoding="utf-8")
    assert "Error" not in done.stderr, done.stderr
    return done.stdout


def _file(pdf: bytes) -> Path:
    f = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    f.write(pdf)
    f.close()
    return Path(f.name)


def text(pdf: bytes, page: int | None = None, layout: bool = True) -> str:
    """pdftotext of the whole document or one page (1-based); pages are separated by form feeds."""
    path = _file(pdf)
    try:
        args = ["pdftotext", "-enc", "UTF-8"]
        if layout:
            args.append("-layout")
        if page is not None:
            args += ["-f", str(page), "-l", str(page)]
        return _run(*args, str(path), "-")
    finally:
        path.unlink()


def renders_cleanly(pdf: bytes) -> bool:
    """Every page rasterised by poppler (at a low resolution) without a complaint about the file."""
    path = _file(pdf)
    try:
        with tempfile.TemporaryDirectory() as out:
            _run("pdftoppm", "-r", "20", "-png", str(path), str(Path(out) / "page"))
            return len(list(Path(out).iterdir())) > 0
    finally:
        path.unlink()


def pages(pdf: bytes, layout: bool = True) -> list[str]:
    return text(pdf, layout=layout).split("\f")[:-1]


def squeeze(s: str) -> str:
    """Text with all whitespace removed (to find text that wrapped across lines)."""
    return re.sub(r"\s+", "", s)


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def fonts(pdf: bytes) -> list[Font]:
    path = _file(pdf)
    try:
        lines = _run("pdffonts", str(path)).splitlines()[2:]
    finally:
        path.unlink()
    out = []
    for line in lines:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        out.append(Font(parts[0], parts[1], emb == "yes", sub == "yes", uni == "yes"))
    return out


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x_min: float
    x_max: float
    y_min: float
    y_max: float


def words(pdf: bytes) -> tuple[list[Word], float, float]:
    """Every word with its box (points), and the page size."""
    path = _file(pdf)
    try:
        html = _run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    finally:
        path.unlink()
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert size
    out: list[Word] = []
    for n, page in enumerate(html.split("<page ")[1:], 1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page):
            out.append(Word(m.group(5), n, float(m.group(1)), float(m.group(3)), float(m.group(2)),
                            float(m.group(4))))
    return out, float(size.group(1)), float(size.group(2))


@dataclass(frozen=True)
class Entry:
    title: str
    level: int
    page: int  # 1-based


def outline(pdf: bytes) -> list[Entry]:
    reader = pypdf.PdfReader(_file_stream(pdf))
    out: list[Entry] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append(Entry(item.title, level, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return out


def watermarks(pdf: bytes) -> list[str]:
    """The text of the watermark form drawn on each page that has one (Latin text only: pypdf)."""
    reader = pypdf.PdfReader(_file_stream(pdf))
    out = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        if "/FormXob.watermark" in xobjects and b"/FormXob.watermark Do" in page.get_contents().get_data():
            form = xobjects["/FormXob.watermark"].get_object()
            out.append(_form_text(reader, form))
    return out


def _form_text(reader: pypdf.PdfReader, form: Any) -> str:
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(595, 842)
    page[pypdf.generic.NameObject("/Resources")] = form["/Resources"]
    page.replace_contents(pypdf.generic.ContentStream(form, reader))
    return page.extract_text().strip()


def uncompressed(pdf: bytes) -> bytes:
    """The page content streams, decoded (to look for drawing operators such as fill colours)."""
    reader = pypdf.PdfReader(_file_stream(pdf))
    contents = (page.get_contents() for page in reader.pages)
    return b"\n".join(c.get_data() for c in contents if c is not None)


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(_file_stream(pdf)).pages)


def _file_stream(pdf: bytes) -> Any:
    import io

    return io.BytesIO(pdf)
