"""The bundled fonts exist, are glyf TrueType, and cover Korean, Chinese and Latin text."""

from __future__ import annotations

import string
import struct
from pathlib import Path

import pytest

from secretariat_app import fonts
from secretariat_app.fonts import (
    ALL_FONTS,
    KR_BOLD,
    KR_REGULAR,
    SC_BOLD,
    SC_REGULAR,
    code_points,
    font_for_language,
    missing_glyphs,
)

KR_FONTS = (KR_REGULAR, KR_BOLD)
SC_FONTS = (SC_REGULAR, SC_BOLD)

HANGUL_SYLLABLES = "".join(chr(cp) for cp in range(0xAC00, 0xD7A4))


def _gb2312_hanzi() -> str:
    out = []
    for cp in range(0x4E00, 0xA000):
        try:
            chr(cp).encode("gb2312")
        except UnicodeEncodeError:
            continue
        out.append(chr(cp))
    return "".join(out)


def _sfnt_tables(path: Path) -> tuple[bytes, set[bytes]]:
    """The sfnt version and the table tags of a TrueType file, read from its table directory."""
    with path.open("rb") as fh:
        head = fh.read(12)
        version, num_tables = struct.unpack(">4sH", head[:6])
        directory = fh.read(16 * num_tables)
    tags = {struct.unpack_from(">4s", directory, 16 * i)[0] for i in range(num_tables)}
    return version, tags


@pytest.mark.parametrize("path", ALL_FONTS, ids=lambda p: p.name)
def test_font_file_is_glyf_truetype(path: Path) -> None:
    assert path.is_file(), path
    assert path.parent == fonts.FONTS_DIR
    version, tags = _sfnt_tables(path)
    assert version == b"\x00\x01\x00\x00"  # TrueType outlines, not 'OTTO' (CFF)
    assert {b"glyf", b"loca", b"cmap", b"head", b"hmtx"} <= tags
    assert b"CFF " not in tags and b"CFF2" not in tags


def test_license_and_readme_are_bundled() -> None:
    ofl = (fonts.FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert (fonts.FONTS_DIR / "README.md").is_file()


@pytest.mark.parametrize("path", KR_FONTS, ids=lambda p: p.name)
def test_kr_font_has_all_hangul_syllables_and_jamo(path: Path) -> None:
    assert len(HANGUL_SYLLABLES) == 11172
    assert missing_glyphs(HANGUL_SYLLABLES, path) == set()
    have = code_points(path)
    assert all(cp in have for cp in range(0x1100, 0x1200))  # Hangul Jamo
    assert all(cp in have for cp in range(0x3131, 0x318F))  # Hangul Compatibility Jamo
    assert missing_glyphs("서울특별시 환경정책과 大韓民國", path) == set()


@pytest.mark.parametrize("path", SC_FONTS, ids=lambda p: p.name)
def test_sc_font_has_all_gb2312_hanzi(path: Path) -> None:
    hanzi = _gb2312_hanzi()
    assert len(hanzi) == 6763
    assert missing_glyphs(hanzi, path) == set()


@pytest.mark.parametrize("path", SC_FONTS, ids=lambda p: p.name)
def test_sc_font_has_simplified_and_traditional(path: Path) -> None:
    assert missing_glyphs("環境北京", path) == set()
    assert missing_glyphs("北京市生态环境局 臺灣 環境保護署", path) == set()
    have = code_points(path)
    # Everything but a handful of the most recent additions to CJK Unified Ideographs.
    assert sum(1 for cp in range(0x4E00, 0xA000) if cp in have) > 20900


@pytest.mark.parametrize("path", ALL_FONTS, ids=lambda p: p.name)
def test_latin_digits_and_punctuation(path: Path) -> None:
    latin = string.ascii_letters + string.digits + string.punctuation
    assert missing_glyphs(latin, path) == set()
    assert missing_glyphs("Café Zürich — “quoted” … €5 ₩1,000 ¥20 ，。、「」（）", path) == set()


@pytest.mark.parametrize("path", ALL_FONTS, ids=lambda p: p.name)
def test_missing_glyphs_reports_absent_characters(path: Path) -> None:
    emoji, private = "\U0001f600", "\ue000"
    assert missing_glyphs(emoji, path) == {emoji}
    assert missing_glyphs(private, path) == {private}
    assert missing_glyphs(f"A {emoji}\nB\t{private}{emoji}", path) == {emoji, private}


def test_missing_glyphs_ignores_whitespace_and_controls() -> None:
    assert missing_glyphs(" \n\t\r\x0b\x0c\u00a0\u3000\u200d\ufeff\x00\x07", KR_REGULAR) == set()
    assert missing_glyphs("", SC_REGULAR) == set()


def test_sc_font_lacks_hangul() -> None:
    # A real-world miss: Korean text set in the Chinese font.
    assert missing_glyphs("환경 環境", SC_REGULAR) == {"환", "경"}


def test_missing_font_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        missing_glyphs("A", tmp_path / "nope.ttf")


@pytest.mark.parametrize(
    ("lang", "bold", "expected"),
    [
        ("ko", False, KR_REGULAR),
        ("ko", True, KR_BOLD),
        ("zh", False, SC_REGULAR),
        ("zh", True, SC_BOLD),
        ("en", False, KR_REGULAR),
        ("en", True, KR_BOLD),
        ("fr", False, KR_REGULAR),
        ("", False, KR_REGULAR),
        ("zh-Hant", False, SC_REGULAR),
        ("ZH_cn", True, SC_BOLD),
        ("ko-KR", True, KR_BOLD),
    ],
)
def test_font_for_language(lang: str, bold: bool, expected: Path) -> None:
    assert font_for_language(lang, bold=bold) == expected


def test_reportlab_embeds_the_fonts(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    out = tmp_path / "fonts.pdf"
    c = canvas.Canvas(str(out))
    y = 800
    for path in ALL_FONTS:
        name = f"test-{path.stem}"
        pdfmetrics.registerFont(TTFont(name, str(path)))
        c.setFont(name, 14)
        c.drawString(40, y, "서울 환경협력 北京 環境 Seoul–Beijing 2025")
        y -= 24
    c.save()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/FontFile2") == len(ALL_FONTS)  # embedded as TrueType subsets
