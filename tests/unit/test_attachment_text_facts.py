"""The small facts of attachment text: the reasons' wording in English and for the UI's translator, the
OCR languages an agreement's languages give, the filters, and a file's pages as index entries."""

from __future__ import annotations

from secretariat_app.english import FILE_REASONS, PAGES_READ, file_reason
from secretariat_app.extraction.result import REASONS
from secretariat_app.search import query
from secretariat_app.search.entries import FILE_CHUNK, FileText, entries_of, facets_of, page_of
from secretariat_app.services.extraction import ocr_languages


def test_every_reason_is_worded_in_english_and_for_the_translator():
    from secretariat_app.ui import file_texts

    assert set(FILE_REASONS) == set(REASONS) == set(file_texts.REASONS)
    assert FILE_REASONS == file_texts.REASONS and PAGES_READ == file_texts.PAGES_READ  # the same source texts
    assert file_reason("time_limit", {"read": 9, "pages": 500}) == \
        "stopped at the time limit; the first 9 of 500 pages were read"
    assert file_reason("image_too_large", {"width": 20000, "height": 20000}) == \
        "an image of 20000 × 20000 pixels, too large to read"
    assert file_reason("unsupported") == "a format whose text is not read (?)"


def test_ocr_languages_follow_the_agreements_languages():
    assert ocr_languages([{"ko": "대기질 협력", "zh": "空气质量合作", "en": "Air quality"}]) == ["kor", "chi_sim"]
    assert ocr_languages([{"zh": "空氣品質合作備忘錄"}, {"zh": "監測站設置"}]) == ["chi_tra"]
    assert ocr_languages([{"ko": "대기질"}, None, {"ko": " "}]) == ["kor"]
    assert ocr_languages([{"en": "Air quality"}]) == ["eng"]
    assert ocr_languages([]) == ["kor", "chi_sim"]


def test_the_filters_parse():
    assert query.parse("has:text").tree == query.HasFileText("text")
    assert query.parse("has:ocr").tree == query.parse("has:scans").tree == query.HasFileText("ocr")
    assert query.parse("in:attachment").tree == query.parse("in:files").tree == query.InAttachment()
    assert query.parse("in:title").messages == ["in:title — use in:attachment"]


def test_a_files_pages_become_entries_that_know_their_page():
    doc = {"id": "agr-1", "title": {"en": "MOU"}, "attachments": [
        {"name": "scan.pdf", "sha256": "a" * 64}, {"name": "draft.docx", "sha256": "b" * 64},
        {"name": "new.hwp", "sha256": "c" * 64}]}
    texts = {"a" * 64: FileText("ocr", ("첫 쪽", "", "셋째 쪽 " + "관측소 " * (FILE_CHUNK // 4))),
             "b" * 64: FileText("text", ("한 흐름의 문서",))}
    entries = entries_of("agreement", doc, texts.get)
    paths = [[path for path, _lang, _text in e.texts] for e in entries]
    assert [e.part for e in entries] == ["", "attachment-1", "attachment-1", "attachment-2", "attachment-3"]
    assert paths[1] == ["file", "attachment.1.page.1", "attachment.1.page.3"]  # a blank page gives nothing
    assert paths[2] == ["file", "attachment.1.page.3"]  # a long page goes on in the next entry
    assert paths[3] == ["file", "attachment.2.text"] and paths[4] == ["file"]  # one flow; not read yet
    assert [page_of(p) for p in ("attachment.1.page.3", "attachment.2.text", "file")] == [3, None, None]
    assert {(f.facet, f.value) for f in facets_of("agreement", doc, texts.get) if f.facet == "has"} == {
        ("has", "text"), ("has", "ocr")}
