"""The app in the desktop's menu (Linux, freedesktop): ``secretariat launcher`` writes a launcher that
starts this very installation (the bundle's program, or this Python with the package), the icon at every
size drawn, and the AppStream entry software centres read, into the user's data folders
(``~/.local/share`` or XDG_DATA_HOME). No root needed; ``--remove`` takes them away again.

The templates are in ``resources/linux/``; a distribution package installs them under /usr/share as they
are (its ``secretariat`` on the PATH)."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from .shipped import RESOURCES

APP_ID = "org.seoulbeijingcouncil.Secretariat"
LINUX = RESOURCES / "linux"
ICONS = RESOURCES / "icons"
_ICON = re.compile(r"secretariat-(\d+)\.png")


def start_command(argv0: str | None = None) -> list[str]:
    """The command that starts this installation of the app: the bundle's program itself, else this
    Python with the package as a module (``…/__main__.py`` as ``sys.argv[0]`` cannot be run as a script)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "secretariat_app"]


def exec_line(command: list[str]) -> str:
    """The desktop entry's Exec value: each argument quoted when it must be, as the specification says."""
    out = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if re.search(r"""[\s"'\\><~|&;$*?#()`]""", arg):
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        out.append(arg)
    return " ".join(out)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(home: Path) -> dict[Path, Path | None]:
    """Where each file goes → the shipped file it comes from (None: the launcher, written with Exec)."""
    out: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "metainfo" / f"{APP_ID}.metainfo.xml": LINUX / f"{APP_ID}.metainfo.xml",
    }
    for png in sorted(ICONS.glob("secretariat-*.png")):
        match = _ICON.fullmatch(png.name)
        if match:
            size = match.group(1)
            out[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png
    out[home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"] = ICONS / "secretariat.svg"
    return out


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the launcher, the icons and the AppStream entry; the files written."""
    home = home or data_home()
    template = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = re.sub(r"(?m)^Exec=.*$", lambda _m: "Exec=" + exec_line(command or start_command()), template)
    written = []
    for target, source in targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(entry, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return written


def remove(home: Path | None = None) -> list[Path]:
    removed = []
    for target in targets(home or data_home()):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed
