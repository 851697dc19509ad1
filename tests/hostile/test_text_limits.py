"""No size limit on text: a 10 MB title imported in 3 s, then printing that agreement ran for minutes
(100 KB: 9 s, 1 MB: over 2 minutes; here 400 KB took 49 s). Each kind of text now has a limit on every
way in, and a long full text prints in time that grows with its length (400 KB: under a second here)."""

from __future__ import annotations

import io
import json
from datetime import date

import pypdf
import pytest

from secretariat_app.domain import rules
from secretariat_app.errors import ValidationError
from secretariat_app.reports.data import PackOptions
from secretariat_app.reports.pack import PARAGRAPH_CHARS, _paragraphs
from tests import factories as f


def test_a_huge_title_is_refused_with_its_place_on_every_way_in(demo_app, tmp_path):
    huge = "MOU " * 2_500_000  # 10 MB
    loaded = demo_app.records.get("agreement", "agr-2015-env-mou")
    with pytest.raises(ValidationError) as refused:
        demo_app.records.update("agreement", dict(loaded.doc, title={"en": huge}), loaded.version)
    [problem] = refused.value.problems
    assert (problem.place, problem.code) == ("title", "lang_longer_than")
    assert problem.values == {"lang": "en", "limit": rules.NAME, "length": len(huge)}
    assert str(problem) == f"title: en: is {len(huge)} characters long; the most allowed is {rules.NAME}"

    path = tmp_path / "huge.json"
    path.write_text(json.dumps(f.document(people=[f.person(notes="x" * (rules.NOTE + 1))])), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"people\[0\]\.notes: is 20001 characters long"):
        demo_app.exchange.import_file(path)


def test_texts_at_their_limits_are_kept(demo_app):
    loaded = demo_app.records.get("agreement", "agr-2015-env-mou")
    doc = dict(loaded.doc, title={"en": "T" * rules.NAME}, summary={"ko": "요" * rules.NOTE},
               text={"zh": "文" * rules.FULL_TEXT}, reference="R" * rules.SHORT)
    demo_app.records.update("agreement", doc, loaded.version)
    stored = demo_app.records.get("agreement", "agr-2015-env-mou").doc
    assert len(stored["text"]["zh"]) == rules.FULL_TEXT and len(stored["title"]["en"]) == rules.NAME


def test_a_full_text_on_one_line_is_printed_in_pieces_and_whole(demo_app):
    sentence = "The parties agree to cooperate on fine dust monitoring. "
    text = (sentence * (400_000 // len(sentence)))[:400_000] + "END-OF-TEXT"
    pieces, _, _ = _paragraphs((text, "en", None))
    assert all(len(p) <= PARAGRAPH_CHARS for p in pieces) and "".join(pieces) == text  # cut, nothing lost
    cjk = "环境合作" * 50_000  # no spaces, no full stops: cut at the limit
    assert all(len(p) <= PARAGRAPH_CHARS for p in _paragraphs((cjk, "zh", None))[0])

    loaded = demo_app.records.get("agreement", "agr-2015-env-mou")
    demo_app.records.update("agreement", dict(loaded.doc, text={"en": text}), loaded.version)
    rendered = demo_app.printing.pack("visit-2015-beijing", PackOptions(lang="en", sections=("overview", "appendix")),
                                      date(2016, 1, 1), ["agr-2015-env-mou"])
    reader = pypdf.PdfReader(io.BytesIO(rendered.pdf))
    assert rendered.pages > 60 and "END-OF-TEXT" in reader.pages[-1].extract_text()
