"""The desktop bundle's entry point (PyInstaller starts a script, not a package's __main__).

A bundle has no Python to run ``python -m MODULE``: the app's own child processes (the reading of
attached files, secretariat_app/extraction/runner.py) start the bundle's program with ``-m MODULE`` and
are run here as that module; the worker processes that read records for the search index (started by
multiprocessing's "spawn") are run by ``freeze_support``."""

import multiprocessing
import runpy
import sys

multiprocessing.freeze_support()  # in a worker process: runs its work and exits here

if len(sys.argv) > 2 and sys.argv[1] == "-m":
    module = sys.argv[2]
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(0)

from secretariat_app.cli import main  # noqa: E402

raise SystemExit(main())
