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


# Each top-level part of the package and its floor: a module may import its own part and any part on a
# lower floor, never one on its own floor or above (cli → ui → bootstrap → app → services → {search,
# exchange, reports} → {storage, domain} → the plain modules). Imports inside functions count too.
FLOORS = {
    "__main__": 10, "cli": 9, "ui": 8, "bootstrap": 7, "app": 6, "services": 5,
    "search": 4, "exchange": 4, "reports": 4, "extraction": 4, "demo": 4, "storage": 3, "domain": 3,
    "settings": 2, "fonts": 2, "launcher": 2, "processes": 2, "errors": 1, "english": 0, "shipped": 0, "collector": 0,
    "__version__": 0,
}


def _imports() -> list[tuple[str, str, str]]:
    """(importing part, imported part, "module -> module") for every import inside the package."""
    import ast

    package = ROOT / "secretariat_app"
    found = []
    for path in package.rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = parts if rel.name == "__init__" else parts[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    targets = [".".join([*base, node.module])] if node.module else \
                        [".".join([*base, a.name]) for a in node.names]
                else:
                    targets = [node.module or ""]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for target in targets:
                names = target.split(".")
                if names[0] == "secretariat_app" and len(names) > 1 and len(parts) > 1:
                    found.append((parts[1], names[1], f"{'.'.join(parts)} -> {target}"))
    return found


def test_imports_point_down_the_layers():
    imports = _imports()
    assert any(a == "app" and b == "services" for a, b, _ in imports)  # the walk sees the package
    unknown = sorted({b for _, b, _ in imports} - FLOORS.keys())
    assert unknown == [], f"give these parts a floor in FLOORS: {unknown}"
    upward = sorted(how for a, b, how in imports if a != b and FLOORS[a] <= FLOORS[b])
    assert upward == [], "imports that run against the layers:\n" + "\n".join(upward)


def test_libraries_on_plain_data_do_not_import_each_other():
    libraries = {"search", "exchange", "reports", "extraction"}
    crossing = sorted(how for a, b, how in _imports() if a in libraries and b in libraries and a != b)
    assert crossing == []


def test_the_ui_and_the_command_line_talk_to_the_facade_only():
    """No database handle above the application layer: reads and writes go through the façade."""
    import re

    named = []
    for folder in ("ui", "cli"):
        for path in (ROOT / "secretariat_app" / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                # any object's .db (app.db, records.db, …) but the command line's --db option (args.db)
                if re.search(r"\b(?!args\b)\w+\.db\b|\bDatabase\(|\bDatabase\b[,)]|storage\.database", line):
                    named.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert named == []
