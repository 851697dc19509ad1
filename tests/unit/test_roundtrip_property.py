"""Property: any valid document survives import into an empty database and export unchanged.

Hypothesis draws whole exchange documents — every kind of record, referring to each other, with
language maps of arbitrary Unicode (Korean, Chinese, emoji, control characters), dates, date-times at
any whole-minute UTC offset, optional fields present or absent, lists empty or long. A document drawn
in the exported shape (every field written) must come back exactly; one drawn loosely (optional fields
left out, blank translations) must come back in the exported shape, and stay so on a second round.
SQLite only: the storage types are the same on both backends (tests/integration covers PostgreSQL).
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat_app import bootstrap
from secretariat_app.domain import lifecycle, vocab
from secretariat_app.domain.filenames import DEVICES
from secretariat_app.exchange import export, files
from secretariat_app.settings import Settings, sqlite_url
from tests import factories as f

Doc = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]

# --- values -------------------------------------------------------------------------------------

# Any character a clerk (or a counterpart's system) might send, CJK and emoji included; no lone
# surrogates (not text) and no NUL (refused by the rules: PostgreSQL cannot store it).
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.characters(min_codepoint=0xAC00,
                                                                                  max_codepoint=0xD7A3)
TEXT = st.text(CJK | CHARS, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
PLAIN = st.text(CHARS, min_size=1, max_size=40).filter(lambda s: s.strip() != "")
# An address the rules take: any local part and domain without spaces or a second @ (Hangul ones too).
EMAIL = st.builds(lambda a, b: f"{a}@{b}.org", *[st.text(st.characters(blacklist_categories=("Cs", "Z", "C"),
                                                                     blacklist_characters="@."), min_size=1, max_size=12)] * 2)
LANG_MAP = st.dictionaries(st.sampled_from(vocab.LANGUAGES), TEXT, min_size=1)
DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
ARTICLES = st.integers(1, 99).map(lambda n: f"Art. {n}")
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"


def ids(prefix: str, n: int) -> st.SearchStrategy[list[str]]:
    tail = st.text(ID_CHARS + "._:-", min_size=0, max_size=12)
    return st.lists(tail.map(lambda t: f"{prefix}{t}"), min_size=n, max_size=n, unique=True)


def opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def moment(draw: Draw) -> datetime:
    naive = draw(st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 12, 31)))
    return naive.replace(microsecond=0, tzinfo=draw(OFFSETS))


def iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def some(draw: Draw, pool: list[str], max_size: int = 4, unique: bool = True) -> list[str]:
    if not pool:
        return []
    return draw(st.lists(st.sampled_from(pool), max_size=max_size, unique=unique))


def one(draw: Draw, pool: list[str]) -> str | None:
    return draw(opt(st.sampled_from(pool))) if pool else None


# --- records, in the exported shape (every field, in order) -------------------------------------


def organizations(draw: Draw, rids: list[str]) -> list[Doc]:
    out = []
    for i, rid in enumerate(rids):
        out.append({
            "id": rid, "name": draw(LANG_MAP), "short_name": draw(opt(LANG_MAP)),
            "city": draw(st.sampled_from(["seoul", "beijing"]) | PLAIN.map(lambda s: s[:100])),
            "kind": draw(st.sampled_from(vocab.ORGANIZATION_KINDS)),
            "parent": one(draw, rids[:i]),  # only earlier ones: no cycles
        })
    return out


def people(draw: Draw, rids: list[str], orgs: list[str]) -> list[Doc]:
    return [{
        "id": rid, "name": draw(LANG_MAP), "position": draw(opt(LANG_MAP)), "organization": one(draw, orgs),
        "email": draw(opt(EMAIL)), "phone": draw(opt(PLAIN)), "notes": draw(opt(PLAIN)),
    } for rid in rids]


def teams(draw: Draw, rids: list[str], orgs: list[str], persons: list[str], agreements: list[str]) -> list[Doc]:
    return [{
        "id": rid, "name": draw(LANG_MAP), "description": draw(opt(LANG_MAP)),
        "status": draw(st.sampled_from(vocab.TEAM_STATUSES)), "established_on": draw(opt(DATES.map(str))),
        "established_by": one(draw, agreements), "lead_organizations": some(draw, orgs, 2),
        "members": [{"person": p, "role": draw(opt(LANG_MAP))} for p in some(draw, persons)],
        "focus_areas": draw(st.lists(LANG_MAP, max_size=3)),
    } for rid in rids]


def agreements(draw: Draw, rids: list[str], orgs: list[str], persons: list[str], team_ids: list[str],
               meetings: list[str]) -> list[Doc]:
    out = []
    for i, rid in enumerate(rids):
        parties = draw(st.lists(st.sampled_from(orgs), min_size=2, max_size=4, unique=True))
        status = draw(st.sampled_from(vocab.AGREEMENT_STATUSES))
        signed = draw(DATES) if status in vocab.SIGNED_STATUSES or draw(st.booleans()) else None
        effective = draw(opt(DATES))
        latest = max(d for d in (signed, effective, date(1950, 1, 1)) if d)
        expires = latest + timedelta(days=draw(st.integers(1, 4000))) if draw(st.booleans()) else None
        out.append({
            "id": rid, "kind": draw(st.sampled_from(vocab.AGREEMENT_KINDS)), "reference": draw(opt(PLAIN)),
            "title": draw(LANG_MAP), "summary": draw(opt(LANG_MAP)), "text": draw(opt(LANG_MAP)), "status": status,
            "parties": parties,
            "signatories": [{"person": p, "organization": draw(st.sampled_from(parties))} for p in some(draw, persons)],
            "signed_on": signed and signed.isoformat(), "signed_city": draw(opt(st.sampled_from(["seoul", "beijing"]))),
            "signed_venue": draw(opt(LANG_MAP)), "meeting": one(draw, meetings), "teams": some(draw, team_ids),
            "effective_on": effective and effective.isoformat(), "expires_on": expires and expires.isoformat(),
            "renewal_terms": draw(opt(LANG_MAP)), "areas": draw(st.lists(LANG_MAP, max_size=3)),
            "supersedes": one(draw, rids[:i]),
            "attachments": [{"name": draw(st.text(ID_CHARS, min_size=1, max_size=8)
                                          .filter(lambda n: n.split(".")[0].lower() not in DEVICES)) + ".pdf",
                             "media_type": "application/pdf", "size": draw(st.integers(0, 2**40)),
                             "sha256": draw(st.text("0123456789abcdef", min_size=64, max_size=64))}
                            for _ in range(draw(st.integers(0, 2)))],
            "events": [],
        })
        renews = draw(st.booleans())
        out[-1] |= {"notice_days": draw(opt(st.integers(0, 3650))), "auto_renews": renews,
                    "renews_for_months": draw(opt(st.integers(1, 1200))) if renews else None,
                    "owner_seoul": one(draw, persons), "owner_beijing": one(draw, persons)}
        if signed is not None and draw(st.booleans()):
            out[-1] = timeline(draw, out[-1], signed, meetings)
    return out


def approval_cycle(draw: Draw, status: str, persons: list[str]) -> Doc:
    """Circulation and approvals that fit the status: none on a draft (but withdrawn ones of an earlier
    round), one city or both while circulated, both on final minutes (approved)."""
    start = draw(DATES)
    day = iter(start + timedelta(days=n) for n in range(0, 400, 3))
    earlier = [{"city": c, "by": one(draw, persons), "on": next(day).isoformat(), "withdrawn_on": None}
               for c in vocab.APPROVING_CITIES if draw(st.booleans())]
    withdrawn = next(day).isoformat()
    history = [{**a, "withdrawn_on": withdrawn} for a in earlier]
    if status == "draft":
        return {"circulated_on": None, "circulated_to": None, "approvals": history, "approved_on": None}
    circulated = next(day).isoformat()
    cities = list(vocab.APPROVING_CITIES) if status == "approved" else \
        draw(st.lists(st.sampled_from(vocab.APPROVING_CITIES), unique=True, max_size=2))
    standing = [{"city": c, "by": one(draw, persons), "on": next(day).isoformat(), "withdrawn_on": None}
                for c in cities]
    return {"circulated_on": circulated, "circulated_to": draw(st.sampled_from(vocab.APPROVING_CITIES)),
            "approvals": history + standing, "approved_on": next(day).isoformat() if status == "approved" else None}


def roll_call(draw: Draw, persons: list[str]) -> list[Doc]:
    out = []
    for person in some(draw, persons):
        status = draw(st.sampled_from(vocab.ATTENDANCE))
        deputy = draw(st.sampled_from([p for p in persons if p != person])) \
            if status == "represented" and len(persons) > 1 else None
        out.append({"person": person, "status": "present" if status == "represented" and deputy is None else status,
                    "represented_by": deputy})
    return out


def timeline(draw: Draw, doc: Doc, signed: date, meetings: list[str]) -> Doc:
    """A few events from the signing on; the status and dates then follow from them."""
    kinds = ["signed", *draw(st.lists(st.sampled_from(lifecycle.EVENT_KINDS), max_size=3))]
    days = sorted(signed + timedelta(days=draw(st.integers(0, 2000))) for _ in kinds[1:])
    dates = [signed, *days]
    files = [a["sha256"] for a in doc["attachments"]]
    events = [{
        "kind": kind, "date": on.isoformat(), "meeting": one(draw, meetings), "document": one(draw, files),
        "note": draw(opt(LANG_MAP)), "status": draw(opt(st.sampled_from(vocab.AGREEMENT_STATUSES))),
        "expires_on": (dates[-1] + timedelta(days=draw(st.integers(1, 4000)))).isoformat()
        if kind in lifecycle.NEEDS_EXPIRY or draw(st.booleans()) else None,
    } for kind, on in zip(kinds, dates, strict=True)]
    return lifecycle.apply({**doc, "effective_on": None, "expires_on": None, "events": events})


def minutes(draw: Draw, agenda_size: int, persons: list[str], action_ids: Iterator[str],
            agreement_ids: list[str]) -> Doc:
    status = draw(st.sampled_from(vocab.MINUTES_STATUSES))
    positions = st.integers(1, agenda_size) if agenda_size else st.nothing()
    cycle = approval_cycle(draw, status, persons)
    return {
        "status": status,
        "approved_on": cycle["approved_on"],
        "circulated_on": cycle["circulated_on"], "circulated_to": cycle["circulated_to"],
        "approvals": cycle["approvals"],
        "recorded_by": one(draw, persons), "attendees": roll_call(draw, persons),
        "guests": [{"name": draw(PLAIN.filter(str.strip).map(lambda t: t[:100].strip())),
                    "affiliation": draw(opt(PLAIN.filter(str.strip).map(lambda t: t[:100].strip())))}
                   for _ in range(draw(st.integers(0, 2)))],
        "summary": draw(opt(LANG_MAP)),
        "items": [{"agenda_item": draw(positions), "notes": draw(LANG_MAP)}
                  for _ in range(draw(st.integers(0, 2)) if agenda_size else 0)],
        "decisions": [{"text": draw(LANG_MAP), "agenda_item": draw(opt(positions)),
                       "agreement": one(draw, agreement_ids), "article": draw(opt(ARTICLES))}
                      for _ in range(draw(st.integers(0, 2)))],
        # The counterpart owner (in the other city) is left to the rules' tests: the people here have no city.
        "actions": [{"id": next(action_ids), "text": draw(LANG_MAP), "owner": one(draw, persons),
                     "counterpart_owner": None, "due_on": draw(opt(DATES.map(str))),
                     "status": draw(st.sampled_from(vocab.ACTION_STATUSES)), "agreement": one(draw, agreement_ids),
                     "article": draw(opt(ARTICLES))}
                    for _ in range(draw(st.integers(0, 2)))],
        "statements": [{"speaker": one(draw, persons), "text": draw(LANG_MAP)} for _ in range(draw(st.integers(0, 2)))],
        "reviews": [],  # reviews of earlier meetings' actions: tests/integration/test_commitments.py
    }


def meetings(draw: Draw, rids: list[str], orgs: list[str], persons: list[str], team_ids: list[str],
             agreement_ids: list[str]) -> list[Doc]:
    action_ids = iter(f"act-{n}" for n in range(10_000))
    out = []
    for rid in rids:
        starts = moment(draw)
        ends = (starts + timedelta(minutes=draw(st.integers(1, 3 * 24 * 60)))).astimezone(draw(OFFSETS))
        agenda = [{"position": i, "title": draw(LANG_MAP), "presenter": one(draw, persons),
                   "presenter_role": draw(opt(LANG_MAP)), "duration_minutes": draw(opt(st.integers(0, 1440))), "description": draw(opt(LANG_MAP)),
                   "agreement": one(draw, agreement_ids)} for i in range(1, draw(st.integers(0, 3)) + 1)]
        out.append({
            "id": rid, "kind": draw(st.sampled_from(vocab.MEETING_KINDS)), "number": draw(opt(st.integers(1, 10_000))),
            "title": draw(LANG_MAP), "team": one(draw, team_ids), "starts_at": iso(starts),
            "ends_at": iso(ends) if draw(st.booleans()) else None, "city": draw(st.sampled_from(["seoul", "beijing"])),
            "venue": draw(opt(LANG_MAP)), "host_organization": one(draw, orgs), "participants": some(draw, persons),
            "agenda": agenda,
            "minutes": minutes(draw, len(agenda), persons, action_ids, agreement_ids) if draw(st.booleans()) else None,
        })
    return out


def templates(draw: Draw, rids: list[str], team_ids: list[str]) -> list[Doc]:
    return [{"id": rid, "name": draw(LANG_MAP), "kind": draw(st.sampled_from(vocab.MEETING_KINDS)),
             "title": draw(opt(LANG_MAP)), "team": one(draw, team_ids),
             "city": draw(opt(st.sampled_from(["seoul", "beijing"]))), "notes": draw(opt(LANG_MAP)),
             "items": [{"title": draw(LANG_MAP), "duration_minutes": draw(opt(st.integers(0, 1440))),
                        "presenter_role": draw(opt(LANG_MAP)), "description": draw(opt(LANG_MAP))}
                       for _ in range(draw(st.integers(0, 3)))]} for rid in rids]


def visits(draw: Draw, rids: list[str], persons: list[str], meeting_ids: list[str],
           agreement_ids: list[str]) -> list[Doc]:
    out = []
    for rid in rids:
        starts = draw(DATES)
        out.append({
            "id": rid, "title": draw(LANG_MAP), "head": one(draw, persons), "delegation": some(draw, persons),
            "destination_city": draw(PLAIN.map(lambda s: s[:100])), "starts_on": starts.isoformat(),
            "ends_on": (starts + timedelta(days=draw(st.integers(0, 30)))).isoformat(),
            "purpose": draw(opt(LANG_MAP)),
            "itinerary": [{"starts_at": iso(moment(draw)), "title": draw(LANG_MAP), "venue": draw(opt(LANG_MAP)),
                           "counterparts": some(draw, persons), "notes": draw(opt(LANG_MAP))}
                          for _ in range(draw(st.integers(0, 3)))],
            "meetings": some(draw, meeting_ids), "agreements": some(draw, agreement_ids),
            "talking_points": draw(st.lists(LANG_MAP, max_size=3)),
        })
    return out


@st.composite
def documents(draw: Draw) -> Doc:
    n = {k: draw(st.integers(lo, hi)) for k, lo, hi in
         [("org", 2, 5), ("person", 0, 5), ("team", 0, 3), ("agr", 0, 4), ("mtg", 0, 4), ("visit", 0, 3),
          ("tpl", 0, 2)]}
    org, per, tea, agr, mtg, vis, tpl = (draw(ids(p + "-", n[p]))
                                         for p in ("org", "person", "team", "agr", "mtg", "visit", "tpl"))
    orgs, persons = organizations(draw, org), people(draw, per, org)
    cities = {o["id"]: o["city"] for o in orgs}
    city_of = {p["id"]: cities.get(p["organization"] or "") for p in persons}
    deals = agreements(draw, agr, org, per, tea, mtg)
    for a in deals:  # an owner works in the owner's city (or at no organization the record knows)
        for city in ("seoul", "beijing"):
            if city_of.get(a[f"owner_{city}"]) not in (None, city):
                a[f"owner_{city}"] = None
    return {
        "format": files.FORMAT, "version": files.VERSION, "exported_at": "2026-01-01T00:00:00+00:00",
        "organizations": orgs,
        "people": persons,
        "teams": teams(draw, tea, org, per, agr),
        "agreements": deals,
        "meetings": meetings(draw, mtg, org, per, tea, agr),
        "visits": visits(draw, vis, per, mtg, agr),
        "meeting_templates": templates(draw, tpl, tea),
    }


def loosened(draw: Draw, doc: Doc) -> Doc:
    """The same records as a counterpart might write them: optional fields left out when empty,
    blank translations beside real ones, records in any order."""
    out = copy.deepcopy(doc)
    for collection in vocab.COLLECTIONS.values():
        records = out[collection]
        for record in records:
            for key in [k for k, v in record.items() if v is None or v == []]:
                if draw(st.booleans()):
                    del record[key]
            for value in record.values():
                if isinstance(value, dict) and set(value) <= set(vocab.LANGUAGES) and len(value) < 3:
                    blank = next(lang for lang in vocab.LANGUAGES if lang not in value)
                    if draw(st.booleans()):
                        value[blank] = draw(st.sampled_from(["", " ", "\n\t"]))
        out[collection] = draw(st.permutations(records))
    return out


# --- the property -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated database to copy for each example (migrating each time would be slow)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester")).close()
    return path


class Fresh:
    def __init__(self, template: Path, folder: Path):
        self.template, self.folder, self.n = template, folder, 0

    def round_trip(self, doc: Doc) -> Doc:
        """Import into an empty database, export; the exported document."""
        self.n += 1
        path = self.folder / f"db-{self.n}.sqlite3"
        shutil.copyfile(self.template, path)
        app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
        try:
            app.exchange.import_bundle(files.Bundle(copy.deepcopy(doc)))
            out = export.build_document(app.db, exported_at=datetime(2026, 1, 1, tzinfo=UTC))  # type: ignore[arg-type]
        finally:
            app.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        # The records' content is what must come back; their revisions are the sync's (tests/integration/
        # test_sync*.py), and the export writes the newest format version whatever the input's.
        return {**f.without_sync(out), "version": doc["version"]}


@pytest.fixture(scope="module")
def fresh(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Fresh:
    return Fresh(template, tmp_path_factory.mktemp("examples"))


def in_export_order(doc: Doc) -> Doc:
    return {**doc, **{c: sorted(doc[c], key=lambda r: r["id"]) for c in vocab.COLLECTIONS.values()}}


EXAMPLES = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])


@EXAMPLES
@given(doc=documents())
def test_a_document_in_the_exported_shape_comes_back_unchanged(fresh, doc):
    assert fresh.round_trip(doc) == in_export_order(doc)


@EXAMPLES
@given(data=st.data())
def test_a_loosely_written_document_comes_back_in_the_exported_shape(fresh, data):
    doc = data.draw(documents())
    loose = loosened(data.draw, doc)
    first = fresh.round_trip(loose)
    assert first == in_export_order(doc)
    assert fresh.round_trip(first) == first
