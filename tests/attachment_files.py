"""Real files for the attachment-text tests, made with the libraries that write each format (never by
hand): python-hwpx (HWP 5 and HWPX), python-docx, openpyxl, odfpy, ReportLab (PDF), Pillow and
PDFium (scans). The app reads them with other libraries (hwp-hwpx-parser, pyhwp2, python-calamine…),
so a test passing means two independent implementations agree on the file.

A distribution document (배포용 문서) is written by no library: it is made from python-hwpx's HWP 5 file
as Hangul makes one — the FileHeader's distribution flag, and each body section moved to ``ViewText``
behind a DISTRIBUTE_DOC_DATA record (a seed, and the key scrambled with MSVC's rand() sequence) and
AES-128-ECB — the layout pyhwp documents and decrypts, so pyhwp2 reading it back checks this code. Its
``BodyText`` holds only the notice a reader without the key shows, as in Hangul's own files.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Sequence

MOU_KO = [
    "서울특별시와 베이징시 간 대기질 개선 협력 양해각서",
    "제1조 양측은 미세먼지 저감을 위하여 공동 연구를 추진한다.",
    "제2조 베이징시는 대기오염 모니터링 관측소를 설치한다.",
    "제3조 서울시는 측정 자료를 매월 교환한다.",
]
MOU_ZH = [
    "首尔特别市与北京市空气质量改善合作谅解备忘录",
    "第一条 双方为减少细颗粒物开展共同研究。",
    "第二条 北京市承诺建设大气污染监测站。",
    "第三条 首尔市每月交换监测数据。",
]
DISTRIBUTION_NOTICE = "이 문서는 배포용 문서입니다. 문서를 읽으려면 한글 뷰어가 필요합니다."


# --- Hangul ---------------------------------------------------------------------------------------------


def hwpx(lines: Sequence[str]) -> bytes:
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    for line in lines:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save_to_stream(out) if hasattr(doc, "save_to_stream") else _save(doc, out)
    return out.getvalue()


def _save(doc, out) -> None:  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.hwpx"
        doc.save_to_path(str(path))
        out.write(path.read_bytes())


def hwp5(lines: Sequence[str]) -> bytes:
    from hwpx.hwp5.writer import write_hwp5

    with zipfile.ZipFile(io.BytesIO(hwpx(lines))) as package:
        return write_hwp5({name: package.read(name) for name in package.namelist()})


def _streams(data: bytes) -> list[tuple[str, bytes]]:
    import olefile

    with olefile.OleFileIO(data) as ole:
        return [("/".join(path), ole.openstream(path).read()) for path in ole.listdir(streams=True, storages=False)]


def _compound(streams: Sequence[tuple[str, bytes]]) -> bytes:
    from hwpx.hwp5.cfb import build_compound_file

    return build_compound_file(streams)


def _with_flags(streams: list[tuple[str, bytes]], flags: int) -> list[tuple[str, bytes]]:
    out = []
    for path, data in streams:
        if path == "FileHeader":
            word = struct.unpack_from("<I", data, 36)[0] | flags
            data = data[:36] + struct.pack("<I", word) + data[40:]
        out.append((path, data))
    return out


def protected_hwp(lines: Sequence[str], flags: int) -> bytes:
    """An HWP 5 file whose FileHeader says its body is protected: 1 << 1 a password, 1 << 4 DRM."""
    return _compound(_with_flags(_streams(hwp5(lines)), flags))


class _MsvcRand:
    def __init__(self, seed: int):
        self.seed = seed

    def rand(self) -> int:
        self.seed = (self.seed * 214013 + 2531011) & 0xFFFFFFFF
        return (self.seed >> 16) & 0x7FFF


def _scramble(payload: bytearray, seed: int) -> None:
    """Hangul's scrambling of the DISTRIBUTE_DOC_DATA record (its own inverse: an XOR)."""
    rng, n, key = _MsvcRand(seed), 0, 0
    for i in range(256):
        if n == 0:
            key = rng.rand() & 0xFF
            n = (rng.rand() & 0xF) + 1
        if i >= 4:
            payload[i] ^= key
        n -= 1


def distribution_hwp(lines: Sequence[str], seed: int = 20151104) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    rng = random.Random(seed)
    body = dict(_streams(hwp5(lines)))
    notice = dict(_streams(hwp5([DISTRIBUTION_NOTICE])))
    out = []
    for path, data in _with_flags(_streams(hwp5(lines)), 1 << 2):
        if path.startswith("BodyText/"):
            out.append((path, notice[path]))  # what a reader without the key shows
            payload = bytearray(rng.randbytes(256))
            struct.pack_into("<I", payload, 0, seed)
            key = payload[4 + (seed & 0xF): 4 + (seed & 0xF) + 16]
            _scramble(payload, seed)
            section = body[path] + b"\0" * (-len(body[path]) % 16)  # still raw-deflated, as in BodyText
            encryptor = Cipher(algorithms.AES(bytes(key)), modes.ECB()).encryptor()
            record = struct.pack("<I", 0x1C | (256 << 20)) + bytes(payload)  # HWPTAG_DISTRIBUTE_DOC_DATA
            out.append(("ViewText/" + path.split("/", 1)[1], record + encryptor.update(section) + encryptor.finalize()))
        else:
            out.append((path, data))
    return _compound(out)


