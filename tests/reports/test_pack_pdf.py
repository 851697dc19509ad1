"""The demo visit's briefing pack, opened and read back: text in reading order, outline, contents,
page numbers, embedded fonts, languages, the bilingual layout and reproducible output."""

from __future__ import annotations

import re

import pytest

from secretariat_app.reports.data import SECTIONS

from . import pdftools
from .conftest import PackMaker


def test_cover_names_visit_destination_dates_head_preparer_and_marking(demo_pack: PackMaker) -> None:
    cover = pdftools.pages(demo_pack(lang="en").pdf)[0]
    lines = [line.strip() for line in cover.splitlines() if line.strip()]
    assert lines[:2] == ["Seoul–Beijing Integration Council", "Briefing pack"]
    flowing = " ".join(lines)
    order = ["Official visit of Seoul Mayor Park Won Soon to Beijing", "Destination: Beijing",
             "Dates: 1 Nov 2015 – 5 Nov 2015", "Park Won Soon — Head of delegation",
             "Prepared by: Lee Seo-yeon", "Prepared on: 26 Oct 2015", "For official use"]
    positions = [flowing.find(x) for x in order]
    assert all(p >= 0 for p in positions), list(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_every_page_after_the_cover_has_header_marking_and_n_of_n(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="en").pdf
    pages = pdftools.pages(pdf)
    total = len(pages)
    assert total == pdftools.page_count(pdf) >= 10
    for n, page in enumerate(pages[1:], 2):
        lines = [line for line in page.splitlines() if line.strip()]
        header, footer = lines[0], lines[-1]
        assert header.split()[0] == "Official" and header.rstrip().endswith("For official use"), header
        assert footer.split()[0] == "Seoul–Beijing" and re.search(rf"\b{n} / {total}$", footer.strip()), footer


def test_reading_order_of_the_itinerary(demo_pack: PackMaker) -> None:
    text = pdftools.text(demo_pack(lang="en").pdf, page=4)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[1] == "Itinerary"
    day_lines = [x for x in lines if x.startswith("Day ")]
    assert day_lines == ["Day 1 — Sunday 1 November 2015", "Day 4 — Wednesday 4 November 2015",
                         "Day 5 — Thursday 5 November 2015"]
    # local time, then the home city's time (an hour later), then the event, row by row
    rows = [re.split(r"\s{2,}", x) for x in lines if re.match(r"\d\d:\d\d\s", x)]
    assert [r[:3] for r in rows] == [
        ["18:00", "19:00", "Arrival in Beijing"],
        ["10:00", "11:00", "Meeting with Mayor Wang Anshun"],
        ["10:30", "11:30", "Second General Conference of the Seoul-Beijing Integration Council"],
        ["11:30", "12:30", "Signing of the Environment Team MOU"],
        ["13:20", "14:20", "Seoul-Beijing air quality forum and environmental industry showcase"],
        ["16:00", "17:00", "Lecture at the Central Party School"],
        ["10:00", "11:00", "Departure from Beijing"],
    ]
    assert re.match(r"Beijing time\s+Seoul time\s+Event$", lines[3])
    assert "Meeting: Wang Anshun, Li Ming, Zhang Wei" in lines


def test_outline_has_every_section_and_sub_section_on_the_right_pages(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="en").pdf
    entries = pdftools.outline(pdf)
    top = [e.title for e in entries if e.level == 0]
    assert top == ["Contents", "Visit overview", "Itinerary", "Delegation", "People to be met",
                   "The council and its teams", "Agreements", "Recent meetings and decisions",
                   "Open action items", "Talking points", "Appendix: full text of agreements"]
    subs = [(e.level, e.title) for e in entries if e.level > 0]
    assert (1, "Day 4 — Wednesday 4 November 2015") in subs
    assert (1, "Wang Anshun") in subs and (1, "Environment Team") in subs
    assert (1, "Signed or in force") in subs
    assert (2, "MOU on the Establishment of the Environment Team under the Seoul-Beijing Integration Council") in subs
    pages = pdftools.pages(pdf)
    for e in entries:  # each bookmark points at the page that shows its title
        assert pdftools.squeeze(e.title) in pdftools.squeeze(pages[e.page - 1]), e


def test_contents_lists_sections_with_the_pages_the_bookmarks_go_to(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="en").pdf
    contents = pdftools.pages(pdf)[1]
    assert "Contents" in contents
    listed = {}
    for line in contents.splitlines():
        m = re.match(r"^\s*(.+?)\s{2,}(\d+)$", line)
        if m:
            listed[m.group(1).strip()] = int(m.group(2))
    outline = {e.title: e.page for e in pdftools.outline(pdf) if e.level <= 1 and e.title != "Contents"}
    assert listed == outline
    assert listed["Visit overview"] == 3


def test_fonts_are_embedded_noto_subsets(demo_pack: PackMaker) -> None:
    for lang in ("ko", "zh", "en"):
        found = pdftools.fonts(demo_pack(lang=lang).pdf)
        assert found, lang
        for font in found:
            assert font.embedded and font.subset and font.unicode, font
            assert font.type == "TrueType", font
            assert re.fullmatch(r"[A-Z]{6}\+NotoSans(KR|SC)-(Regular|Bold)", font.name), font
    zh_names = {f.name.split("+")[1] for f in pdftools.fonts(demo_pack(lang="zh").pdf)}
    assert {"NotoSansSC-Regular", "NotoSansSC-Bold"} <= zh_names


def test_korean_pack(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="ko").pdf
    pages = pdftools.pages(pdf)
    assert "박원순 서울시장 베이징 공식 방문" in pages[0]
    assert "업무용 (외부 배포 금지)" in pages[0]
    assert [e.title for e in pdftools.outline(pdf) if e.level == 0][:3] == ["목차", "방문 개요", "일정"]
    itinerary = pdftools.text(pdf, page=4)
    assert "1일차 — 2015년 11월 1일 (일)" in itinerary
    assert re.search(r"베이징 시각\s+서울 시각", itinerary)
    assert "왕안순 베이징시장 면담" in itinerary


def test_chinese_pack(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="zh").pdf
    pages = pdftools.pages(pdf)
    assert "首尔市长朴元淳正式访问北京" in pages[0] and "仅供公务使用" in pages[0]
    assert [e.title for e in pdftools.outline(pdf) if e.level == 0][:3] == ["目录", "访问概况", "日程"]
    assert "第1天 — 2015年11月1日（星期日）" in pdftools.text(pdf, page=4)


def test_chinese_wraps_without_spaces_and_never_starts_a_line_with_a_comma(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="zh").pdf
    appendix = pdftools.pages(pdf, layout=False)[-1]
    assert "关于在北京-首尔混合委员会增设环保组的谅解备忘录" in appendix
    text = pdftools.squeeze(appendix)
    assert "第五条（生效及期限）本备忘录自签署之日起生效，有效期三年。" in text
    for line in appendix.splitlines():
        assert not line.startswith(("，", "。", "、", "；", "：", "）", "》")), line


def test_korean_wraps_at_spaces_only(demo_pack: PackMaker) -> None:
    """No Korean word is broken across lines: every token of the wrapped purpose is a whole word."""
    pdf = demo_pack(lang="ko").pdf
    purpose = ("왕안순 베이징시장 면담, 서울-베이징 통합위원회 제2차 전체회의 참석 및 환경팀 신설 양해각서 서명, "
               "대기질 개선 협력 논의. 방문 기간은 공개 보도를 따랐으며, 기사에 없는 시각·대표단·세부 일정은 예시임.")
    words = set(purpose.split())
    page = pdftools.text(pdf, page=3)
    lines = [re.split(r"\s{2,}", x.strip())[-1] for x in page.splitlines() if x.strip()]
    start = next(i for i, x in enumerate(lines) if x.startswith("왕안순 베이징시장"))
    collected = []
    for line in lines[start:]:
        collected += line.split()
        if "예시임." in line:
            break
    assert len([x for x in lines[start:] if x]) >= 2  # it did wrap
    assert " ".join(collected) == purpose
    assert set(collected) <= words


def test_bilingual_layout_puts_two_languages_side_by_side(demo_pack: PackMaker) -> None:
    pdf = demo_pack(lang="ko", bilingual=("ko", "zh")).pdf
    pages = pdftools.pages(pdf)
    talking = next(p for p in pages if "말씀 자료" in p and "1." in p)
    assert re.search(r"한국어\s+중국어", talking)
    row = next(line for line in talking.splitlines() if "1." in line and "호흡공동체" in line)
    assert row.index("호흡공동체") < row.index("两市是呼吸同一片空气的共同体")
    appendix = pages[-1]
    articles = [line for line in appendix.splitlines() if "제1조" in line]
    assert articles and "第一条" in articles[0]  # the same article on the same line, in both languages
    agreements = next(p for p in pages[2:] if "협정 현황" in p)
    assert re.search(r"한국어\s+중국어", agreements)
    # the cover shows the title in the pair's other language too
    assert "首尔市长朴元淳正式访问北京" in pages[0]


@pytest.mark.parametrize("chosen", [("itinerary", "talking_points"), ("agreements",), ("overview", "appendix")])
def test_only_the_chosen_sections_are_printed(demo_pack: PackMaker, chosen: tuple[str, ...]) -> None:
    titles = {"overview": "Visit overview", "itinerary": "Itinerary", "agreements": "Agreements",
              "talking_points": "Talking points", "appendix": "Appendix: full text of agreements"}
    pdf = demo_pack(lang="en", sections=chosen).pdf
    top = [e.title for e in pdftools.outline(pdf) if e.level == 0]
    assert top == ["Contents", *(titles[s] for s in SECTIONS if s in chosen)]


def test_reproducible_mode_gives_identical_bytes(demo_db, demo_pack: PackMaker) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from secretariat_app.reports.data import PackOptions
    from secretariat_app.reports.pack import build_pack
    from secretariat_app.services import briefing

    options = PackOptions(lang="ko", bilingual=("ko", "zh"), reproducible=True, prepared_by="x")
    first = build_pack(briefing.pack_data(demo_db.db, "visit-2015-beijing", date(2015, 10, 26)), options).pdf
    second = build_pack(briefing.pack_data(demo_db.db, "visit-2015-beijing", date(2015, 10, 26)), options).pdf
    assert first == second
    later = build_pack(briefing.pack_data(demo_db.db, "visit-2015-beijing", date(2015, 10, 27)), options).pdf
    assert later != first  # the date is printed: it is an input, not the clock


def test_demo_pack_has_every_glyph_in_every_language(demo_pack: PackMaker) -> None:
    # built with strict_glyphs: it would have raised; the report is empty as well
    for lang, pair in (("ko", None), ("zh", ("zh", "ko")), ("en", ("ko", "zh"))):
        assert demo_pack(lang=lang, bilingual=pair).missing == ()


@pytest.mark.parametrize("lang", ["ko", "zh", "en"])
def test_every_page_renders_without_complaint(demo_pack: PackMaker, lang: str) -> None:
    assert pdftools.renders_cleanly(demo_pack(lang=lang, bilingual=("ko", "zh")).pdf)


@pytest.mark.parametrize("pair", [None, ("ko", "zh")])
def test_agreements_expiring_soon_are_highlighted(demo_pack: PackMaker, pair: tuple[str, str] | None) -> None:
    from datetime import date

    pdf = demo_pack(lang="en", bilingual=pair, as_of=date(2018, 9, 1), sections=("agreements",)).pdf
    entries = [(e.level, e.title) for e in pdftools.outline(pdf)]
    assert entries[1:] == [(0, "Agreements"), (1, "Expiring soon"),
                           (2, "MOU on the Establishment of the Environment Team under the Seoul-Beijing "
                               "Integration Council"),
                           (1, "Signed or in force"),
                           (2, "MOU on Strengthening Friendship and Establishing the Seoul-Beijing Integration "
                               "Council")]
    assert b"1 .945098 .760784 rg" in pdftools.uncompressed(pdf)  # the highlight colour fills a background
    assert b"1 .945098 .760784 rg" not in pdftools.uncompressed(demo_pack(lang="en", sections=("agreements",)).pdf)


def test_agreements_past_their_expiry_date_are_counted_not_listed(demo_pack: PackMaker) -> None:
    from datetime import date

    pdf = demo_pack(lang="en", as_of=date(2019, 1, 1), sections=("agreements",)).pdf
    titles = [e.title for e in pdftools.outline(pdf)]
    assert "MOU on the Establishment of the Environment Team under the Seoul-Beijing Integration Council" not in titles
    assert "Not listed: 1 recorded as in force but past their expiry date" in " ".join(pdftools.text(pdf).split())


def test_each_agreement_in_the_pack_has_its_timeline_and_renewal_terms(demo_pack: PackMaker) -> None:
    for lang, words in (("en", ("Date Event Effect Decided at · note", "Entered into force in force, until 3 Nov 2018",
                                "90 days · last day to give notice 5 Aug 2018", "Kang Do-hyun (Seoul)")),
                        ("ko", ("일자 사항 효과 결정 회의 · 비고", "발효 발효 중, 2018. 11. 3.까지", "강도현 (서울)"))):
        text = " ".join(" ".join(line.split()) for line in pdftools.text(demo_pack(lang=lang).pdf).splitlines())
        for expected in words:
            assert expected in text, (lang, expected)
