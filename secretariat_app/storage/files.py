"""Files written whole or not at all: exports, PDFs, saved attachments, backups, the search history.

Each is written to a hidden temporary file beside its destination and renamed into place. A process
killed half-way cannot remove its temporary file, so each one is noted (a small marker in the data
folder naming the file and the writer's process) until it is renamed or removed; the next start of the
app removes what dead writers left (:func:`sweep_unfinished`).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..settings import data_dir

MARKERS = "unfinished-files"
COMPANIONS = ("", "-journal", "-wal", "-shm")  # a SQLite file and the files it keeps beside it


@contextmanager
def unfinished(tmp: Path | str) -> Iterator[None]:
    """Note ``tmp`` as this process's unfinished file while the block runs."""
    marker: Path | None = data_dir() / MARKERS / f"{os.getpid()}-{uuid.uuid4().hex}"
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        marker.write_text(str(Path(tmp).resolve()), encoding="utf-8")  # type: ignore[union-attr]
    except OSError:
        marker = None  # a read-only data folder: the file is still removed on any exit but a kill
    try:
        yield
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)


def sweep_unfinished() -> list[Path]:
    """Remove the temporary files of writers that were killed; returns what was removed. (Not on
    Windows, where asking whether a process lives is not a harmless signal 0: markers stay there.)"""
    if os.name == "nt":
        return []
    folder = data_dir() / MARKERS
    removed: list[Path] = []
    for marker in folder.glob("*-*") if folder.is_dir() else ():
        pid = marker.name.split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            tmp = Path(marker.read_text(encoding="utf-8"))
            for suffix in COMPANIONS:
                leftover = Path(f"{tmp}{suffix}")
                if leftover.is_file() and leftover.name.startswith("."):  # only our hidden temporary files
                    leftover.unlink()
                    removed.append(leftover)
            marker.unlink(missing_ok=True)
        except OSError:
            continue  # another start is sweeping, or the folder went away: next time
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: alive
    status = Path(f"/proc/{pid}/status")
    try:
        return "\nState:\tZ" not in status.read_text()  # a zombie has ended
    except OSError:
        return True


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A file that appears at ``path`` complete or not at all (temp file, fsync, rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with unfinished(tmp):
            with os.fdopen(fd, "wb") as f:
                yield f
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)  # closed first: Windows renames no open file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