# --- Office, OpenDocument, text, PDF ----------------------------------------------------------------------


def docx(lines: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def odt(lines: Sequence[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for line in lines:
        document.text.addElement(P(text=line))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def text_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from secretariat_app.fonts import font_for_language

    pdfmetrics.registerFont(TTFont("AttachKR", str(font_for_language("ko"))))
    pdfmetrics.registerFont(TTFont("AttachSC", str(font_for_language("zh"))))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for lines in pages:
        for i, line in enumerate(lines):
            page.setFont("AttachSC" if any("\u4e00" <= ch <= "\u9fff" for ch in line) and not any(
                "\uac00" <= ch <= "\ud7a3" for ch in line) else "AttachKR", 12)
            page.drawString(50, 800 - 20 * i, line)
        page.showPage()
    page.save()
    return out.getvalue()


# --- scans ---------------------------------------------------------------------------------------------------

DPI = 200


def scan(lines: Sequence[str], lang: str, seed: int = 7, size: tuple[float, float] = (420, 260)) -> object:
    """A page of ``lines`` in the bundled font, rendered at 200 dpi and made to look scanned: grain (Gaussian
    noise), dust specks and a slight skew. A PIL image (grey)."""
    from PIL import Image, ImageChops
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from secretariat_app.fonts import font_for_language

    font = f"Scan{lang.upper()}"
    pdfmetrics.registerFont(TTFont(font, str(font_for_language(lang))))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=size)
    for i, line in enumerate(lines):
        page.setFont(font, 13 if i == 0 else 12)
        page.drawString(24, size[1] - 40 - 26 * i, line)
    page.save()
    import pypdfium2 as pdfium

    clean = pdfium.PdfDocument(out.getvalue())[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    rng = random.Random(seed)
    noise = Image.effect_noise(clean.size, 24)  # grain: Gaussian around 128, σ 24
    grainy = ImageChops.add(clean, noise, scale=1.0, offset=-128)
    specks = grainy.load()
    for _ in range(clean.width * clean.height // 500):
        specks[rng.randrange(clean.width), rng.randrange(clean.height)] = rng.randrange(0, 90)
    return grainy.rotate(0.6, fillcolor=255, resample=Image.Resampling.BICUBIC)


def png(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))  # type: ignore[attr-defined]
    return out.getvalue()


def scanned_pdf(images: Sequence[object], pages: int | None = None) -> bytes:
    """A PDF of scanned pages, as a copier makes: a picture per page, no text layer. ``pages``: that many
    pages, the pictures over and over (each stored once in the file)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    pictures = [(ImageReader(image), image.size) for image in images]  # type: ignore[attr-defined]
    for number in range(pages or len(pictures)):
        picture, (width, height) = pictures[number % len(pictures)]
        size = (width * 72 / DPI, height * 72 / DPI)
        page.setPageSize(size)
        page.drawImage(picture, 0, 0, *size)
        page.showPage()
    page.save()
    return out.getvalue()


# --- hostile ---------------------------------------------------------------------------------------------------


def zip_bomb_xlsx(megabytes: int = 320) -> bytes:
    """An .xlsx whose one sheet unpacks to ``megabytes`` MB of empty cells (less than 1 MB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b"<c><v>0</v></c>" * 65536
            for _ in range(megabytes * 2**20 // len(chunk) + 1):
                sheet.write(chunk)
    return out.getvalue()


def huge_png(width: int = 20000, height: int = 20000) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (width, height), 1).save(out, "PNG")
    return out.getvalue()


def office_irm(name_inside: str = "EncryptedPackage") -> bytes:
    """An Office file protected by rights management (IRM): an OLE container holding the encrypted package
    and the DRM data space that names its protection (MS-OFFCRYPTO), as Word writes one under IRM."""
    return _compound([
        ("\x06DataSpaces/Version", b"\x3c\x00\x00\x00"),
        ("\x06DataSpaces/DataSpaceMap", b"\x08\x00\x00\x00\x01\x00\x00\x00"),
        ("\x06DataSpaces/DataSpaceInfo/\x09DRMEncryptedDataSpace", b"\x08\x00\x00\x00\x01\x00\x00\x00"),
        ("\x06DataSpaces/TransformInfo/\x09DRMEncryptedTransform/\x06Primary", b"\x00" * 64),
        (name_inside, zlib.compress(b"not the document, but its encrypted bytes") * 4),
    ])
