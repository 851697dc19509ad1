"""Work-arounds for bugs in the Qt bindings, each applied only where it is detected.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True``/``False`` without taking a
reference, so every emit from Python lowers the reference count of the bool it returns. After a few
hundred emits Python aborts ("Fatal Python error: bool_dealloc"). Python 3.12 makes the bools immortal,
and the bindings may be fixed; so the probe below measures the leak and patches ``emit`` only if it is
there. (pyside6-pdf, which the PDF preview needs, only exists for 6.12, so an older PySide6 is no way out.)
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False


class _Probe(QObject):
    connected = Signal()
    unconnected = Signal()


def _emit_leaks(signal: SignalInstance) -> bool:
    result = signal.emit()
    before = sys.getrefcount(result)
    for _ in range(10):
        signal.emit()
    return sys.getrefcount(result) < before


def apply() -> bool:
    """Install the needed fixes (idempotent). Returns True if ``emit`` was patched."""
    global _applied
    if _applied:
        return True
    probe = _Probe()
    probe.connected.connect(lambda: None)
    if not (_emit_leaks(probe.connected) or _emit_leaks(probe.unconnected)):
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> bool:
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))  # the reference emit() forgot to take
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True

