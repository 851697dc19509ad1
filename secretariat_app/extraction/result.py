"""What reading an attached file gives, and the limits it runs under."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# How a file's text came: read from the file itself, read by OCR, or not at all.
STATES = ("text", "ocr", "none")

# Why a file has no text, or only part of it (a code; english.EXTRACTION_REASONS and the UI word them).
REASONS = (
    "password",  # protected by a password
    "drm",  # protected by DRM (rights management)
    "unsupported",  # a format that is not read (detail: format)
    "damaged",  # cannot be read: damaged, or not the format its name says
    "zip_bomb",  # would unpack to far more than a document does (detail: megabytes)
    "image_too_large",  # an image larger than OCR reads (detail: width, height)
    "time_limit",  # stopped at the time limit (detail: read, pages)
    "memory_limit",  # stopped at the memory limit
    "page_limit",  # only the first pages read (detail: read, pages)
    "no_ocr",  # a scan, and Tesseract (or its language) is not installed (detail: languages)
    "empty",  # read, but no text in it
)

# Text kept per file (a 500-page PDF of text is about 1.5 M characters); more is cut off.
MAX_CHARS = 2_000_000
PAGE_BREAK = "\f"  # between pages in the stored text


@dataclass(frozen=True)
class Limits:
    """What one file may cost. Wall time covers the whole file (pages read by then are kept); memory
    is the child process's address space (its OCR program's too); pages and pixels bound the work."""

    seconds: float = 50.0
    memory_mb: int = 1536
    pages: int = 500
    # An image (or a rendered page) is read by OCR up to this many pixels; larger images are scaled
    # down, and images over ``refuse_pixels`` are refused before they are decoded.
    ocr_pixels: int = 16_000_000
    refuse_pixels: int = 120_000_000
    unpacked_mb: int = 300  # a zip-based document (DOCX, XLSX, HWPX, ODT) unpacked, in total

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Limits:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class Extracted:
    state: str  # one of STATES
    method: str = ""  # the reader: pdf, hwp, hwp-distribution, hwpx, docx, sheet, odt, text, image
    pages: list[str] = field(default_factory=list)
    reason: str | None = None  # one of REASONS: why there is no text, or why only part of it
    detail: dict[str, Any] = field(default_factory=dict)
    confidence: float | None = None  # OCR: the mean word confidence, 0–100
    languages: str | None = None  # OCR: Tesseract's languages, e.g. "kor+chi_sim"
    ocr_pages: int = 0  # pages read by OCR
    seconds: float = 0.0  # wall time
    cpu_seconds: float = 0.0  # CPU time of the child process and its OCR program

    @property
    def text(self) -> str:
        return PAGE_BREAK.join(self.pages)

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.pages)


class Refused(Exception):
    """A file that cannot be read, with the reason (a code of REASONS) and its values."""

    def __init__(self, reason: str, **detail: Any):
        assert reason in REASONS, reason
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
