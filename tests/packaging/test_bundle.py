"""The desktop bundle (scripts/build-bundle builds it, then runs this test on it): its own Python, Qt, fonts,
migrations and demo data, used as a clerk does (clerk_session.py), from a folder outside the checkout and
with nothing of the build environment on its path. SECRETARIAT_BUNDLE names the bundle's folder; without
it, this test is skipped (the build takes minutes: CI runs it as a step of its own)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from .clerk_session import Session, play

BUNDLE = os.environ.get("SECRETARIAT_BUNDLE", "")


@pytest.mark.skipif(not BUNDLE, reason="no SECRETARIAT_BUNDLE: scripts/build-bundle builds the bundle and tests it")
def test_the_bundle_works_as_a_clerk_uses_it(tmp_path):
    program = Path(BUNDLE) / ("secretariat-cli.exe" if sys.platform == "win32" else "secretariat")
    assert program.is_file(), f"{program} is missing: was the bundle built?"
    folder = tmp_path / "clerk"
    folder.mkdir()
    session = play(Session([str(program)], folder))
    assert session.launcher == [str(program)]  # the menu starts the bundle's own program
    report = Path(os.environ.get("SECRETARIAT_BUNDLE_REPORT") or tmp_path / "timings.txt")
    report.write_text("".join(f"{step}\t{wall:.2f}\t{cpu:.2f}\n" for step, (wall, cpu) in session.timings.items()),
                      encoding="utf-8")
