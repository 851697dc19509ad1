"""The records service on a real database (every backend): saves with versions, concurrent edits by two
clerks, the trash, the audit trail, undo and redo, and the write hook that keeps indexes in step."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from secretariat_app import bootstrap
from secretariat_app.domain import minutes_cycle
from secretariat_app.domain import models as m
from secretariat_app.english import change_text
from secretariat_app.errors import ConflictError, NotFoundError, SecretariatError, ValidationError
from secretariat_app.services.records import Records
from secretariat_app.settings import Settings
from tests import factories as f

ENV_MOU = "agr-2015-env-mou"


@pytest.fixture
def bob(demo_app: bootstrap.App, database_url: str) -> Iterator[bootstrap.App]:
    """A second clerk with the app open on the same database (a separate engine, its own sessions)."""
    other = bootstrap.open_app(Settings(database_url=database_url, user="bob"))
    yield other
    other.close()


def audit_rows(app: bootstrap.App, record_id: str) -> list[Any]:
    """The audit trail's rows about one record, as plain rows (user, action, before, after)."""
    with app.db.reading() as uow:  # type: ignore[attr-defined]
        cols = (m.AuditEntry.user, m.AuditEntry.action, m.AuditEntry.before, m.AuditEntry.after)
        return list(uow.session.execute(select(*cols).where(m.AuditEntry.record_id == record_id)
                                        .order_by(m.AuditEntry.id)))


def edit(app: bootstrap.App, kind: str, record_id: str, **changes: Any) -> int:
    """Open a record, change fields, save with the version read; returns the new version."""
    loaded = app.records.get(kind, record_id)
    app.records.update(kind, {**loaded.doc, **changes}, loaded.version)
    return app.records.get(kind, record_id).version


# --- create and update --------------------------------------------------------------------------


def test_create_stamps_version_time_and_user(app):
    before = datetime.now(UTC) - timedelta(seconds=1)
    app.records.create("organization", f.organization("org-a"))
    loaded = app.records.get("organization", "org-a")
    assert loaded.version == 1
    assert loaded.updated_by == "tester"
    assert before <= loaded.created_at == loaded.updated_at <= datetime.now(UTC)
    assert loaded.doc == {"id": "org-a", "name": {"en": "Organization org-a"}, "short_name": None,
                          "city": "seoul", "kind": "department", "parent": None}


def test_create_over_an_existing_id_is_refused(demo_app):
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError, match="id: there is already a person 'person-li-ming'"):
        demo_app.records.create("person", f.person("person-li-ming"))
    assert f.snapshot(demo_app) == before


def test_update_bumps_the_version(demo_app):
    loaded = demo_app.records.get("person", "person-li-ming")
    change = demo_app.records.update("person", {**loaded.doc, "phone": "+86 10 1234 5678"}, loaded.version)
    again = demo_app.records.get("person", "person-li-ming")
    assert again.version == loaded.version + 1
    assert again.doc["phone"] == "+86 10 1234 5678"
    assert again.updated_at > loaded.updated_at
    assert change.records == {("person", "person-li-ming")}


def test_saving_without_a_change_leaves_no_trace(demo_app):
    loaded = demo_app.records.get("person", "person-li-ming")
    rows = len(audit_rows(demo_app, "person-li-ming"))
    change = demo_app.records.update("person", loaded.doc, loaded.version)
    assert change.written == () and change.count == 0 and not change.touches()
    assert demo_app.records.get("person", "person-li-ming").version == loaded.version
    assert len(audit_rows(demo_app, "person-li-ming")) == rows
    assert demo_app.records.next_undo is None


def test_invalid_save_is_refused_with_every_place_and_changes_nothing(demo_app):
    loaded = demo_app.records.get("agreement", ENV_MOU)
    bad = {**loaded.doc, "expires_on": "2015-11-01", "parties": ["org-smg"], "title": {"fr": "Protocole"}}
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError) as caught:
        demo_app.records.update("agreement", bad, loaded.version)
    places = {p.place for p in caught.value.problems}
    assert {"expires_on", "parties", "title", "signatories[1].organization"} <= places
    assert "expires_on: is before the signing date (2015-11-04)" in str(caught.value)
    assert f.snapshot(demo_app) == before


def test_a_save_may_not_take_an_action_id_of_another_meeting(demo_app):
    doc = f.meeting("mtg-new", minutes=f.minutes(actions=[f.action("act-2015-001")]))
    with pytest.raises(ValidationError, match="'act-2015-001' is already an action of meeting 'mtg-gc-2'"):
        demo_app.records.create("meeting", doc)


