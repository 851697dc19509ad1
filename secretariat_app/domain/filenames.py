"""Attachment file names: plain names that every system can write and no system mistakes for a device,
a path or a program to run."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
# Windows keeps these names for devices, with any extension ("CON.txt" is the console too).
DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})
# Opened by double-click, these run as programs (or scripts, links, launchers) rather than show a document.
RUNNABLE = frozenset({
    "exe", "com", "bat", "cmd", "scr", "pif", "cpl", "msi", "msp", "msc", "jar", "js", "jse", "vbs", "vbe",
    "wsf", "wsh", "ps1", "psm1", "hta", "lnk", "url", "scf", "reg", "inf", "application", "gadget",
    "desktop", "sh", "bash", "run", "bin", "appimage", "command", "app", "pkg", "dmg", "workflow", "py", "pyw",
    "chm", "iso", "img", "vhd", "vhdx", "msix", "msixbundle", "appx", "appxbundle", "xll", "html", "htm", "xhtml",
    "svg", "mht", "mhtml", "settingcontent-ms", "library-ms", "search-ms",
})


def problem(name: str) -> str | None:
    """Why ``name`` is not a plain file name, or None."""
    if not name.strip() or name in (".", ".."):
        return "empty"
    # Refused: what makes a path or hides what is shown. Characters only Windows reserves (: * ? " < > |,
    # a trailing dot) are made plain when a file is added, but names already recorded with them stay valid.
    if "/" in name or "\\" in name or _CONTROL.search(name):
        return "characters"
    if PurePath(name).stem.split(".")[0].lower() in DEVICES:
        return "device"
    if len(name) > 255:
        return "long"
    return None


def plain(name: str) -> str:
    """A file's own name made plain (what a clerk adds is kept under this name)."""
    name = unicodedata.normalize("NFC", name)
    name = _CONTROL.sub("", _FORBIDDEN.sub("_", name)).rstrip(" .").strip() or "file"
    stem = PurePath(name).stem.split(".")[0]
    if stem.lower() in DEVICES:
        name = "_" + name
    if len(name) > 255:
        suffix = PurePath(name).suffix[:20]
        name = name[: 255 - len(suffix)] + suffix
    return name


def runnable(name: str) -> bool:
    """Would the system run it rather than show it? (Any of its extensions: "minutes.pdf.exe".)"""
    return PurePath(name.lower()).suffix.lstrip(".") in RUNNABLE
