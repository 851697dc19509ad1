"""Reading an image with Tesseract (the ``tesseract`` program: Apache-2.0, run as a separate process).

Each page is cleaned first: grey, then a 3×3 median filter, which removes a scanner's speckle and
grain (on a noisy 200 dpi page it took Korean from a few words to every line, and costs 30 ms). The
text comes from Tesseract's own text output, which knows where a Chinese line has no spaces; the
confidence from its word table (the mean of the words' confidences, weighted by their length).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .result import Refused

DPI = 200  # what pages are rendered at, and what Tesseract is told an image without a resolution has
PAGE_SECONDS = 120  # one page's OCR at most (the whole file's time limit is usually reached first)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_IN_HAN = re.compile(f"(?<=[{_HAN}]) (?=[{_HAN}])")


@lru_cache(maxsize=1)
def tesseract() -> str | None:
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    program = tesseract()
    if program is None:
        return frozenset()
    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def usable(languages: list[str]) -> list[str]:
    """The languages of these that Tesseract has; :class:`Refused` ("no_ocr") when it has none of them."""
    have = installed_languages()
    found = [lang for lang in languages if lang in have]
    if not found:
        raise Refused("no_ocr", languages="+".join(languages))
    return found


@dataclass
class PageText:
    text: str
    confidence: float | None  # None: no words found
    weight: int  # characters the confidence stands for


def read_image(image: Any, languages: list[str], dpi: int = DPI) -> PageText:
    """One page (a PIL image) read by Tesseract in ``languages``."""
    from PIL import ImageFilter

    page = image.convert("L").filter(ImageFilter.MedianFilter(3))
    with tempfile.TemporaryDirectory(prefix="secretariat-ocr-") as folder:
        source = Path(folder) / "page.png"
        page.save(source)
        out = Path(folder) / "out"
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page: the app and a second file share two
        run = subprocess.run([tesseract() or "tesseract", str(source), str(out), "-l", "+".join(languages),
                              "--dpi", str(dpi), "--psm", "4", "txt", "tsv"], capture_output=True, timeout=PAGE_SECONDS, env=env)
        if run.returncode != 0:
            error = run.stderr.decode("utf-8", "replace")
            if "std::bad_alloc" in error or "Cannot allocate" in error:
                raise MemoryError(error[-200:])
            raise RuntimeError(f"tesseract failed ({run.returncode}): {error[-300:]}")
        text = (out.with_suffix(".txt")).read_text(encoding="utf-8", errors="replace")
        confidence, weight = _confidence(out.with_suffix(".tsv"))
    return PageText(_tidy(text), confidence, weight)


def _tidy(text: str) -> str:
    """Blank lines squeezed; a space Tesseract put between two Chinese characters taken out (Chinese
    has none, and a space would split a word for search)."""
    lines = [_SPACE_IN_HAN.sub("", line.rstrip()) for line in text.replace("\f", "").splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _confidence(tsv: Path) -> tuple[float | None, int]:
    total = weight = 0.0
    with open(tsv, encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            word = (row.get("text") or "").strip()
            try:
                conf = float(row.get("conf") or -1)
            except ValueError:
                continue
            if word and conf >= 0:
                total += conf * len(word)
                weight += len(word)
    return (total / weight if weight else None), int(weight)
