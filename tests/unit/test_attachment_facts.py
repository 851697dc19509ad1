"""What the attachment list tells a clerk besides the name: the kind of file, and when the agreement came to
list it (read from the agreement's history; on every backend)."""

from __future__ import annotations

import pytest

from secretariat_app.services import attachments
from secretariat_app.services.attachments import file_kind, media_type_of

AGREEMENT = "agr-2015-env-mou"


@pytest.mark.parametrize(("name", "kind"), [
    ("signed-copy.pdf", "pdf"), ("SCAN.PDF", "pdf"), ("minutes.docx", "word"), ("old.doc", "word"),
    ("협정문.hwp", "hangul"), ("협정문.hwpx", "hangul"), ("budget.xlsx", "excel"), ("budget.xls", "excel"),
    ("photo.jpg", "image"), ("signing.png", "image"), ("notes.txt", "text"), ("list.csv", "text"),
    ("bundle.zip", "file"), ("page.html", "file"), ("README", "file"), ("slides.odp", "file"),
])
def test_the_kind_of_a_file(name: str, kind: str) -> None:
    assert file_kind(name, media_type_of(name)) == kind


def test_the_media_type_tells_when_the_name_does_not() -> None:
    assert file_kind("scan", "application/pdf") == "pdf"
    assert file_kind("picture", "image/svg+xml") == "image"
    assert file_kind("agreement", "application/x-hwp") == "hangul"
    assert file_kind("", None) == "file" and set(attachments.FILE_KINDS) >= {"pdf", "hangul", "file"}


def test_when_each_file_came_to_be_listed(demo_app) -> None:  # type: ignore[no-untyped-def]
    records, db = demo_app.records, demo_app.db
    first = attachments.store_bytes(db, "signing.jpg", b"\xff\xd8\xff a photo of the signing")
    second = attachments.store_bytes(db, "협정문.hwp", b"HWP Document File")
    assert attachments.added_at(db, AGREEMENT) == {}  # stored bytes are not listed until saved
    start = len(records.history("agreement", AGREEMENT))

    def save(files: list[dict]) -> None:
        loaded = records.get("agreement", AGREEMENT)
        records.save("agreement", {**loaded.doc, "attachments": files}, loaded.version)

    save([first])
    save([first, second])
    save([first, second])  # nothing changes: dates stay
    save([second])  # the first removed...
    save([second, first])  # ...and added again: it counts from its return
    at = [entry.at for entry in records.history("agreement", AGREEMENT)[start:]]
    dates = attachments.added_at(db, AGREEMENT)
    assert dates == {second["sha256"]: at[1], first["sha256"]: at[3]}
    assert all(x.tzinfo is not None for x in dates.values())

    records.undo()  # the last save undone: the first file is not listed any more
    assert attachments.added_at(db, AGREEMENT) == {second["sha256"]: at[1]}
    records.redo()  # and listed again, from then
    redone = records.history("agreement", AGREEMENT)[-1].at
    assert attachments.added_at(db, AGREEMENT) == {second["sha256"]: at[1], first["sha256"]: redone}
    assert demo_app.attachments.added_at(AGREEMENT) == attachments.added_at(db, AGREEMENT)
