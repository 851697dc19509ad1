"""The fonts as ReportLab read them, kept between processes (reports/font_cache.py)."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from secretariat_app import fonts
from secretariat_app.reports import font_cache

FONT = fonts.SC_BOLD


def _same_font(made: TTFont, parsed: TTFont) -> None:
    """The same face (every attribute ReportLab's parser set, of the same types) and the same font around it."""
    def face(f: TTFont) -> dict[str, object]:
        return {k: v for k, v in vars(f.face).items() if k != "_pdfScale"}

    assert face(made) == face(parsed)
    assert {k: type(v) for k, v in vars(made.face).items()} == {k: type(v) for k, v in vars(parsed.face).items()}
    assert made.face._pdfScale(517) == parsed.face._pdfScale(517)
    assert sorted(vars(made)) == sorted(vars(parsed))
    assert {k: v for k, v in vars(made).items() if k not in ("face", "state", "encoding")} == \
        {k: v for k, v in vars(parsed).items() if k not in ("face", "state", "encoding")}
    assert made.stringWidth("환경 环境 Seoul", 9) == parsed.stringWidth("환경 环境 Seoul", 9)


def test_a_font_read_back_from_the_cache_is_the_font_parsed(tmp_path: Path) -> None:
    parsed = TTFont("Cached", str(FONT))
    first = font_cache.font("Cached", FONT, tmp_path)
    [kept] = tmp_path.iterdir()
    written = kept.stat().st_mtime_ns
    again = font_cache.font("Cached", FONT, tmp_path)
    assert kept.stat().st_mtime_ns == written  # read, not parsed and written again
    _same_font(first, parsed)
    _same_font(again, parsed)


def test_a_stale_or_damaged_cache_is_parsed_again_and_rewritten(tmp_path: Path) -> None:
    parsed = TTFont("Cached", str(FONT))
    font_cache.font("Cached", FONT, tmp_path)
    [kept] = tmp_path.iterdir()
    good = kept.read_bytes()
    for damaged in (b"", b"not marshal data", good[: len(good) // 2]):
        kept.write_bytes(damaged)
        _same_font(font_cache.font("Cached", FONT, tmp_path), parsed)
        assert kept.read_bytes() == good
    # made from another file (or another ReportLab): the stamp differs, so it is not used
    other = font_cache._stamp(fonts.KR_REGULAR)
    state = font_cache.marshal.loads(good)[1]
    kept.write_bytes(font_cache.marshal.dumps([other, {**state, "ascent": 1}]))
    assert font_cache.font("Cached", FONT, tmp_path).face.ascent == parsed.face.ascent
    assert kept.read_bytes() == good


def test_a_folder_that_cannot_be_written_costs_only_the_parsing(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    _same_font(font_cache.font("Cached", FONT, blocked / "fonts"), TTFont("Cached", str(FONT)))
    assert os.listdir(tmp_path) == ["file-not-folder"]
