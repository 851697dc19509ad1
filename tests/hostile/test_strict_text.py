"""Text that is not text, numbers too long, nesting too deep, bytes that are not UTF-8: each was an
"unexpected error" (exit 3) — a lone surrogate passed validation and failed when written. Now each is
refused with its place, and nothing is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat_app.errors import ValidationError
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def test_a_lone_surrogate_is_refused_with_its_place_on_every_way_in(demo_app, tmp_path, run_cli):
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError) as refused:
        demo_app.records.create("person", f.person(name={"en": "Kim \ud800"}, notes="fine"))
    assert [(p.place, p.code) for p in refused.value.problems] == [("name", "lang_not_unicode")]
    with pytest.raises(ValidationError) as refused:
        demo_app.records.create("person", f.person(notes="bad \udcff bytes"))
    assert [(p.place, p.code) for p in refused.value.problems] == [("notes", "not_unicode")]

    doc = f.document(people=[f.person(name={"ko": "김\ud800"})])
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # written as the escape "\ud800", as JSON allows
    if demo_app.settings.is_sqlite:
        code, _, err = run_cli("--db", demo_app.settings.sqlite_path, "import", path)
        assert code == 2 and "people[0].name: ko: contains a character that is not text" in err
    with pytest.raises(ValidationError, match=r"people\[0\]\.name"):
        demo_app.exchange.import_file(path)
    assert f.snapshot(demo_app) == before


@pytest.mark.parametrize(("content", "said"), [
    ('{"format": "secretariat-exchange", "version": 1, "people": [{"id": "p", "x": 1' + "0" * 5000 + "}]}",
     "digits"),
    ('{"format": "secretariat-exchange", "version": 1, "note": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "nested too deep"),
    ('{"format": "secretariat-exchange", "version": 1, "note": NaN}', "NaN"),
])
def test_numbers_and_nesting_are_bounded_before_they_hurt(demo_file, tmp_path, run_cli, content, said):
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run_cli("--db", demo_file, "import", path)
    assert code == 2 and said in err and "hostile.json" in err


def test_search_with_bytes_that_are_not_utf8(demo_app, demo_file, run_cli):
    found = demo_app.search.search("party:\udcff 환경", 5)  # what Python makes of b"\xff" on a command line
    assert found.results  # the word still searched; the undecodable byte dropped
    code, _, err = run_cli("--db", demo_file, "search", "party:\udcff")
    assert code == 2 and "the search 'party:\ufffd' is not valid UTF-8" in err
    proc = subprocess.run([sys.executable, "-m", "secretariat_app", "--db", str(demo_file), "search", b"party:\xff"],
                          cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"not valid UTF-8" in proc.stderr and b"Traceback" not in proc.stderr
