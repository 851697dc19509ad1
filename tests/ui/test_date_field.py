"""Dates are typed as a clerk writes them, in every date field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from secretariat_app.ui import i18n
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.widgets.fields import DateField

from .editor_helpers import open_editor, type_date


@pytest.fixture
def ctx(sqlite_demo_app, qapp):  # type: ignore[no-untyped-def]
    return UiContext(sqlite_demo_app)


def test_a_date_typed_in_each_languages_own_form(qtbot, qapp):  # type: ignore[no-untyped-def]
    try:
        for lang, typed in (("ko", "2014. 7. 24."), ("zh", "2014年7月24日"), ("ko", "2014-07-24"), ("zh", "20140724")):
            i18n.apply_language(qapp, lang)
            field = DateField()
            qtbot.addWidget(field)
            type_date(qtbot, field, typed)
            assert field.value() == "2014-07-24", (lang, typed)
        i18n.apply_language(qapp, "en")
        QLocale.setDefault(QLocale("en_GB"))
        field = DateField()
        qtbot.addWidget(field)
        type_date(qtbot, field, "24/07/2014")
        assert field.value() == "2014-07-24" and field.edit.text() == "24/07/2014"
        type_date(qtbot, field, "today")
        assert field.value() == date.today().isoformat()
    finally:
        i18n.apply_language(qapp, "en")


def test_empty_partial_and_unreadable_dates(qtbot, qapp):  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.set_reference(lambda: "2015-11-04")
    type_date(qtbot, field, "2015-11-30")
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)  # empty is one key away
    assert field.value() is None
    field.calendar_button.menu().aboutToShow.emit()  # the calendar opens at the related date when empty
    assert field.calendar.selectedDate() == QDate(2015, 11, 4)
    type_date(qtbot, field, "next tuesday")
    assert field.value() == "next tuesday"  # kept as typed: the rules say it is not a date


def test_an_unreadable_date_is_said_next_to_its_field(qtbot, ctx):  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "agreement", "agr-2013-council-mou")
    type_date(qtbot, editor.field("expires_on"), "sometime in 2030")
    assert not editor.save_and_wait()
    assert "is not a date" in editor.messages("expires_on")
    type_date(qtbot, editor.field("expires_on"), "2030. 11. 3.")
    assert editor.save_and_wait()
    assert ctx.records.get("agreement", "agr-2013-council-mou").doc["expires_on"] == "2030-11-03"
