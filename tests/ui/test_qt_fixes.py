"""Signals can be emitted for as long as the app runs (a binding bug once aborted Python after a few
hundred emits by freeing ``True``)."""

import sys

from PySide6.QtCore import QObject, Signal

import secretariat_app.ui  # noqa: F401 - installs the fixes, as the app does


class Emitter(QObject):
    plain = Signal()
    with_args = Signal(int, object)
    nobody = Signal()


def test_emitting_does_not_eat_the_bools(qapp):
    e = Emitter()
    e.plain.connect(lambda: None)
    e.with_args.connect(lambda a, b: None)
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(5000):
        e.plain.emit()
        e.with_args.emit(i, "x")
        e.nobody.emit()
    # Other code may take or drop a few references meanwhile; a leak would show thousands.
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(False) - false_before) < 50
