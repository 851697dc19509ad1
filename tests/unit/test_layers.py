"""Dependencies point one way: nothing below ui/ imports Qt (so the core, reports, search and exchange
run in the CLI, in tests and on a server without a display)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import secretariat_app

ROOT = Path(__file__).resolve().parents[2]


def _modules_below_ui() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(secretariat_app.__path__, "secretariat_app."):
        if not info.name.startswith("secretariat_app.ui") and info.name != "secretariat_app.__main__":
            names.append(info.name)
    return names


def test_no_qt_outside_ui():
    modules = _modules_below_ui()
    assert "secretariat_app.domain.models" in modules and "secretariat_app.reports.pack" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt imported below ui/: {out.stdout.strip()}"