def test_a_save_may_not_make_an_organization_its_own_ancestor(demo_app):
    loaded = demo_app.records.get("organization", "org-smg")
    with pytest.raises(ValidationError, match="parent: makes a cycle"):
        demo_app.records.update("organization", {**loaded.doc, "parent": "org-smg-cehq"}, loaded.version)


def test_approved_minutes_are_locked_until_reopened(demo_app):
    loaded = demo_app.records.get("meeting", "mtg-gc-2")
    changed = {**loaded.doc, "minutes": {**loaded.doc["minutes"], "summary": {"en": "Rewritten"}}}
    with pytest.raises(ValidationError, match="minutes: the minutes are approved and locked"):
        demo_app.records.update("meeting", changed, loaded.version)
    # Reopen (status back to draft, the approvals withdrawn and kept), then the change is allowed.
    reopened = minutes_cycle.reopened(loaded.doc, date(2015, 12, 1))
    demo_app.records.update("meeting", reopened, loaded.version)
    version = edit(demo_app, "meeting", "mtg-gc-2", minutes={**reopened["minutes"], "summary": {"en": "Rewritten"}})
    assert demo_app.records.get("meeting", "mtg-gc-2").doc["minutes"]["summary"] == {"en": "Rewritten"}
    assert version == loaded.version + 2


def test_update_of_a_record_removed_for_good_is_refused(app):
    app.records.create("person", f.person())
    loaded = app.records.get("person", "person-a")
    app.records.delete([("person", "person-a")])
    app.records.purge([("person", "person-a")])
    with pytest.raises(NotFoundError, match="person 'person-a'"):
        app.records.update("person", {**loaded.doc, "notes": "late edit"}, loaded.version)
    assert not app.records.exists("person", "person-a")


def test_texts_are_stored_as_they_are_not_as_escapes(app):
    """Korean and Chinese in JSON columns as UTF-8 text: \\uXXXX escapes would take twice the space."""
    app.records.create("person", f.person(name={"ko": "김민준", "zh": "金敏俊"}))
    with app.db.reading() as uow:
        raw = uow.session.scalar(text("SELECT CAST(name AS TEXT) FROM people"))
    assert "김민준" in raw and "金敏俊" in raw


# --- two clerks on one database -----------------------------------------------------------------


def test_concurrent_edit_second_save_is_refused_with_who_and_when(demo_app, bob):
    mine = demo_app.records.get("agreement", ENV_MOU)
    theirs = bob.records.get("agreement", ENV_MOU)
    bob.records.update("agreement", {**theirs.doc, "reference": "SBIC-2015-001-REV"}, theirs.version)
    saved = demo_app.records.get("agreement", ENV_MOU)
    before = f.snapshot(demo_app)
    with pytest.raises(ConflictError) as caught:
        demo_app.records.update("agreement", {**mine.doc, "reference": "SBIC-2015-XYZ"}, mine.version)
    err = caught.value
    assert (err.by, err.version) == ("bob", mine.version + 1)
    assert err.at == saved.updated_at
    assert f"changed by bob at {saved.updated_at.astimezone():%Y-%m-%d %H:%M}" in str(err)
    assert "refused" in str(err)
    assert f.snapshot(demo_app) == before
    assert demo_app.records.get("agreement", ENV_MOU).doc["reference"] == "SBIC-2015-001-REV"


def test_concurrent_delete_then_save_is_refused(demo_app, bob):
    demo_app.records.create("person", f.person("person-new"))
    mine = demo_app.records.get("person", "person-new")
    bob.records.delete([("person", "person-new")])
    with pytest.raises(ConflictError, match="changed by bob"):
        demo_app.records.update("person", {**mine.doc, "notes": "too late"}, mine.version)
    assert demo_app.records.get("person", "person-new", include_trash=True).deleted_at is not None


def test_two_apps_on_one_sqlite_file(tmp_path):
    """The concurrent edit on SQLite with two separate ``bootstrap.open_app`` on the same file."""
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    alice = bootstrap.open_app(Settings(database_url=url, user="alice"))
    bootstrap.load_demo(alice)
    bob = bootstrap.open_app(Settings(database_url=url, user="bob"))
    try:
        a = alice.records.get("person", "person-li-ming")
        b = bob.records.get("person", "person-li-ming")
        alice.records.update("person", {**a.doc, "notes": "alice"}, a.version)
        with pytest.raises(ConflictError, match="changed by alice"):
            bob.records.update("person", {**b.doc, "notes": "bob"}, b.version)
        assert bob.records.get("person", "person-li-ming").doc["notes"] == "alice"
        # Reopened, bob's save goes through: the refusal was only about the stale version.
        fresh = bob.records.get("person", "person-li-ming")
        bob.records.update("person", {**fresh.doc, "notes": "bob"}, fresh.version)
        assert alice.records.get("person", "person-li-ming").updated_by == "bob"
    finally:
        bob.close()
        alice.close()


