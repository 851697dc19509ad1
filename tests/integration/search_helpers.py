"""Helpers for the search tests: a few records with known texts, and short ways to ask the service."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from secretariat_app import bootstrap
from secretariat_app.search.service import SearchResults, SearchService
from tests import factories as f

TODAY = date(2026, 11, 28)


def search(app: bootstrap.App, query: str, limit: int = 100, lang: str = "en") -> SearchResults:
    return SearchService(app.db, lang).search(query, limit, today=TODAY)


def found(app: bootstrap.App, query: str, limit: int = 100) -> set[str]:
    """The records (or parts' records) a query finds, as "kind:id" of what opens."""
    return {f"{r.record.kind}:{r.record.id}" for r in search(app, query, limit).results}


def hits(app: bootstrap.App, query: str, limit: int = 100) -> list[str]:
    """Results in order as "kind:id" (parts as their own kind and id)."""
    return [f"{r.kind}:{r.id}" for r in search(app, query, limit).results]


def add_corpus(app: bootstrap.App) -> None:
    """Records whose texts exercise each matching rule; one record per thing to find."""
    app.records.create("organization", f.organization("org-a", name={
        "zh": "北京市环境保护局", "ko": "베이징시 환경보호국", "en": "Beijing Municipal Environmental Protection Bureau"}))
    app.records.create("organization", f.organization("org-b", city="beijing", name={
        "ko": "서울특별시 기후환경본부", "en": "Climate and Environment Headquarters"}))
    app.records.create("organization", f.organization("org-c", name={"en": "Seoul Tourism Organization"}))
    app.records.create("person", f.person("person-a", organization="org-a", notes="Contact by E-Mail only."))
    app.records.create("team", f.team("team-a", name={"ko": "환경팀", "zh": "环保组", "en": "Environment Team"},
                                      description={"zh": "研讨两市共同面临的环境问题"}))
    app.records.create("team", f.team("team-b", name={"ko": "문화팀", "en": "Culture Team"}))
    app.records.create("agreement", f.agreement(
        "agr-dust", title={"en": "MOU on Fine Dust Reduction", "ko": "미세먼지 저감 양해각서"},
        summary={"ko": "환경팀은 탄소중립을 위해 협력한다.", "zh": "双方在環境保護领域合作。",
                 "en": "The parties cooperate against fine dust. Contact: e-mail."},
        status="in_force", signed_on="2015-11-04", signed_city="beijing", expires_on="2027-06-30",
        teams=["team-a"]))
    app.records.create("agreement", f.agreement(
        "agr-culture", parties=("org-c", "org-a"), title={"en": "Culture Exchange Agreement"},
        summary={"en": "Exchanges of artists; dust is not mentioned in the title."},
        status="signed", signed_on="2013-04-21", signed_city="seoul", expires_on="2030-01-01", teams=["team-b"]))
    app.records.create("agreement", f.agreement(
        "agr-draft", title={"zh": "上海合作备忘录"}, summary={"en": "A draft from Shanghai; CO2排放 and 100% C++."}))
    app.records.create("meeting", f.meeting(
        "mtg-a", title={"en": "Environment Team meeting", "ko": "환경팀 회의"}, team="team-a", city="seoul",
        starts_at="2016-03-24T14:00:00+09:00",
        agenda=[f.agenda_item(1, title={"en": "Opening"}),
                f.agenda_item(2, title={"en": "Air quality"}, description={"ko": "미세먼지 현황과 저감 정책"})],
        minutes=f.minutes(
            "draft", summary={"en": "Both sides shared data."},
            decisions=[{"text": {"en": "Terms of reference will be drafted."}, "agenda_item": 2}],
            statements=[{"text": {"zh": "北京市把屋顶绿化作为首要任务"}}],
            actions=[f.action("act-1", text={"en": "Draft the terms of reference"}, due_on="2016-06-30"),
                     f.action("act-2", text={"en": "Exchange air data monthly"}, due_on="2027-01-31"),
                     f.action("act-3", text={"en": "Book the venue"}, due_on="2016-01-31", status="done")])))
    app.records.create("visit", f.visit("visit-a", title={"en": "Mayor's visit to Beijing"},
                                         talking_points=[{"en": "We breathe the same air: fine dust."}]))


def doc_of(app: bootstrap.App, kind: str, rid: str) -> dict[str, Any]:
    return app.records.get(kind, rid).doc


@contextmanager
def downgraded(app: bootstrap.App, revision: str) -> Iterator[Any]:
    """The app closed and its database taken back to an older schema; yields the connection (in the
    downgrade's transaction) for a look before it commits."""
    from alembic import command

    from secretariat_app.storage import migrations

    app.close()
    engine = app.db.engine
    cfg = migrations.alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        yield conn
    engine.dispose()
