"""One build step beyond pyproject.toml: ``resources/`` and ``db/`` stay at the repository's top, and a
built package carries them inside, as ``secretariat_app/resources`` and ``secretariat_app/db``, where an
installed app looks for them (``secretariat_app/shipped.py``)."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("resources", "db")
ROOT = Path(__file__).resolve().parent


class BuildWithShippedFiles(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install runs from the checkout, which has them at the top
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "secretariat_app" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.py[co]"))


setup(cmdclass={"build_py": BuildWithShippedFiles})