# --- trash --------------------------------------------------------------------------------------


def test_delete_is_refused_while_referenced(demo_app):
    before = f.snapshot(demo_app)
    with pytest.raises(SecretariatError, match=r"organization 'org-smg-cehq' cannot go to the trash: \d+ record"):
        demo_app.records.delete([("organization", "org-smg-cehq")])
    assert f.snapshot(demo_app) == before


def test_delete_of_several_is_all_or_nothing(demo_app):
    demo_app.records.create("person", f.person("person-free"))
    before = f.snapshot(demo_app)
    with pytest.raises(SecretariatError, match="person 'person-li-ming' cannot go to the trash"):
        demo_app.records.delete([("person", "person-free"), ("person", "person-li-ming")])
    assert f.snapshot(demo_app) == before


def test_deleted_record_goes_to_the_trash_and_out_of_reach(demo_app):
    demo_app.records.create("organization", f.organization("org-new", name={"ko": "새 기관", "en": "New body"}))
    demo_app.records.delete([("organization", "org-new")])
    (entry,) = demo_app.records.trash()
    assert (entry.kind, entry.record_id, entry.title, entry.deleted_by) == (
        "organization", "org-new", {"ko": "새 기관", "en": "New body"}, "tester")
    with pytest.raises(NotFoundError, match="in the trash"):
        demo_app.records.get("organization", "org-new")
    # Records in the trash cannot be referred to.
    with pytest.raises(ValidationError, match="organization: there is no organization 'org-new'"):
        demo_app.records.create("person", f.person("person-new", organization="org-new"))


def test_restore_brings_it_back(demo_app):
    demo_app.records.create("person", f.person("person-new"))
    demo_app.records.delete([("person", "person-new")])
    demo_app.records.restore([("person", "person-new")])
    assert demo_app.records.trash() == []
    assert demo_app.records.get("person", "person-new").deleted_at is None


def test_restore_is_refused_while_a_reference_is_gone(demo_app):
    demo_app.records.create("organization", f.organization("org-new"))
    demo_app.records.create("person", f.person("person-new", organization="org-new"))
    demo_app.records.delete([("person", "person-new")])
    demo_app.records.delete([("organization", "org-new")])
    before = f.snapshot(demo_app)
    with pytest.raises(SecretariatError, match=r"cannot be restored: .*organization 'org-new'.* Restore those first"):
        demo_app.records.restore([("person", "person-new")])
    assert f.snapshot(demo_app) == before
    demo_app.records.restore([("organization", "org-new"), ("person", "person-new")])
    assert demo_app.records.get("person", "person-new").doc["organization"] == "org-new"


def test_restore_of_a_live_record_is_refused(demo_app):
    with pytest.raises(SecretariatError, match="is not in the trash"):
        demo_app.records.restore([("person", "person-li-ming")])


def test_purge_removes_for_good_only_from_the_trash(demo_app):
    demo_app.records.create("organization", f.organization("org-new"))
    demo_app.records.create("person", f.person("person-new", organization="org-new"))
    with pytest.raises(SecretariatError, match="not in the trash"):
        demo_app.records.purge([("person", "person-new")])
    demo_app.records.delete([("person", "person-new")])
    demo_app.records.delete([("organization", "org-new")])
    # Even a record in the trash holds on to what it refers to.
    with pytest.raises(SecretariatError, match="still referred to by person 'person-new'"):
        demo_app.records.purge([("organization", "org-new")])
    demo_app.records.purge([("person", "person-new"), ("organization", "org-new")])
    assert demo_app.records.trash() == []
    assert not demo_app.records.exists("person", "person-new")
    # The audit trail keeps the last state.
    assert audit_rows(demo_app, "person-new")[-1].before["organization"] == "org-new"


# --- audit trail --------------------------------------------------------------------------------


