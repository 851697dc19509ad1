"""``secretariat brief`` and ``secretariat print``: what they write, what they refuse, and that a file
is only ever there complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat_app import cli

from . import pdftools


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert cli.main(["--db", str(path), "init", "--demo"]) == 0
    return path


def _run(db: Path, *args: str) -> int:
    return cli.main(["--db", str(db), *args])


def test_brief_writes_the_pack(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.pdf"
    assert _run(db, "brief", "visit-2015-beijing", "-o", str(out), "--lang", "ko", "--bilingual", "ko,zh",
                "--sections", "overview", "talking_points", "--as-of", "2015-10-26", "--prepared-by", "이서연") == 0
    said = capsys.readouterr().out
    assert said.startswith("Wrote the briefing pack of visit-2015-beijing (") and str(out) in said
    pdf = out.read_bytes()
    cover = pdftools.pages(pdf)[0]
    assert "작성: 이서연" in cover and "작성일: 2015. 10. 26." in cover
    assert [e.title for e in pdftools.outline(pdf) if e.level == 0] == ["목차", "방문 개요", "말씀 자료"]
    assert [p for p in tmp_path.iterdir()] == [out]  # no temporary file left behind


def test_brief_reproducible_gives_the_same_bytes(db: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (a, b):
        assert _run(db, "brief", "visit-2015-beijing", "-o", str(out), "--as-of", "2015-10-26",
                    "--reproducible", "--prepared-by", "x") == 0
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(("document", "record", "expected"), [
    ("agenda", "mtg-gc-2", "Opening remarks"),
    ("minutes", "mtg-env-1", "Notes by agenda item"),
    ("agreement", "agr-2013-council-mou", "SBIC-2013-001"),
])
def test_print_documents(db: Path, tmp_path: Path, document: str, record: str, expected: str) -> None:
    out = tmp_path / f"{document}.pdf"
    assert _run(db, "print", document, record, "-o", str(out), "--lang", "en") == 0
    assert expected in pdftools.text(out.read_bytes())


@pytest.mark.parametrize(("args", "message"), [
    (["brief", "visit-nope"], "There is no visit 'visit-nope'"),
    (["brief", "visit-2015-beijing", "--sections", "overview", "gossip"], "Unknown section 'gossip'"),
    (["brief", "visit-2015-beijing", "--bilingual", "ko"], "name two different languages"),
    (["brief", "visit-2015-beijing", "--bilingual", "ko,fr"], "Unknown language 'fr'"),
    (["brief", "visit-2015-beijing", "--appendix", "agr-nope"], "There is no agreement 'agr-nope'"),
    (["print", "minutes", "agr-2013-council-mou"], "There is no meeting 'agr-2013-council-mou'"),
])
def test_refusals_say_why_and_leave_the_old_file_alone(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      args: list[str], message: str) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"the previous pack")
    assert _run(db, *args, "-o", str(out)) == cli.EXIT_REFUSED
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert out.read_bytes() == b"the previous pack"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_output_must_be_a_pdf(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db, "brief", "visit-2015-beijing", "-o", str(tmp_path / "pack.docx")) == cli.EXIT_REFUSED
    assert "write the document to a .pdf file" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_is_a_clear_refusal(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert _run(db, "print", "agenda", "mtg-gc-2", "-o", str(blocker / "agenda.pdf")) == cli.EXIT_REFUSED
    err = capsys.readouterr().err
    assert "cannot write the PDF" in err and "Traceback" not in err


def test_bad_date_is_an_argument_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _run(db, "brief", "visit-2015-beijing", "-o", "x.pdf", "--as-of", "next tuesday")
    assert "is not a date like 2015-10-26" in capsys.readouterr().err


def test_progress_writes_the_report_since_a_conference(db: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "progress.pdf"
    assert _run(db, "progress", "2", "-o", str(out), "--lang", "zh", "--as-of", "2026-12-07") == 0
    assert capsys.readouterr().out.startswith("Wrote the progress report since 2 (")
    assert "第2次全体会议以来决定事项的落实" in pdftools.squeeze(pdftools.text(out.read_bytes(), layout=False))
    assert _run(db, "progress", "7", "-o", str(tmp_path / "none.pdf")) != 0
    assert "No general conference '7'; the general conferences are: 1 (mtg-gc-1), 2 (mtg-gc-2)" in \
        capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["progress.pdf"]  # nothing written for the refusal
