"""Scanned signed copies are read by OCR: a page of the MOU in Korean and one in Chinese, rendered with
the bundled fonts, rasterised at 200 dpi with grain, dust and a slight skew (tests/attachment_files.py),
read by Tesseract in the agreement's languages. OCR must find at least 90 % of the page's distinct
two-character words, and search must find the words and say on which page."""

from __future__ import annotations

import re

from secretariat_app.search import words
from secretariat_app.services import attachments
from tests import attachment_files as files

AGREEMENT = "agr-2015-env-mou"  # Korean, Chinese and English texts: kor+chi_sim
CJK_RUN = re.compile(r"[\uac00-\ud7a3\u3400-\u9fff]+")


def bigrams(text: str) -> set[str]:
    """The distinct two-character words of a text's Korean and Chinese runs (folded as search folds)."""
    return {run[i:i + 2] for run in CJK_RUN.findall(words.fold(text)) for i in range(len(run) - 1)}


def recall(rendered: list[str], read: str) -> float:
    wanted = bigrams("\n".join(rendered))
    return len(wanted & bigrams(read)) / len(wanted)


def test_a_scanned_signed_copy_in_korean_and_chinese(sqlite_demo_app):
    app = sqlite_demo_app
    copy = files.scanned_pdf([files.scan(files.MOU_KO, "ko"), files.scan(files.MOU_ZH, "zh")])
    listed = [attachments.store_bytes(app.db, "signed-copy.pdf", copy)]
    loaded = app.records.get("agreement", AGREEMENT)
    app.records.update("agreement", {**loaded.doc, "attachments": listed}, loaded.version)

    result = app.extraction.read(listed[0]["sha256"])
    assert result is not None and result.state == "ocr" and result.ocr_pages == 2 and result.reason is None
    assert result.languages == "kor+chi_sim"
    korean, chinese = result.pages
    assert recall(files.MOU_KO, korean) >= 0.9, korean
    assert recall(files.MOU_ZH, chinese) >= 0.9, chinese
    assert result.confidence is not None and result.confidence > 70

    state = app.extraction.states([listed[0]["sha256"]])[listed[0]["sha256"]]
    assert (state.state, state.pages, state.ocr_pages) == ("ocr", 2, 2)
    for query, page in (("관측소", 1), ("监测站", 2), ("모니터링 has:ocr", 1)):
        hits = app.search.search(query, 10).results
        assert [(r.kind, r.record.id, r.part, r.page) for r in hits] == \
            [("attachment", AGREEMENT, "attachment-1", page)], query


def test_a_photographed_page_in_chinese_only(sqlite_app):
    """An image file (a photo of the signed page) of an agreement written in Chinese only: chi_sim alone."""
    from tests import factories as f

    app = sqlite_app
    app.records.create("organization", f.organization("org-a"))
    app.records.create("organization", f.organization("org-b", city="beijing"))
    scan = files.png(files.scan(files.MOU_ZH, "zh", seed=11))
    listed = [attachments.store_bytes(app.db, "签字页.png", scan)]
    app.records.create("agreement", f.agreement("agr-zh", title={"zh": "空气质量合作谅解备忘录"}, attachments=listed))
    report = app.extraction.run()
    assert report.by_state == {"ocr": 1} and report.ocr_pages == 1
    assert app.extraction.states([listed[0]["sha256"]])[listed[0]["sha256"]].method == "image"
    with app.db.reading() as uow:
        from secretariat_app.domain import models as m

        row = uow.session.get(m.AttachmentText, listed[0]["sha256"])
        assert row.languages == "chi_sim" and recall(files.MOU_ZH, row.text) >= 0.9, row.text
    assert [r.record.id for r in app.search.search("细颗粒物", 10).results] == ["agr-zh"]


def test_without_tesseract_the_rest_is_read_and_the_scan_later(sqlite_demo_app, tmp_path, monkeypatch):
    """No Tesseract on this computer: the scan gets "no_ocr" and the other files are read; once Tesseract
    is there, the next run reads the scan."""
    app = sqlite_demo_app
    scan = files.png(files.scan(files.MOU_ZH, "zh", seed=5))
    listed = [attachments.store_bytes(app.db, "scan.png", scan),
              attachments.store_bytes(app.db, "draft.docx", files.docx(["녹색교통 시범사업"]))]
    loaded = app.records.get("agreement", AGREEMENT)
    app.records.update("agreement", {**loaded.doc, "attachments": listed}, loaded.version)
    monkeypatch.setenv("PATH", str(tmp_path))  # the child process finds no tesseract program
    report = app.extraction.run()
    assert report.by_state == {"none": 1, "text": 1} and report.reasons == {"no_ocr": 1}
    state = app.extraction.states([listed[0]["sha256"]])[listed[0]["sha256"]]
    assert (state.state, state.reason, state.detail) == ("none", "no_ocr", {"languages": "kor+chi_sim"})
    assert [r.record.id for r in app.search.search("녹색교통", 10).results] == [AGREEMENT]
    monkeypatch.undo()
    assert app.extraction.waiting() == [listed[0]["sha256"]]  # Tesseract is here now: the scan waits again
    assert app.extraction.run().by_state == {"ocr": 1}
    assert [r.part for r in app.search.search("监测站", 10).results] == ["attachment-1"]
