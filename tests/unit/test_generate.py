"""The synthetic archive generator: deterministic, and every rule of the exchange contract holds."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

import pytest

from secretariat_app.demo.generate import (
    COMMON_WORDS,
    RARE_WORDS,
    REFERENCE_TODAY,
    TARGETS_PER_YEAR,
    document_counts,
    generate_document,
    write_document,
)

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
OFFSETS = {"seoul": "+09:00", "beijing": "+08:00"}
LISTS = ("organizations", "people", "teams", "agreements", "meetings", "visits")
SIGNED = {"signed", "in_force", "expired", "terminated", "superseded"}


@pytest.fixture(scope="module")
def doc1() -> dict:
    return generate_document(1, seed=7)


@pytest.fixture(scope="module")
def doc3() -> dict:
    # Three years ending on the reference day's year, so the dashboard cases are present.
    return generate_document(3, seed=11, start_year=REFERENCE_TODAY.year - 2)


def check_document(doc: dict) -> list[str]:
    """Every rule of docs/exchange-format.md that a document can break on its own; problems as text."""
    problems: list[str] = []

    def bad(where: str, msg: str) -> None:
        problems.append(f"{where}: {msg}")

    def lm(value, where: str, optional: bool = False) -> None:
        if value is None:
            if not optional:
                bad(where, "missing language map")
            return
        if not isinstance(value, dict) or not value:
            bad(where, f"not a language map: {value!r}")
            return
        for k, v in value.items():
            if k not in ("ko", "zh", "en"):
                bad(where, f"key {k!r}")
            if not isinstance(v, str) or not v.strip():
                bad(where, f"blank value for {k}")
        if list(value) != [k for k in ("ko", "zh", "en") if k in value]:
            bad(where, f"key order {list(value)}")

    def day(value, where: str, optional: bool = False) -> date | None:
        if value is None:
            if not optional:
                bad(where, "missing date")
            return None
        if not isinstance(value, str) or not DATE_RE.match(value):
            bad(where, f"not a date: {value!r}")
            return None
        return date.fromisoformat(value)

    def moment(value, where: str, optional: bool = False) -> datetime | None:
        if value is None:
            if not optional:
                bad(where, "missing date-time")
            return None
        if not isinstance(value, str) or not DATETIME_RE.match(value):
            bad(where, f"not a date-time with offset: {value!r}")
            return None
        return datetime.fromisoformat(value)

    def city(value, where: str) -> None:
        if not isinstance(value, str) or not value.strip():
            bad(where, f"bad city {value!r}")

    if set(doc) - {"format", "version", "exported_at", "note", *LISTS}:
        bad("document", f"unknown keys {set(doc) - {'format', 'version', 'exported_at', 'note', *LISTS}}")
    if doc.get("format") != "secretariat-exchange" or doc.get("version") != 1:
        bad("document", "format/version")
    moment(doc.get("exported_at"), "exported_at")

    ids: dict[str, set[str]] = {}
    for name in LISTS:
        seen: set[str] = set()
        records = doc.get(name)
        if not isinstance(records, list):
            bad(name, "missing list")
            records = []
        for i, rec in enumerate(records):
            rid = rec.get("id")
            if not isinstance(rid, str) or not ID_RE.match(rid):
                bad(f"{name}[{i}].id", f"bad id {rid!r}")
            elif rid in seen:
                bad(f"{name}[{i}].id", f"duplicate {rid}")
            seen.add(rid)
        if [r["id"] for r in records] != sorted(r["id"] for r in records):
            bad(name, "not sorted by id")
        ids[name] = seen
    orgs, people, teams, agrs, mtgs = (ids["organizations"], ids["people"], ids["teams"], ids["agreements"],
                                       ids["meetings"])

    def ref(value, kind: set[str], where: str, optional: bool = True) -> None:
        if value is None:
            if not optional:
                bad(where, "missing reference")
        elif value not in kind:
            bad(where, f"unknown reference {value!r}")

    parent: dict[str, str | None] = {}
    for i, o in enumerate(doc["organizations"]):
        w = f"organizations[{i}]"
        lm(o["name"], f"{w}.name")
        lm(o["short_name"], f"{w}.short_name", optional=True)
        city(o["city"], f"{w}.city")
        if o["kind"] not in ("city_government", "department", "agency", "company", "institute", "other"):
            bad(f"{w}.kind", o["kind"])
        ref(o["parent"], orgs, f"{w}.parent")
        parent[o["id"]] = o["parent"]
    for oid in parent:
        seen_chain, cur = set(), oid
        while cur is not None:
            if cur in seen_chain:
                bad(f"organization {oid}", "parent cycle")
                break
            seen_chain.add(cur)
            cur = parent.get(cur)

    for i, p in enumerate(doc["people"]):
        w = f"people[{i}]"
        lm(p["name"], f"{w}.name")
        lm(p["position"], f"{w}.position", optional=True)
        ref(p["organization"], orgs, f"{w}.organization")
        for f in ("email", "phone", "notes"):
            if p[f] is not None and not isinstance(p[f], str):
                bad(f"{w}.{f}", "not a string")

    for i, t in enumerate(doc["teams"]):
        w = f"teams[{i}]"
        lm(t["name"], f"{w}.name")
        lm(t["description"], f"{w}.description", optional=True)
        if t["status"] not in ("active", "dissolved"):
            bad(f"{w}.status", t["status"])
        day(t["established_on"], f"{w}.established_on", optional=True)
        ref(t["established_by"], agrs, f"{w}.established_by")
        if len(set(t["lead_organizations"])) != len(t["lead_organizations"]):
            bad(f"{w}.lead_organizations", "duplicates")
        for j, o in enumerate(t["lead_organizations"]):
            ref(o, orgs, f"{w}.lead_organizations[{j}]", optional=False)
        members = [m["person"] for m in t["members"]]
        if len(set(members)) != len(members):
            bad(f"{w}.members", "a person twice")
        for j, m in enumerate(t["members"]):
            ref(m["person"], people, f"{w}.members[{j}].person", optional=False)
            lm(m["role"], f"{w}.members[{j}].role", optional=True)
        for j, a in enumerate(t["focus_areas"]):
            lm(a, f"{w}.focus_areas[{j}]")

    supersedes: dict[str, str | None] = {}
    for i, a in enumerate(doc["agreements"]):
        w = f"agreements[{i}]"
        if a["kind"] not in ("mou", "agreement", "letter_of_intent", "joint_statement", "other"):
            bad(f"{w}.kind", a["kind"])
        if a["status"] not in ("draft", "negotiating", *SIGNED):
            bad(f"{w}.status", a["status"])
        lm(a["title"], f"{w}.title")
        for f in ("summary", "text", "renewal_terms", "signed_venue"):
            lm(a[f], f"{w}.{f}", optional=True)
        parties = a["parties"]
        if len(parties) < 2 or len(set(parties)) != len(parties):
            bad(f"{w}.parties", f"{parties}")
        for j, o in enumerate(parties):
            ref(o, orgs, f"{w}.parties[{j}]", optional=False)
        for j, s in enumerate(a["signatories"]):
            ref(s["person"], people, f"{w}.signatories[{j}].person", optional=False)
            if s["organization"] not in parties:
                bad(f"{w}.signatories[{j}].organization", "not a party")
        signed = day(a["signed_on"], f"{w}.signed_on", optional=True)
        if a["status"] in SIGNED and signed is None:
            bad(f"{w}.signed_on", f"required for {a['status']}")
        if a["signed_city"] is not None:
            city(a["signed_city"], f"{w}.signed_city")
        ref(a["meeting"], mtgs, f"{w}.meeting")
        for j, t in enumerate(a["teams"]):
            ref(t, teams, f"{w}.teams[{j}]", optional=False)
        effective = day(a["effective_on"], f"{w}.effective_on", optional=True)
        expires = day(a["expires_on"], f"{w}.expires_on", optional=True)
        if expires is not None and signed is not None and expires < signed:
            bad(f"{w}.expires_on", f"before signed_on ({signed})")
        if expires is not None and effective is not None and expires <= effective:
            bad(f"{w}.expires_on", f"not after effective_on ({effective})")
        for j, area in enumerate(a["areas"]):
            lm(area, f"{w}.areas[{j}]")
        ref(a["supersedes"], agrs, f"{w}.supersedes")
        if a["supersedes"] == a["id"]:
            bad(f"{w}.supersedes", "itself")
        supersedes[a["id"]] = a["supersedes"]
        if a["attachments"] != []:
            bad(f"{w}.attachments", "expected none")
    for aid in supersedes:
        seen_chain, cur = set(), aid
        while cur is not None:
            if cur in seen_chain:
                bad(f"agreement {aid}", "supersedes cycle")
                break
            seen_chain.add(cur)
            cur = supersedes.get(cur)

    action_ids: set[str] = set()
    for i, m in enumerate(doc["meetings"]):
        w = f"meetings[{i}]"
        if m["kind"] not in ("general_conference", "team_meeting", "working_meeting", "other"):
            bad(f"{w}.kind", m["kind"])
        if m["number"] is not None and (not isinstance(m["number"], int) or m["number"] < 1):
            bad(f"{w}.number", m["number"])
        lm(m["title"], f"{w}.title")
        ref(m["team"], teams, f"{w}.team")
        start = moment(m["starts_at"], f"{w}.starts_at")
        end = moment(m["ends_at"], f"{w}.ends_at", optional=True)
        if start and end and end <= start:
            bad(f"{w}.ends_at", "not after starts_at")
        city(m["city"], f"{w}.city")
        if m["city"] in OFFSETS and not m["starts_at"].endswith(OFFSETS[m["city"]]):
            bad(f"{w}.starts_at", f"offset is not {m['city']}'s")
        lm(m["venue"], f"{w}.venue", optional=True)
        ref(m["host_organization"], orgs, f"{w}.host_organization")
        for j, p in enumerate(m["participants"]):
            ref(p, people, f"{w}.participants[{j}]", optional=False)
        positions = [a["position"] for a in m["agenda"]]
        if positions != list(range(1, len(positions) + 1)):
            bad(f"{w}.agenda", f"positions {positions}")
        for j, a in enumerate(m["agenda"]):
            lm(a["title"], f"{w}.agenda[{j}].title")
            lm(a["description"], f"{w}.agenda[{j}].description", optional=True)
            ref(a["presenter"], people, f"{w}.agenda[{j}].presenter")
            ref(a["agreement"], agrs, f"{w}.agenda[{j}].agreement")
            d = a["duration_minutes"]
            if d is not None and (not isinstance(d, int) or not 0 <= d <= 1440):
                bad(f"{w}.agenda[{j}].duration_minutes", d)
        mi = m["minutes"]
        if mi is None:
            continue
        mw = f"{w}.minutes"
        if mi["status"] not in ("draft", "approved"):
            bad(f"{mw}.status", mi["status"])
        approved = day(mi["approved_on"], f"{mw}.approved_on", optional=True)
        if mi["status"] == "approved" and approved is None:
            bad(f"{mw}.approved_on", "required when approved")
        ref(mi["recorded_by"], people, f"{mw}.recorded_by")
        for j, p in enumerate(mi["attendees"]):
            ref(p, people, f"{mw}.attendees[{j}]", optional=False)
        lm(mi["summary"], f"{mw}.summary", optional=True)
        for j, it in enumerate(mi["items"]):
            if it["agenda_item"] not in positions:
                bad(f"{mw}.items[{j}].agenda_item", it["agenda_item"])
            lm(it["notes"], f"{mw}.items[{j}].notes", optional=True)
        for j, dcs in enumerate(mi["decisions"]):
            lm(dcs["text"], f"{mw}.decisions[{j}].text")
            if dcs["agenda_item"] is not None and dcs["agenda_item"] not in positions:
                bad(f"{mw}.decisions[{j}].agenda_item", dcs["agenda_item"])
        for j, act in enumerate(mi["actions"]):
            aw = f"{mw}.actions[{j}]"
            if not ID_RE.match(act["id"]):
                bad(f"{aw}.id", act["id"])
            if act["id"] in action_ids:
                bad(f"{aw}.id", f"duplicate {act['id']}")
            action_ids.add(act["id"])
            lm(act["text"], f"{aw}.text")
            ref(act["owner"], people, f"{aw}.owner")
            day(act["due_on"], f"{aw}.due_on", optional=True)
            if act["status"] not in ("open", "done", "cancelled"):
                bad(f"{aw}.status", act["status"])
        for j, st in enumerate(mi["statements"]):
            ref(st["speaker"], people, f"{mw}.statements[{j}].speaker")
            lm(st["text"], f"{mw}.statements[{j}].text")

    for i, v in enumerate(doc["visits"]):
        w = f"visits[{i}]"
        lm(v["title"], f"{w}.title")
        lm(v["purpose"], f"{w}.purpose", optional=True)
        ref(v["head"], people, f"{w}.head")
        for j, p in enumerate(v["delegation"]):
            ref(p, people, f"{w}.delegation[{j}]", optional=False)
        city(v["destination_city"], f"{w}.destination_city")
        s, e = day(v["starts_on"], f"{w}.starts_on"), day(v["ends_on"], f"{w}.ends_on")
        if s and e and e < s:
            bad(f"{w}.ends_on", "before starts_on")
        for j, it in enumerate(v["itinerary"]):
            iw = f"{w}.itinerary[{j}]"
            moment(it["starts_at"], f"{iw}.starts_at")
            if v["destination_city"] in OFFSETS and not it["starts_at"].endswith(OFFSETS[v["destination_city"]]):
                bad(f"{iw}.starts_at", "not in the destination's offset")
            lm(it["title"], f"{iw}.title")
            lm(it["venue"], f"{iw}.venue", optional=True)
            lm(it["notes"], f"{iw}.notes", optional=True)
            for k, p in enumerate(it["counterparts"]):
                ref(p, people, f"{iw}.counterparts[{k}]", optional=False)
        for j, mid in enumerate(v["meetings"]):
            ref(mid, mtgs, f"{w}.meetings[{j}]", optional=False)
        for j, aid in enumerate(v["agreements"]):
            ref(aid, agrs, f"{w}.agreements[{j}]", optional=False)
        for j, tp in enumerate(v["talking_points"]):
            lm(tp, f"{w}.talking_points[{j}]")
    return problems


def language_maps(value):
    """Every language map in a document (any dict whose keys are all language codes)."""
    if isinstance(value, dict):
        if value and set(value) <= {"ko", "zh", "en"}:
            yield value
        else:
            for v in value.values():
                yield from language_maps(v)
    elif isinstance(value, list):
        for v in value:
            yield from language_maps(v)


def test_same_seed_gives_the_same_document(doc1):
    again = generate_document(1, seed=7)
    assert json.dumps(again, ensure_ascii=False) == json.dumps(doc1, ensure_ascii=False)


def test_another_seed_gives_another_document(doc1):
    other = generate_document(1, seed=8)
    assert other != doc1
    assert [a["title"] for a in other["agreements"][:20]] != [a["title"] for a in doc1["agreements"][:20]]


def test_document_header(doc1):
    assert doc1["format"] == "secretariat-exchange"
    assert doc1["version"] == 1
    assert doc1["exported_at"] == "2014-01-01T00:00:00+00:00"
    assert "ynthetic" in doc1["note"]
    assert list(doc1) == ["format", "version", "exported_at", "note", *LISTS]


@pytest.mark.parametrize("which", ["doc1", "doc3"])
def test_every_rule_of_the_contract_holds(which, request):
    doc = request.getfixturevalue(which)
    problems = check_document(doc)
    assert problems == [], "\n".join(problems[:30])


def test_ids_unique_per_kind_and_action_ids_globally(doc3):
    for name in LISTS:
        got = [r["id"] for r in doc3[name]]
        assert len(got) == len(set(got)), name
    actions = [a["id"] for m in doc3["meetings"] if m["minutes"] for a in m["minutes"]["actions"]]
    assert actions and len(actions) == len(set(actions))


def test_language_maps_have_known_keys_and_non_blank_values(doc1):
    maps = list(language_maps(doc1))
    assert len(maps) > 10_000
    for value in maps:
        assert value and set(value) <= {"ko", "zh", "en"}
        assert all(isinstance(v, str) and v.strip() for v in value.values())


@pytest.mark.parametrize("which,years", [("doc1", 1), ("doc3", 3)])
def test_counts_per_year_near_targets(which, years, request):
    counts = document_counts(request.getfixturevalue(which))
    for name, target in TARGETS_PER_YEAR.items():
        per_year = counts[name] / years
        assert 0.8 * target <= per_year <= 1.2 * target, (name, per_year)
    assert 4 <= counts["teams"] <= 4 + years * 2
    assert 0.6 <= counts["minutes"] / counts["meetings"] <= 0.8


def test_first_year_has_four_teams_established_at_the_first_conference(doc1):
    assert len(doc1["teams"]) == 4
    conference = next(m for m in doc1["meetings"] if m["kind"] == "general_conference")
    founding = {t["established_by"] for t in doc1["teams"]}
    assert len(founding) == 1
    agreement = next(a for a in doc1["agreements"] if a["id"] in founding)
    assert agreement["meeting"] == conference["id"]
    assert all(t["established_on"] == agreement["signed_on"] for t in doc1["teams"])
    for team in doc1["teams"]:
        for m in doc1["meetings"]:
            if m["team"] == team["id"]:
                assert m["starts_at"][:10] >= team["established_on"]


def test_meetings_agenda_and_minutes_shape(doc1):
    recent = date(2014, 1, 1) - timedelta(days=60)
    for m in doc1["meetings"]:
        assert 3 <= len(m["agenda"]) <= 5
        mi = m["minutes"]
        if mi is None:
            continue
        assert 1 <= len(mi["decisions"]) <= 3
        assert len(mi["actions"]) <= 3
        assert len(mi["statements"]) <= 2
        when = date.fromisoformat(m["starts_at"][:10])
        assert mi["status"] == ("draft" if when > recent else "approved")
        if mi["approved_on"]:
            assert mi["approved_on"] >= m["starts_at"][:10]
    statuses = {a["status"] for m in doc1["meetings"] if m["minutes"] for a in m["minutes"]["actions"]}
    assert statuses == {"open", "done", "cancelled"}


def test_visits_shape(doc1):
    for v in doc1["visits"]:
        assert 3 <= len(v["itinerary"]) <= 8
        assert 2 <= len(v["talking_points"]) <= 4
        assert v["meetings"]
        times = [it["starts_at"] for it in v["itinerary"]]
        assert times == sorted(times)
        assert all(v["starts_on"] <= t[:10] <= v["ends_on"] for t in times)


def test_agreements_spread_over_kinds_and_statuses(doc3):
    kinds = {a["kind"] for a in doc3["agreements"]}
    statuses = {a["status"] for a in doc3["agreements"]}
    assert kinds == {"mou", "agreement", "letter_of_intent", "joint_statement", "other"}
    assert statuses == {"draft", "negotiating", "signed", "in_force", "expired", "terminated", "superseded"}
    assert any(a["supersedes"] for a in doc3["agreements"])
    by_id = {a["id"]: a for a in doc3["agreements"]}
    for a in doc3["agreements"]:
        if a["supersedes"]:
            assert by_id[a["supersedes"]]["status"] == "superseded"
        for f in ("summary", "text"):
            for text in (a[f] or {}).values():
                assert 250 <= len(text) <= 1100


def test_dashboard_cases_on_the_reference_day(doc3):
    today = REFERENCE_TODAY
    in_force = [a for a in doc3["agreements"] if a["status"] == "in_force" and a["expires_on"]]
    soon = [a for a in in_force if today < date.fromisoformat(a["expires_on"]) <= today + timedelta(days=90)]
    stale = [a for a in in_force if date.fromisoformat(a["expires_on"]) < today]
    assert soon and stale
    overdue = [a for m in doc3["meetings"] if m["minutes"] for a in m["minutes"]["actions"]
               if a["status"] == "open" and date.fromisoformat(a["due_on"]) < today]
    assert overdue


def test_text_exercises_fallbacks_escaping_and_search(doc1):
    records = [r for name in LISTS for r in doc1[name]]
    missing = sum(1 for r in records if any(len(v) < 3 for v in language_maps(r)))
    assert 0.05 <= missing / len(records) <= 0.25
    blob = json.dumps(doc1, ensure_ascii=False)
    for needle in ("R&D", "x<y", "<b>"):
        assert needle in blob
    assert re.search(r"\S{120,}", blob.replace("\\n", " "))
    for word in COMMON_WORDS:
        assert blob.count(word) > 1000, word
    rare = sum(blob.count(w) for w in RARE_WORDS)
    assert 0 < rare < blob.count("环境") / 100


def test_people_have_names_in_their_own_script(doc1):
    hangul = re.compile(r"^[\uac00-\ud7a3]{2,6}$")
    hanzi = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
    for p in doc1["people"]:
        assert hangul.match(p["name"]["ko"]) and hanzi.match(p["name"]["zh"]), p["name"]
        assert p["name"]["en"].isascii()


def test_progress_is_reported_per_year():
    calls = []
    generate_document(1, seed=3, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 1)]


def test_write_document_is_atomic_json(tmp_path, doc1):
    target = tmp_path / "archive.json"
    info = write_document(target, 1, seed=7)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.json"]
    loaded = json.loads(target.read_text(encoding="utf-8"))
    assert loaded == doc1
    assert info["bytes"] == target.stat().st_size
    assert info["counts"]["meetings"] == len(doc1["meetings"])
    assert "서울" in target.read_text(encoding="utf-8")  # not \\u-escaped


def test_years_must_be_positive():
    with pytest.raises(ValueError):
        generate_document(0)