def test_audit_trail_says_who_when_what_and_before_after(demo_app, bob):
    start = datetime.now(UTC) - timedelta(seconds=1)
    demo_app.records.create("person", f.person("person-new"))
    edit(bob, "person", "person-new", phone="+82 2 120", notes="met in Seoul")
    bob.records.delete([("person", "person-new")])
    demo_app.records.restore([("person", "person-new")])
    history = demo_app.records.history("person", "person-new")
    assert [(h.user, h.action) for h in history] == [
        ("tester", "create"), ("bob", "update"), ("bob", "delete"), ("tester", "restore")]
    assert all(start <= h.at <= datetime.now(UTC) for h in history)
    assert [h.at for h in history] == sorted(h.at for h in history)
    created, updated, deleted, restored = history
    assert created.before is None and created.after["name"] == {"ko": "김민준", "en": "Person person-new"}
    assert updated.fields == ("phone", "notes")
    assert (updated.before["phone"], updated.after["phone"]) == (None, "+82 2 120")
    assert deleted.before == deleted.after == updated.after
    assert restored.fields == ()


def test_import_is_in_the_audit_trail_as_one_action(demo_app):
    rows = audit_rows(demo_app, ENV_MOU)
    assert [(r.user, r.action) for r in rows] == [("tester", "import")]
    with demo_app.db.reading() as uow:
        groups = uow.session.scalar(select(func.count(func.distinct(m.AuditEntry.change_id))))
    assert groups == 1


def test_refused_actions_leave_no_audit_entry(demo_app):
    rows = len(audit_rows(demo_app, "org-smg"))
    with pytest.raises(SecretariatError):
        demo_app.records.delete([("organization", "org-smg")])
    assert len(audit_rows(demo_app, "org-smg")) == rows


# --- undo and redo ------------------------------------------------------------------------------


def test_undo_and_redo_a_save(demo_app):
    original = demo_app.records.get("person", "person-li-ming")
    edit(demo_app, "person", "person-li-ming", phone="+86 10 0000")
    assert change_text(demo_app.records.next_undo) == "Edit person"
    demo_app.records.undo()
    undone = demo_app.records.get("person", "person-li-ming")
    assert undone.doc == original.doc
    assert undone.version == original.version + 2  # undo is a save of its own
    assert change_text(demo_app.records.next_redo) == "Edit person"
    demo_app.records.redo()
    assert demo_app.records.get("person", "person-li-ming").doc["phone"] == "+86 10 0000"
    assert [h.action for h in demo_app.records.history("person", "person-li-ming")] == [
        "import", "update", "undo", "redo"]


def test_undo_and_redo_a_create(app):
    app.records.create("person", f.person())
    app.records.undo()
    assert [e.record_id for e in app.records.trash()] == ["person-a"]
    app.records.redo()
    assert app.records.get("person", "person-a").deleted_at is None


def test_undo_and_redo_a_delete_and_a_restore(app):
    app.records.create("person", f.person())
    app.records.delete([("person", "person-a")])
    app.records.undo()  # the delete
    assert app.records.get("person", "person-a").deleted_at is None
    app.records.redo()
    assert app.records.trash()[0].record_id == "person-a"
    app.records.restore([("person", "person-a")])
    app.records.undo()  # the restore
    assert app.records.trash()[0].record_id == "person-a"


def test_undo_of_a_create_over_a_trashed_id_puts_the_old_record_back_in_the_trash(app):
    app.records.create("person", f.person(name={"en": "Old"}))
    app.records.delete([("person", "person-a")])
    app.records.create("person", f.person(name={"en": "New"}))  # the id comes back with new content

    def state() -> tuple[dict[str, str], bool]:
        loaded = app.records.get("person", "person-a", include_trash=True)
        return loaded.doc["name"], loaded.deleted_at is not None

    assert state() == ({"en": "New"}, False)
    app.records.undo()
    assert state() == ({"en": "Old"}, True)
    app.records.redo()
    assert state() == ({"en": "New"}, False)


def test_undo_of_a_multi_record_action_is_one_step(app):
    app.records.create("person", f.person("person-a"))
    app.records.create("person", f.person("person-b"))
    app.records.delete([("person", "person-a"), ("person", "person-b")])
    assert change_text(app.records.next_undo) == "Delete 2 records"
    app.records.undo()
    assert app.records.trash() == []


def test_undo_is_refused_when_the_record_changed_since(demo_app, bob):
    edit(demo_app, "person", "person-li-ming", phone="+86 10 0000")
    edit(bob, "person", "person-li-ming", notes="bob was here")
    before = f.snapshot(demo_app)
    with pytest.raises(ConflictError, match="changed by bob"):
        demo_app.records.undo()
    assert f.snapshot(demo_app) == before
    assert change_text(demo_app.records.next_undo) == "Edit person"  # still there, to retry after looking


