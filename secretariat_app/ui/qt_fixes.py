"""Work-arounds for bugs in the Qt bindings, each applied only where it is detected.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True``/``False`` without taking a
reference, so every emit from Python lowers the reference count of the bool it returns. After a few
hundred emits Python aborts ("Fatal Python error: bool_dealloc"). Python 3.12 makes the bools immortal,
and the bindings may be fixed; so the probe below measures the leak and patches ``emit`` only if it is
there. (pyside6-pdf, which the PDF preview needs, only exists for 6.12, so an older PySide6 is no way out.)

The same bindings return ``None`` from every void method (``setText``, ``setVisible``, …) without taking a
reference either: each call lowers ``None``'s count by one. Filling one editor makes hundreds of such
calls, so a working day ends in "Fatal Python error: none_dealloc". Python 3.12 makes ``None`` immortal;
on 3.11 the probe below measures the leak and, if it is there, gives ``None`` (and the bools) as many
references as an immortal object has, which no session can use up.
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


def _void_calls_leak() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


IMMORTAL = 2**40  # as good as Python 3.12's immortal count: 10^12 leaked calls


def _immortalize(*objects: object) -> None:
    """Raise the reference counts of objects that live as long as the interpreter (None, True, False)
    so far that the bindings' missing references can never bring them to zero."""
    for obj in objects:
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the object's first field
        if count.value < IMMORTAL:
            count.value += IMMORTAL


def apply() -> bool:
    """Install the needed fixes (idempotent). Returns True if ``emit`` was patched."""
    global _applied
    if _applied:
        return True
    if sys.version_info < (3, 12) and _void_calls_leak():
        _immortalize(None, True, False)
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

