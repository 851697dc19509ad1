"""The progress report since a general conference, read back from the PDF (pdftotext, pypdf's outline)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from secretariat_app import bootstrap
from secretariat_app.app import printing as jobs
from secretariat_app.errors import SecretariatError
from secretariat_app.reports.data import ProgressOptions

from . import pdftools

AS_OF = date(2026, 12, 7)


def _report(app: bootstrap.App, lang: str = "en", since: str = "2", pair: tuple[str, str] | None = None) -> bytes:
    rendered = jobs.make_progress(app.db, since, ProgressOptions(lang=lang, bilingual=pair, reproducible=True), AS_OF)
    assert rendered.missing == ()
    assert pdftools.renders_cleanly(rendered.pdf)
    return rendered.pdf


def _row(text: str, action: str) -> str:
    return next(line for line in text.splitlines() if action in line)


def test_conference_2s_open_actions_are_late_with_their_owners_in_both_cities(demo_db: bootstrap.App) -> None:
    pdf = _report(demo_db)
    text = pdftools.text(pdf)
    assert "Commitments since the 2nd general conference" in text
    assert re.search(r"Period\s+4 Nov 2015 – 7 Dec 2026", text)
    for action, seoul, beijing in (("Draft a proposal for a joint start-up", "Yoon Ji-hoon", "Wang Fang"),
                                   ("Draw up a joint tourism promotion plan", "Choi Yu-jin", "Liu Yang")):
        row = _row(text, action)
        assert re.search(rf"{seoul}\s+{beijing}\s+30 Jun 2016\s+late$", row), row
    # The overview counts per team and per agreement: committed, done, late, open, dropped.
    assert re.search(r"Economy Team\s+1\s+0\s+1\s+0\s+0", text)
    assert re.search(r"Environment Team\s+4\s+2\s+2\s+0\s+0", text)
    assert re.search(r"All\s+7\s+2\s+5\s+0\s+0", text)
    # The history: raised, reviewed (with the note), closed.
    flat = " ".join(pdftools.text(pdf, layout=False).split())
    assert "Reviewed at 24 Mar 2016 First Meeting of the Environment Team (done): Both sides designated" in flat
    assert "Closed at 4 Nov 2015 Second General Conference" in flat
    titles = [e.title for e in pdftools.outline(pdf)]
    assert titles[:3] == ["Commitments since the 2nd general conference", "Overview", "By team"]
    assert "By agreement" in titles and "The council as a whole" in titles


@pytest.mark.parametrize(("lang", "heading", "late", "names"), [
    ("ko", "제2차 전체회의 이후 결정 사항의 이행", "기한 경과", ("윤지훈", "왕팡")),
    ("zh", "第2次全体会议以来决定事项的落实", "已逾期", ("尹志勋", "王芳")),
])
def test_in_korean_and_chinese(demo_db: bootstrap.App, lang: str, heading: str, late: str,
                               names: tuple[str, str]) -> None:
    text = pdftools.squeeze(pdftools.text(_report(demo_db, lang), layout=False))
    assert pdftools.squeeze(heading) in text and pdftools.squeeze(late) in text
    assert all(n in text for n in names), names


def test_two_languages_side_by_side(demo_db: bootstrap.App) -> None:
    text = pdftools.text(_report(demo_db, "en", pair=("ko", "zh")))
    assert re.search(r"Korean\s+Chinese\s+Owner in\s+Owner in\s+Due\s+Status", text)  # "Seoul" wraps
    row = _row(text, "양 도시 공동 창업 지원")
    assert re.search(r"编写两市联合创业扶持项目\s+Yoon Ji-hoon\s+Wang Fang\s+30 Jun 2016\s+late$", row), row


def test_since_conference_1_and_a_refusal(demo_db: bootstrap.App) -> None:
    text = pdftools.text(_report(demo_db, since="mtg-gc-1"))
    assert "Commitments since the 1st general conference" in text
    assert re.search(r"All\s+9\s+4\s+5\s+0\s+0", text)
    with pytest.raises(SecretariatError, match="two different languages"):
        jobs.make_progress(demo_db.db, "2", ProgressOptions(bilingual=("ko", "ko")), AS_OF)
