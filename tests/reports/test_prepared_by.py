"""The pack's cover says who prepared it by the clerk's display name in the pack's language, else in
another language (marked like any other fallback), else by the login; a name given on purpose
(``--prepared-by``) wins. The PDF's author is the same name. Read back with pdftotext and pypdf; the
command line finds the name the desktop app keeps."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from secretariat_app import bootstrap, cli, settings
from secretariat_app.app.printing import Printing
from secretariat_app.reports.data import PackOptions, SheetOptions

from . import pdftools
from .conftest import AS_OF, VISIT

MINJI = {"ko": "김민지", "zh": "金敏智", "en": "Kim Minji"}


def cover(pdf: bytes) -> str:
    return " ".join(line.strip() for line in pdftools.pages(pdf)[0].splitlines() if line.strip())


def author(pdf: bytes) -> str:
    return str(pypdf.PdfReader(io.BytesIO(pdf)).metadata.author)


def pack(demo_db: bootstrap.App, names: dict[str, str] | None, lang: str, **options: object) -> bytes:
    printing = Printing(demo_db.db, "root", names)
    rendered = printing.pack(VISIT, PackOptions(lang=lang, sections=("overview",), reproducible=True,
                                                **options), AS_OF)  # type: ignore[arg-type]
    assert rendered.missing == ()  # every character of the name has a glyph
    return rendered.pdf


@pytest.mark.parametrize(("lang", "line"), [
    ("ko", "작성: 김민지"), ("zh", "编制: 金敏智"), ("en", "Prepared by: Kim Minji"),
])
def test_the_cover_names_the_clerk_in_the_packs_language(demo_db, lang, line) -> None:  # type: ignore[no-untyped-def]
    pdf = pack(demo_db, MINJI, lang)
    text = cover(pdf)
    assert line in text and "root" not in text
    assert author(pdf) == line.split(": ")[1]


def test_a_missing_language_falls_back_to_another_then_to_the_login(demo_db) -> None:  # type: ignore[no-untyped-def]
    korean_only = pack(demo_db, {"ko": "김민지"}, "zh")
    assert "编制: 김민지 [KO]" in cover(korean_only) and author(korean_only) == "김민지"
    english_only = pack(demo_db, {"en": "Kim Minji"}, "ko")
    assert "작성: Kim Minji [EN]" in cover(english_only)
    nobody = pack(demo_db, None, "en")
    assert "Prepared by: root" in cover(nobody) and author(nobody) == "root"


def test_a_name_given_on_purpose_wins(demo_db) -> None:  # type: ignore[no-untyped-def]
    pdf = pack(demo_db, MINJI, "en", prepared_by="Lee Seo-yeon")
    assert "Prepared by: Lee Seo-yeon" in cover(pdf) and "Kim Minji" not in cover(pdf)


def test_a_sheet_names_the_clerk_as_its_author(demo_db) -> None:  # type: ignore[no-untyped-def]
    printing = Printing(demo_db.db, "root", MINJI)
    rendered = printing.sheet("agreement", "agr-2013-council-mou", SheetOptions(lang="zh", reproducible=True), AS_OF)
    assert author(rendered.pdf) == "金敏智"


def test_the_command_line_prints_the_name_the_desktop_app_keeps(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    monkeypatch.setenv("SECRETARIAT_HOME", str(home))
    home.mkdir()
    (home / settings.UI_SETTINGS_FILE).write_text(  # as QSettings writes it (Preferences)
        "[clerk]\nname_en=Kim Minji\nname_ko=김민지\nname_zh=金敏智\n", encoding="utf-8")
    db, out = tmp_path / "demo.sqlite3", tmp_path / "pack.pdf"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    assert cli.main(["--db", str(db), "brief", VISIT, "-o", str(out), "--lang", "zh", "--sections", "overview",
                     "--as-of", AS_OF.isoformat()]) == 0
    assert "编制: 金敏智" in cover(out.read_bytes())
