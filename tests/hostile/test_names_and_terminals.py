"""Imported titles with escape sequences were printed raw by `search` and `trash list` (a terminal obeys
them); attachment names such as `CON` or `minutes.pdf.exe` were accepted, and "Open" handed the file to
the system's default program by that name."""

from __future__ import annotations

import json

import pytest

from secretariat_app.domain import filenames
from secretariat_app.errors import ValidationError
from tests import factories as f

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31mFake prompt $ \u202eexe.fdp"


def test_record_text_reaches_the_terminal_as_plain_text(demo_file, open_file, tmp_path, run_cli):
    app = open_file(demo_file)
    app.records.create("person", f.person("person-esc", name={"en": f"Kim {ESCAPES}"}))
    code, out, _ = run_cli("--db", demo_file, "search", "Kim prompt")
    assert code == 0 and "person-esc" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\\x1b]0;owned" in out
    app.records.delete([("person", "person-esc")])
    code, out, _ = run_cli("--db", demo_file, "trash", "list")
    assert code == 0 and "person:person-esc" in out and "\x1b" not in out


@pytest.mark.parametrize("name", ["CON", "con.pdf", "LPT1.txt", "aux.tar.gz", "a/b.pdf", "..\\up.pdf",
                                  "tab\there.pdf", "bell\x07.pdf", "x" * 256 + ".pdf"])
def test_names_no_system_can_keep_are_refused_with_their_place(demo_app, name):
    doc = demo_app.records.get("agreement", "agr-2015-env-mou").doc
    doc["attachments"] = [{"name": name, "media_type": "application/pdf", "size": 1, "sha256": "0" * 64}]
    with pytest.raises(ValidationError) as refused:
        demo_app.records.update("agreement", doc, demo_app.records.get("agreement", doc["id"]).version)
    assert [(p.place, p.code) for p in refused.value.problems] == [("attachments[0].name", "not_file_name")]


def test_a_file_the_clerk_adds_is_kept_under_a_plain_name(demo_app, tmp_path):
    for raw, kept in [("CON", "_CON"), ("report.pdf. ", "report.pdf"), ("회의록 2015.pdf", "회의록 2015.pdf"),
                      ("why?.pdf", "why_.pdf")]:
        path = tmp_path / raw
        path.write_bytes(b"%PDF " + raw.encode())
        assert demo_app.attachments.store_file(path)["name"] == kept
        assert filenames.problem(kept) is None


def test_a_runnable_attachment_is_never_opened(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from secretariat_app.ui.operations import wait

    from ..ui.editor_helpers import open_editor

    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(text)))
    editor = open_editor(qtbot, window.ctx, "agreement", "agr-2015-env-mou")
    files = editor.attachments
    for name in ("minutes.pdf.exe", "launch.desktop", "signed.pdf"):
        path = tmp_path / name
        path.write_bytes(b"MZ" if name.endswith("exe") else b"%PDF")
        wait(files.add_file(path))
    for row in range(3):
        files.tree.setCurrentItem(files.tree.topLevelItem(row))
        files.open_current()
    assert len(opened) == 1 and str(opened[0].toLocalFile()).endswith("signed.pdf")
    assert len(warned) == 2 and "would run as a program" in warned[0]
    copy = tmp_path / "out" / "minutes.pdf.exe"
    assert files.save_copy(files.items[0], copy) and copy.read_bytes() == b"MZ"  # saving it stays possible


def test_an_import_keeps_json_escapes_as_text_not_commands(demo_app, tmp_path):
    doc = f.document(people=[f.person("person-json", notes=ESCAPES)])
    path = tmp_path / "escapes.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    demo_app.exchange.import_file(path)
    assert demo_app.records.get("person", "person-json").doc["notes"] == ESCAPES  # kept as the counterpart wrote it


def test_names_recorded_before_stay_valid(demo_app):
    """Characters only Windows reserves were accepted before: records that hold them can still be saved."""
    doc = demo_app.records.get("agreement", "agr-2015-env-mou").doc
    doc["attachments"] = [{"name": "회의록: 2015?.pdf", "media_type": "application/pdf", "size": 1, "sha256": "0" * 64}]
    demo_app.records.update("agreement", doc, demo_app.records.get("agreement", doc["id"]).version)
