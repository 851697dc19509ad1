"""ReportLab's reading of our TrueType fonts, kept on disk between processes.

Parsing a CJK font's character map and metrics in Python takes ~0.1 s a font, and a bilingual pack
needs four: in a fresh process (the command line, a second app) that is a good part of a pack's own
time. What the parser reads is plain data (numbers, strings, dicts and lists of them), kept here with
``marshal``, which holds only such data (loading it cannot run code). The font file's bytes are read
from the file each time, as ReportLab does (subsetting copies glyphs out of them).

A cache file names what it was made from (the font file's size and modification time, ReportLab's and
Python's versions); one that does not match, or cannot be read, is parsed again and rewritten. A cache
that cannot be written (a read-only folder) only costs the parsing.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ..collector import paused
from ..settings import cache_dir

log = logging.getLogger(__name__)

FORMAT = 1  # of the cache files (raise it when what is kept changes)
_NAME = "name-bytes"  # a TTFNameBytes value (bytes that also carry their text) is kept as (_NAME, bytes)
_LEFT_OUT = ("_ttf_data", "_pdfScale")  # the file's bytes (read again) and a function (made again)


def font(name: str, path: Path, folder: Path | None = None) -> TTFont:
    """``TTFont(name, path)``, its face read from the cache when it is there and current."""
    folder = folder if folder is not None else cache_dir() / "fonts"
    stamp = _stamp(path)
    # (the path in the name too: a checkout and an installed copy do not take turns overwriting one file)
    cached = folder / f"{path.stem}-{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]}.marshal"
    face = _load(cached, path, stamp)
    if face is None:
        face = TTFontFace(str(path))
        _store(cached, face, stamp)
    return _font(name, face)


def _stamp(path: Path) -> list[Any]:
    """What a cache file must have been made from to be used."""
    info = path.stat()
    return [FORMAT, str(path.resolve()), info.st_size, info.st_mtime_ns, reportlab.Version, sys.version]


def _load(cached: Path, path: Path, stamp: list[Any]) -> TTFontFace | None:
    try:
        with paused():  # some 100,000 small containers, no cycles (see collector.py)
            kept, state = marshal.loads(cached.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.info("font cache %s not used: %s", cached, exc)
        return None
    if kept != stamp or not isinstance(state, dict):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update({k: TTFNameBytes(v[1]) if isinstance(v, tuple) and v[:1] == (_NAME,) else v
                          for k, v in state.items()})
    with open(path, "rb") as f:
        face._ttf_data = f.read()
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)  # as the parser's
    return face


def _store(cached: Path, face: TTFontFace, stamp: list[Any]) -> None:
    state = {k: (_NAME, bytes(v)) if isinstance(v, TTFNameBytes) else v
             for k, v in face.__dict__.items() if k not in _LEFT_OUT}
    try:
        data = marshal.dumps([stamp, state])
    except ValueError as exc:  # something that is not plain data (a newer ReportLab): no cache
        log.info("font %s not cached: %s", face.filename, exc)
        return
    temporary = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.write_bytes(data)
        os.replace(temporary, cached)  # whole or not at all, also with two processes writing at once
    except OSError as exc:
        log.info("font cache %s not written: %s", cached, exc)
        with contextlib.suppress(OSError):
            temporary.unlink()


def _font(name: str, face: TTFontFace) -> TTFont:
    """What ``TTFont(name, path)`` makes, around a face already read (a test compares the two)."""
    made = TTFont.__new__(TTFont)
    made.fontName = name
    made.face = face
    made.encoding = TTEncoding()
    made.state = WeakKeyDictionary()
    made._asciiReadable = rl_config.ttfAsciiReadable
    made.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return made
