"""Attachment bytes: stored once per content in their own transaction, read back checked."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select, update

from secretariat_app.domain import models as m
from secretariat_app.errors import NotFoundError, SecretariatError
from secretariat_app.services import attachments


def test_a_file_is_stored_once_and_read_back(app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = "환경팀 협력 계획 / 环保组合作计划".encode() * 1000
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    entry = attachments.store_file(app.db, path)
    assert entry == {"name": "plan.pdf", "media_type": "application/pdf", "size": len(data),
                     "sha256": hashlib.sha256(data).hexdigest()}
    again = attachments.store_bytes(app.db, "copy.pdf", data)
    assert again["sha256"] == entry["sha256"]
    with app.db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(m.Blob)) == 1
    assert attachments.read_bytes(app.db, entry["sha256"]) == data


def test_missing_damaged_and_oversized_files_are_refused_with_a_clear_message(app, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match="does not hold the file minutes.docx"):
        attachments.read_bytes(app.db, "0" * 64, "minutes.docx")
    entry = attachments.store_bytes(app.db, "a.txt", b"original")
    with app.db.writing() as uow:
        uow.session.execute(update(m.Blob).where(m.Blob.sha256 == entry["sha256"]).values(data=b"tampered"))
        uow.commit()
    with pytest.raises(SecretariatError, match="damaged"):
        attachments.read_bytes(app.db, entry["sha256"], "a.txt")
    with pytest.raises(SecretariatError, match="Cannot read"):
        attachments.store_file(app.db, tmp_path / "nowhere.pdf")
    monkeypatch.setattr(attachments, "MAX_BYTES", 10)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 11)
    with pytest.raises(SecretariatError, match="at most"):
        attachments.store_file(app.db, big)
