"""The one escaping helper and the glyph-aware markup: what goes into ReportLab's Paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from secretariat_app.reports import styles, typeface
from secretariat_app.reports.markup import NO_GLYPH, GlyphError, Scribe, escape, plain


def _printed(markup: str, lang: str = "en") -> str:
    """The text ReportLab will draw for a markup (its parsed fragments, line breaks as newlines)."""
    typeface.register()
    para = Paragraph(markup, styles.style("body", lang))
    return "".join("\n" if getattr(f, "lineBreak", False) else f.text for f in para.frags)


@pytest.mark.parametrize("typed", ["x<y", "<b>unclosed", "<font name=x>", "R&D", "&amp;", "&lt;b&gt;",
                                   "a > b", "<br/>", "<para>", "&#65;", "&nbsp;", "<a href='#x'>link</a>",
                                   "100% & more", "\"quoted\" 'single'"])
def test_escaped_text_prints_exactly_as_typed(typed: str) -> None:
    assert _printed(escape(typed)) == typed


def test_newlines_become_line_breaks_and_controls_go() -> None:
    assert escape("one\ntwo\r\nthree\rfour") == "one<br/>two<br/>three<br/>four"
    assert _printed(escape("one\ntwo")) == "one\ntwo"
    assert escape("bell\x07 nul\x00 tab\tend") == "bell nul tab\tend"


def test_unescaped_text_would_have_gone_wrong() -> None:
    """Why the helper exists: ReportLab raises on some user text and silently changes other text."""
    with pytest.raises(ValueError):
        _printed("x<y")
    assert _printed("&amp;") == "&"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_any_text_survives(typed: str) -> None:
    # white space is drawn as white space (ReportLab folds its kinds and drops it at a paragraph's edges)
    assert _printed(escape(typed)).split() == typed.split()


def test_plain_folds_lines_for_bookmarks() -> None:
    assert plain("  Title\nsecond\tline \x07 ") == "Title second line"


def test_scribe_moves_hanja_the_korean_font_lacks_to_the_chinese_font() -> None:
    scribe = Scribe(strict=True)
    markup = scribe.markup("한자 们 섞임", "ko", "here")
    assert markup == f'한자 <font name="{typeface.SC}">们</font> 섞임'
    assert scribe.missing == []


def test_scribe_reports_and_replaces_what_no_font_has() -> None:
    scribe = Scribe()
    assert scribe.markup("a 😀 <b>", "en", "talking_points[2]") == f"a {NO_GLYPH} &lt;b&gt;"
    assert [(m.char, m.place) for m in scribe.missing] == [("😀", "talking_points[2]")]
    assert "U+1F600" in str(scribe.missing[0])
    with pytest.raises(GlyphError, match="talking_points"):
        Scribe(strict=True).markup("😀", "zh", "talking_points[2]")


def test_scribe_checks_drawn_runs_against_their_font() -> None:
    scribe = Scribe()
    scribe.check_drawn("北京 환경", typeface.SC, "somewhere")
    assert sorted(m.char for m in scribe.missing) == sorted("환경")
    scribe = Scribe()
    scribe.check_drawn("abc", "Helvetica", "somewhere")  # not ours: never embedded
    assert len(scribe.missing) == 3
