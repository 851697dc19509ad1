"""Worker processes that end with the process that started them.

A killed ``reindex`` (or app) left its worker processes running for as long as they had work — 24
minutes on the 20-year archive — holding the database open. Each worker calls :func:`die_with_parent`
first: on Linux the kernel sends it SIGKILL when its parent goes (``PR_SET_PDEATHSIG``); everywhere a
watcher thread notices that its parent is gone and ends it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0


def die_with_parent(parent: int | None = None) -> None:
    """``parent``: the pid of the process that started this one, as it knew itself (if it died before
    this runs, this process was already handed to another parent, which ``os.getppid`` would report)."""
    parent = os.getppid() if parent is None else parent
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watcher below still does it
    if os.getppid() != parent:  # it went before the request took hold
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            if os.getppid() != parent:  # re-parented: the one who started us is gone
                os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