def test_undo_of_a_create_is_refused_when_others_now_refer_to_it(demo_app, bob):
    demo_app.records.create("organization", f.organization("org-new"))
    bob.records.create("person", f.person("person-new", organization="org-new"))
    with pytest.raises(SecretariatError, match="cannot go to the trash: 1 record.*person 'person-new'"):
        demo_app.records.undo()
    assert demo_app.records.get("organization", "org-new").deleted_at is None


def test_nothing_to_undo_or_redo(app):
    with pytest.raises(SecretariatError, match="nothing to undo"):
        app.records.undo()
    with pytest.raises(SecretariatError, match="nothing to redo"):
        app.records.redo()


def test_a_new_action_clears_redo(app):
    app.records.create("person", f.person("person-a"))
    app.records.undo()
    app.records.create("person", f.person("person-b"))
    assert app.records.next_redo is None


# --- who hears about changes --------------------------------------------------------------------


def test_listeners_hear_every_committed_change(app):
    heard: list[Any] = []
    app.records.listeners.append(heard.append)
    app.records.create("person", f.person())
    with pytest.raises(ValidationError):
        app.records.create("person", f.person("bad id"))
    app.records.delete([("person", "person-a")])
    assert [(c.action, c.records, c.counts) for c in heard] == [
        ("create", {("person", "person-a")}, {"create": 1}), ("delete", {("person", "person-a")}, {"delete": 1})]
    assert [change_text(c) for c in heard] == ["Create person", "Delete person"]


class Recorder:
    """A write observer (like the search index): writes a row in the same transaction as the save."""

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on
        self.calls: list[tuple[str, str, bool]] = []

    def record_written(self, session: Session, kind: str, record_id: str, doc: dict[str, Any] | None) -> None:
        self.calls.append((kind, record_id, doc is not None))
        if record_id == self.fail_on:
            raise SecretariatError(f"index refused {record_id}")
        session.execute(text("UPDATE organizations SET updated_by = :who WHERE id = 'org-a'"),
                        {"who": f"indexed {record_id}"})


def test_write_observers_run_in_the_same_transaction(app):
    app.records.create("organization", f.organization())
    recorder = Recorder(fail_on="person-bad")
    records = Records(app.db, "tester", observers=[recorder])  # type: ignore[arg-type]
    records.create("person", f.person("person-a"))
    records.delete([("person", "person-a")])
    assert recorder.calls == [("person", "person-a", True), ("person", "person-a", False)]
    assert app.records.get("organization", "org-a").updated_by == "indexed person-a"
    # A failing observer takes the whole save with it.
    with pytest.raises(SecretariatError, match="index refused"):
        records.create("person", f.person("person-bad"))
    assert not app.records.exists("person", "person-bad")
    assert app.records.get("organization", "org-a").updated_by == "indexed person-a"


def test_purges_and_imports_are_changes_like_any_other(demo_app, tmp_path):
    """One write path: a purge and an import reach the listeners once, with what they touched."""
    heard: list[Any] = []
    demo_app.records.listeners.append(heard.append)
    demo_app.records.create("person", f.person("person-a"))
    demo_app.records.delete([("person", "person-a")])
    purged = demo_app.records.purge([("person", "person-a")])
    assert (purged.action, purged.records, purged.counts) == ("purge", {("person", "person-a")}, {"purge": 1})
    assert purged.written == () and demo_app.records.next_undo.action == "delete"  # a purge is not undone

    path = tmp_path / "out.json"
    demo_app.exchange.export(path)
    dry = demo_app.exchange.import_file(path, dry_run=True)
    assert heard[-1] is purged  # a dry run tells nobody
    assert dry.change.counts == {} and sum(dry.report.skipped.values()) == 37 + 1  # and the purged one
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["people"][0]["notes"] = "from the counterpart"
    doc["people"][0]["sync"]["clock"]["site-counterpart"] = 1  # a change of theirs on top of ours
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    imported = demo_app.exchange.import_file(path)
    assert heard[-1] is imported.change
    assert imported.change.action == "import" and imported.change.counts == {"update": 1}
    assert imported.change.records == {("person", doc["people"][0]["id"])}
    assert imported.change.touches("person") and not imported.change.touches("meeting")
    assert [c.action for c in heard] == ["create", "delete", "purge", "import"]
