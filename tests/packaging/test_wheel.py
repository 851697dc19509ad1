"""The wheel works anywhere: built from a source archive of this checkout (as a packager does), installed
into a fresh virtual environment in a temporary folder (not editable, nothing of the checkout on the
path), and used there as a clerk does (clerk_session.py).

Installing PySide6 and the rest from a package index into the fresh environment would take a minute and
a network; instead the environment sees the dependencies already installed next to the tests, and only
those: a folder of links to exactly the distributions the wheel's metadata requires (followed through
their own requirements), found as a path entry. pip then resolves the wheel's requirements against them
with no index, so a requirement missing from them fails the install, and a module the app imports
without declaring it fails the clerk's session."""

from __future__ import annotations

import email.parser
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from .clerk_session import Session, play

ROOT = Path(__file__).resolve().parents[2]


def _sources(into: Path) -> Path:
    """The files of the checkout that git knows of (committed or not yet), as a fresh clone has them."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


def _build(tmp: Path) -> Path:
    """sdist from the sources, then the wheel from the unpacked sdist (what `python -m build` does)."""
    checkout = _sources(tmp / "checkout")
    sdists = tmp / "sdist"
    code = f"from setuptools import build_meta; print(build_meta.build_sdist({str(sdists)!r}))"
    sdists.mkdir()
    name = subprocess.run([sys.executable, "-c", code], cwd=checkout, capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[-1]
    with tarfile.open(sdists / name) as archive:
        archive.extractall(tmp / "unpacked", filter="data")
    unpacked = next((tmp / "unpacked").iterdir())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                    str(tmp / "dist"), str(unpacked)], check=True, capture_output=True)
    return next((tmp / "dist").glob("secretariat-*.whl"))


def _requirements(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        text = archive.read(meta).decode("utf-8")
    return [Requirement(line) for line in email.parser.Parser().parsestr(text).get_all("Requires-Dist") or []]


def _link_dependencies(wheel: Path, into: Path) -> list[str]:
    """Links to the installed distributions the wheel needs (no extras), theirs included."""
    into.mkdir()
    todo, seen = _requirements(wheel), {}
    while todo:
        wanted = todo.pop()
        if wanted.marker is not None and not wanted.marker.evaluate({"extra": ""}):
            continue
        key = wanted.name.lower().replace("_", "-")
        if key in seen:
            continue
        dist = seen[key] = metadata.distribution(wanted.name)
        todo += [Requirement(r) for r in dist.requires or []]
    tops = {Path(str(dist.locate_file(f.parts[0]))) for dist in seen.values() for f in dist.files or []
            if f.parts[0] not in ("..", "__pycache__")}
    for top in tops:
        (into / top.name).symlink_to(top)
    return sorted(seen)


def test_the_wheel_installs_and_works_outside_the_checkout(tmp_path):
    wheel = _build(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"secretariat_app/db/env.py", "secretariat_app/resources/demo/seoul-beijing-council.json",
            "secretariat_app/resources/fonts/OFL.txt", "secretariat_app/resources/icons/secretariat-256.png",
            "secretariat_app/resources/translations/secretariat_ko.qm"} <= names

    venv = tmp_path / "clerk venv"
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--without-pip", str(venv)], check=True)
    linked = _link_dependencies(wheel, tmp_path / "dependencies")
    assert "pyside6-essentials" in linked and "pytest" not in linked
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    (purelib / "dependencies.pth").write_text(str(tmp_path / "dependencies") + "\n", encoding="utf-8")
    python = venv / "bin" / "python"
    # Nothing of the checkout on the path: with PYTHONPATH at it, pip would take its egg-info (an editable
    # install's) for the installed package and install nothing.
    outside = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-index", str(wheel)],
                   check=True, capture_output=True, env=outside)

    folder = tmp_path / "clerk"
    folder.mkdir()
    where = subprocess.run([str(python), "-c", "import secretariat_app.shipped as s; print(s.RESOURCES, s.MIGRATIONS, sep=chr(10))"],
                           cwd=folder, capture_output=True, text=True, check=True,
                           env={"PATH": "/usr/bin:/bin"}).stdout.splitlines()
    assert all(Path(p).is_relative_to(purelib / "secretariat_app") for p in where), where  # the installed copy
    session = play(Session([str(venv / "bin" / "secretariat")], folder))
    assert session.launcher == [str(python), "-m", "secretariat_app"]  # the menu starts this installation
