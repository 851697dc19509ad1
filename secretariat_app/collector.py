"""Python's cycle collector held back while a burst of objects that live on is made.

The collector runs after every few hundred new containers and, now and then, scans every object the
process holds. Making a document creates hundreds of thousands (paragraphs, their fragments, the
tables' cells) that all live until the PDF is written; in a process that also holds the database
layer, the collector would scan them and that layer again and again for nothing, a tenth of a
document's time. Objects freed on the way go at once as always (reference counting); cycles, if any,
wait for the first collection after.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

_lock = threading.Lock()
_holders = 0  # the threads inside paused() now
_restore = False  # whether the first of them found the collector on

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside (threads may nest and overlap: the last one out restores it)."""
    global _holders, _restore
    with _lock:
        if _holders == 0:
            _restore = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _restore:
                gc.enable()


def ending() -> None:
    """For a process that ends once this returns: its last collection, at exit, would look through every
    object once more (a quarter of a second with the database layer loaded) only to find what the
    process's end frees anyway. The objects of now are left out of it (``gc.freeze``); nothing is
    collected at exit that the end of the process would not free."""
    gc.freeze()


def pausing(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run inside :func:`paused`."""
    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return fn(*args, **kwargs)

    return run
