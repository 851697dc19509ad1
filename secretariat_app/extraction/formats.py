"""What a file is, from its bytes: the name's extension only decides between plain text and nothing.

A Hangul file may come as ``.hwp`` or without an extension, a Word file renamed ``.xlsx`` still is a
Word file, and a DRM wrapper keeps the extension of what it wraps: so the container is looked at first
(PDF, OLE compound file, ZIP package, image), then what it holds.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePath

from .result import Refused

TEXT_EXTENSIONS = frozenset({"txt", "text", "csv", "tsv", "md", "log"})
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")
ODF_TYPES = {"application/vnd.oasis.opendocument.text": "odt",
             "application/vnd.oasis.opendocument.spreadsheet": "sheet"}
HWPX_TYPES = ("application/hwp+zip", "application/haansofthwpx")
# Older formats that are recognised but not read (said so, rather than "damaged").
UNSUPPORTED_OLE = {"WordDocument": "doc", "PowerPoint Document": "ppt"}


def sniff(path: Path, name: str, unpacked_limit_mb: int) -> str:
    """One of: pdf, hwp5, hwpx, docx, sheet, odt, text, image — or :class:`Refused` (password, drm,
    unsupported, damaged, zip_bomb)."""
    with open(path, "rb") as f:
        head = f.read(16)
    extension = PurePath(name).suffix.lower().lstrip(".")
    if head.startswith(b"%PDF") or b"%PDF-" in _first_kb(path):
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return _ole(path)
    if head.startswith(b"PK\x03\x04"):
        return _package(path, unpacked_limit_mb)
    if head.startswith(IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if extension in TEXT_EXTENSIONS:
        return "text"
    if extension in ("hwp", "hwpx", "docx", "xlsx", "xls", "odt", "ods", "pdf", "doc"):
        # Its name says an office document, its bytes are none we know: a DRM program's wrapper (they keep
        # the name), or a damaged file. Which one cannot be told from here.
        raise Refused("damaged", format=extension)
    raise Refused("unsupported", format=extension or "?")


def _first_kb(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(1024)


def _ole(path: Path) -> str:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(parts) for parts in ole.listdir(streams=True, storages=True)}
    except Exception as exc:  # noqa: BLE001 - any failure to open the container: damaged
        raise Refused("damaged", error=type(exc).__name__) from None
    if "FileHeader" in streams:
        return "hwp5"
    if "EncryptedPackage" in streams:
        # An encrypted Office package (MS-OFFCRYPTO): rights management (IRM/AIP) names its data space
        # so; otherwise it was encrypted with a password.
        if any("DRMEncrypted" in s for s in streams):
            raise Refused("drm")
        raise Refused("password")
    if "Workbook" in streams or "Book" in streams:
        return "sheet"  # Excel 97–2003 (.xls)
    for stream, fmt in UNSUPPORTED_OLE.items():
        if stream in streams:
            raise Refused("unsupported", format=fmt)
    raise Refused("unsupported", format="ole")


def _package(path: Path, unpacked_limit_mb: int) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            unpacked = sum(i.file_size for i in infos)
            if unpacked > unpacked_limit_mb * 2**20 or len(infos) > 20_000:
                raise Refused("zip_bomb", megabytes=unpacked // 2**20)
            mimetype = z.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise Refused("damaged", error=type(exc).__name__) from None
    if mimetype in HWPX_TYPES or "Contents/content.hpf" in names:
        return "hwpx"
    if mimetype in ODF_TYPES:
        return ODF_TYPES[mimetype]
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "sheet"
    if "META-INF/encryption.xml" in names or any(n.endswith(".drm") for n in names):
        raise Refused("drm")
    if "ppt/presentation.xml" in names:
        raise Refused("unsupported", format="pptx")
    raise Refused("unsupported", format="zip")
