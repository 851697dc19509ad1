"""The search's statements go to SQLite's driver as written, which binds their named parameters itself; a
list to expand or a value given with the statement it could not bind, so those are refused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import bindparam, text

from secretariat_app.search.driver import _sql


def test_named_parameters_are_left_to_the_driver():
    plain = text("SELECT :a + :b")
    assert _sql(plain) is plain.text
    with sqlite3.connect(":memory:") as conn:
        assert conn.execute(_sql(plain), {"a": 1, "b": 2}).fetchone() == (3,)


def test_what_the_driver_cannot_bind_is_refused():
    with pytest.raises(TypeError):
        _sql(text("SELECT 1 WHERE 2 IN :ids").bindparams(bindparam("ids", expanding=True)))
    with pytest.raises(TypeError):
        _sql(text("SELECT :a").bindparams(a=5))
