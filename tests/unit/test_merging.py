"""The merge view's model: a record's differences as pieces (a field, one language, one list entry), and
a record put together from ours with some pieces of theirs."""

from __future__ import annotations

import copy
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.domain.merging import combined, pieces
from tests import factories as f

DEMO = f.demo_document()
MEETINGS = list(DEMO["meetings"])
AGREEMENTS = DEMO["agreements"]


def _as(doc, rid):  # noqa: ANN001, ANN202 - another record's content under this id: a very different version
    return {**copy.deepcopy(doc), "id": rid}


def test_a_language_map_differs_per_language_and_a_list_per_entry():
    ours = {"id": "m", "title": {"ko": "가", "en": "A"}, "agenda": [{"position": 1, "title": {"en": "x"}}],
            "minutes": {"actions": [{"id": "a1", "text": {"en": "t"}}, {"id": "a2", "text": {"en": "u"}}]}}
    theirs = {"id": "m", "title": {"ko": "나", "en": "A", "zh": "乙"},
              "agenda": [{"position": 1, "title": {"en": "x"}}, {"position": 2, "title": {"en": "y"}}],
              "minutes": {"actions": [{"id": "a2", "text": {"en": "u2"}}]}}
    assert [p.path for p in pieces(ours, theirs)] == [
        ("title", "ko"), ("title", "zh"), ("agenda", 1), ("minutes", "actions", "a1"), ("minutes", "actions", "a2")]
    mixed = combined(ours, theirs, {("title", "zh"), ("agenda", 1), ("minutes", "actions", "a1")})
    assert mixed["title"] == {"ko": "가", "en": "A", "zh": "乙"}
    assert [i["title"]["en"] for i in mixed["agenda"]] == ["x", "y"]
    assert mixed["minutes"]["actions"] == [{"id": "a2", "text": {"en": "u"}}]  # a1 gone as theirs has it gone


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(list(itertools.permutations(MEETINGS + AGREEMENTS[:3], 2))), st.data())
def test_taking_every_piece_gives_theirs_and_none_gives_ours(pair, data):
    a, b = pair
    if ("agenda" in a) != ("agenda" in b):
        return  # a meeting and an agreement are not two versions of one record
    ours, theirs = copy.deepcopy(a), _as(b, a["id"])
    found = pieces(ours, theirs)
    assert combined(ours, theirs, set()) == ours
    assert combined(ours, theirs, {p.path for p in found}) == theirs
    some = set(data.draw(st.sets(st.sampled_from([p.path for p in found]))) if found else set())
    mixed = combined(ours, theirs, some)
    # What was taken is theirs, what was not is ours; positions stay 1, 2, 3 …
    remaining = {p.path for p in pieces(mixed, theirs)}
    assert remaining.isdisjoint(some) or any(isinstance(x, int) for path in some for x in path)
    for entry_list in (mixed.get("agenda") or [],):
        assert [e["position"] for e in entry_list] == list(range(1, len(entry_list) + 1))
