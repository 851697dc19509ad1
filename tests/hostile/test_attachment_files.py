"""Hostile attachments are harmless: a password-protected HWP, DRM-protected files, a damaged DOCX, a zip
bomb named .xlsx, a 500-page scan and an image of 20 000 × 20 000 pixels each end with a clear reason,
within the time and memory limits of the child process that reads them; the database keeps everything
as it was but that reason, and the app (this process) goes on."""

from __future__ import annotations

import resource

import pytest

from secretariat_app.domain import models as m
from secretariat_app.english import file_reason
from secretariat_app.extraction.result import Limits
from secretariat_app.services import attachments
from tests import attachment_files as files
from tests import factories as f

AGREEMENT = "agr-2015-env-mou"


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    return files.huge_png()  # 20 000 × 20 000 pixels, 90 kB


def _attach(app, named: dict[str, bytes]) -> list[dict]:  # type: ignore[no-untyped-def]
    listed = [attachments.store_bytes(app.db, name, data) for name, data in named.items()]
    loaded = app.records.get("agreement", AGREEMENT)
    app.records.update("agreement", {**loaded.doc, "attachments": listed}, loaded.version)
    return listed


def _texts(app) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    with app.db.reading() as uow:
        return {r.sha256: (r.state, r.reason, r.detail or {}, r.text, r.pages) for r in
                uow.session.scalars(__import__("sqlalchemy").select(m.AttachmentText))}


def test_each_hostile_file_ends_with_its_reason(sqlite_demo_app, huge_png):
    app = sqlite_demo_app
    damaged = files.docx(["미세먼지 협정 초안"])
    named = {
        "협정문(암호).hwp": files.protected_hwp(files.MOU_KO, 1 << 1),
        "협정문(DRM).hwp": files.protected_hwp(files.MOU_KO, 1 << 4),
        "draft(IRM).docx": files.office_irm(),
        "draft.docx": damaged[: len(damaged) // 2],
        "budget.xlsx": files.zip_bomb_xlsx(),
        "poster.png": huge_png,
        "contract.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,  # an OLE header, nothing inside
    }
    listed = _attach(app, named)
    before = f.snapshot(app)
    used_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    report = app.extraction.run()

    assert report.files == len(named) and report.by_state == {"none": len(named)}
    got = _texts(app)
    reasons = {name: (got[x["sha256"]][1], {k: v for k, v in got[x["sha256"]][2].items() if k != "error"})
               for name, x in zip(named, listed, strict=True)}
    assert reasons == {
        "협정문(암호).hwp": ("password", {}),
        "협정문(DRM).hwp": ("drm", {}),
        "draft(IRM).docx": ("drm", {}),
        "draft.docx": ("damaged", {}),
        "budget.xlsx": ("zip_bomb", {"megabytes": 320}),
        "poster.png": ("image_too_large", {"width": 20000, "height": 20000}),
        "contract.doc": ("damaged", {}),
    }
    assert all(text == "" and pages == 0 for _s, _r, _d, text, pages in got.values())
    assert f.snapshot(app) == before  # records, history, files: as they were; only the reasons were added
    # This process did not unpack the bomb or decode the poster: its peak memory stayed where it was.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - used_before < 100_000  # kB
    assert report.seconds < 60 * len(named)
    assert file_reason("zip_bomb", {"megabytes": 320}) == \
        "would unpack to 320 MB, far more than a document (refused as a zip bomb)"
    # The files are still there to open; search finds them by name, not by what they could not give.
    assert {r.part for r in app.search.search("budget.xlsx", 10).results} == {"attachment-5"}


def test_a_500_page_scan_is_cut_off_at_the_time_limit(sqlite_demo_app):
    """Reading stops at the time limit (here 6 s, to keep the test short; 50 s in the app): the pages read
    by then are searchable, and the list says how far it got. The child and its Tesseract are gone."""
    app = sqlite_demo_app
    copy = files.scanned_pdf([files.scan(files.MOU_KO, "ko")], pages=500)
    assert len(copy) < 2_000_000  # one picture, 500 pages
    listed = _attach(app, {"scan-500.pdf": copy})
    app.extraction.limits = Limits(seconds=6)
    result = app.extraction.read(listed[0]["sha256"])
    assert result is not None and result.state == "ocr" and result.reason == "time_limit"
    assert 1 <= result.detail["read"] < 500 and result.detail["pages"] == 500
    assert 6 <= result.seconds < 9
    assert file_reason(result.reason, result.detail).startswith("stopped at the time limit; the first ")
    assert [r.part for r in app.search.search("관측소", 10).results] == ["attachment-1"]
    import subprocess

    running = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "secretariat-ocr-" not in running and "secretariat_app.extraction.child" not in running


def test_memory_is_capped(sqlite_demo_app, huge_png):
    """With the pixel guard lifted, decoding the poster needs 400 MB: the child's address-space limit
    ends it (here 300 MB) with "memory_limit", and this process never holds the picture."""
    app = sqlite_demo_app
    listed = _attach(app, {"poster.png": huge_png})
    app.extraction.limits = Limits(memory_mb=300, refuse_pixels=10**9)
    result = app.extraction.read(listed[0]["sha256"])
    assert result is not None and (result.state, result.reason) == ("none", "memory_limit")


def test_the_default_limits_end_every_file_within_a_minute():
    limits = Limits()
    assert limits.seconds + 5 < 60 and limits.memory_mb <= 2048 and limits.pages == 500
