"""A demo database shared by the PDF tests of a module (packs are read-only), and packs built from it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from secretariat_app import bootstrap
from secretariat_app.reports.data import PackOptions
from secretariat_app.reports.document import Rendered
from secretariat_app.reports.pack import build_pack
from secretariat_app.services import briefing
from secretariat_app.settings import Settings, sqlite_url

VISIT = "visit-2015-beijing"
AS_OF = date(2015, 10, 26)  # a week before the demo visit


def open_demo(tmp_path_factory: pytest.TempPathFactory) -> bootstrap.App:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    bootstrap.load_demo(app)
    return app


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bootstrap.App]:
    """The demo data in a SQLite file, once per test module (PDF tests do not depend on the backend).
    Read-only: tests that change records use a database of their own."""
    app = open_demo(tmp_path_factory)
    yield app
    app.close()


PackMaker = Callable[..., Rendered]


@pytest.fixture(scope="module")
def demo_pack(demo_db: bootstrap.App) -> PackMaker:
    """``demo_pack(lang="ko", bilingual=("ko", "zh"), ...)``: the demo visit's pack, built once per options.
    Built with the strict glyph check: a character without a glyph fails the test."""
    cache: dict[tuple[object, ...], Rendered] = {}

    def make(visit: str = VISIT, as_of: date = AS_OF, **options: object) -> Rendered:
        key = (visit, as_of, *sorted(options.items()))
        if key not in cache:
            opts = PackOptions(**{"reproducible": True, "prepared_by": "Lee Seo-yeon", **options})  # type: ignore[arg-type]
            data = briefing.pack_data(demo_db.db, visit, as_of, opts.sections)
            cache[key] = build_pack(data, opts, strict_glyphs=True)
        return cache[key]

    return make
