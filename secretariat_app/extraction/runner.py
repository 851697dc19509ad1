"""Reading a file in a child process that can be stopped: at the time limit it is killed with everything
it started, and the pages it had sent by then are kept (with the reason, "time_limit")."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .result import MAX_CHARS, Extracted, Limits

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding secretariat_app/
SIGNALS_OF_CPU_LIMIT = (signal.SIGXCPU, signal.SIGKILL)


def extract(data: bytes, name: str, languages: list[str], limits: Limits | None = None) -> Extracted:
    """The text of a file's bytes. ``name`` (the attachment's file name) only helps to tell plain text;
    ``languages`` are Tesseract's, for scans. Never raises for what is in the file."""
    limits = limits or Limits()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="secretariat-extract-") as folder:
        path = Path(folder) / "file"
        path.write_bytes(data)
        options = {"name": name, "languages": languages, "limits": limits.to_json(), "parent": os.getpid()}
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(PACKAGE_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
        with open(Path(folder) / "errors.txt", "w+b") as errors:
            child = subprocess.Popen(
                [sys.executable, "-m", "secretariat_app.extraction.child", str(path), json.dumps(options)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors, cwd=folder, env=env,
                start_new_session=True)  # its own process group: a kill takes Tesseract with it
            records, timed_out = _records(child, started + limits.seconds)
            status, usage = _reap(child, timed_out)
            errors.seek(0)
            log = errors.read()[-2000:].decode("utf-8", "replace")
    result = _result(records, timed_out, status, log)
    result.languages = next((r.get("languages") for r in records if r.get("end")), None) if result.ocr_pages else None
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = usage.ru_utime + usage.ru_stime
    return result


def _records(child: subprocess.Popen[bytes], deadline: float) -> tuple[list[dict[str, Any]], bool]:
    """The JSON lines the child wrote until it ended or the deadline came (then True)."""
    assert child.stdout is not None
    fd = child.stdout.fileno()
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    buffer, records = b"", []
    try:
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                return records, True
            if not selector.select(timeout=left):
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return records, False
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                try:
                    records.append(json.loads(line))
                except ValueError:
                    continue  # not ours (a library printing to stdout)
    finally:
        selector.close()
        child.stdout.close()


def _reap(child: subprocess.Popen[bytes], kill: bool) -> tuple[int, Any]:
    """Wait for the child (killing its whole group first if asked); its exit status and resource usage
    (which counts the programs it started and waited for, Tesseract among them)."""
    if not kill:
        for _ in range(100):  # it closed its output: it is ending
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                child.returncode = os.waitstatus_to_exitcode(status)
                return child.returncode, usage
            time.sleep(0.02)
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, usage


def _result(records: list[dict[str, Any]], timed_out: bool, status: int, log: str) -> Extracted:
    pages = [r for r in records if "page" in r]
    end = next((r for r in records if r.get("end")), None)
    total = next((r["total"] for r in records if "total" in r), None)
    ocr_pages = [p for p in pages if p.get("ocr")]
    weighted = [(p["confidence"], p.get("weight") or 1) for p in ocr_pages if p.get("confidence") is not None]
    result = Extracted(
        state="ocr" if ocr_pages else "text", method=(end or {}).get("method", ""),
        pages=[str(p["page"]) for p in pages], ocr_pages=len(ocr_pages),
        confidence=sum(c * w for c, w in weighted) / sum(w for _, w in weighted) if weighted else None)
    if end is not None and end.get("refused"):
        result.reason, result.detail = end["refused"], dict(end.get("detail") or {})
    elif end is not None and end.get("note"):
        result.reason, result.detail = end["note"], dict(end.get("detail") or {})
    elif end is None:  # killed: by us at the time limit, by its CPU limit, or it ran out of memory
        if timed_out or -status in SIGNALS_OF_CPU_LIMIT:
            result.reason = "time_limit"
        elif "MemoryError" in log or "bad_alloc" in log or "Cannot allocate" in log:
            result.reason = "memory_limit"
        else:
            result.reason = "damaged"
        if pages:
            result.detail = {"read": len(pages), **({"pages": total} if total else {})}
    if not "".join(result.pages).strip():
        result.state, result.pages, result.confidence = "none", [], None
        result.reason = result.reason or "empty"
    elif sum(map(len, result.pages)) > MAX_CHARS:
        result.pages = _cut(result.pages)
    return result


def _cut(pages: list[str]) -> list[str]:
    out, left = [], MAX_CHARS
    for page in pages:
        out.append(page[:left])
        left -= len(out[-1])
        if left <= 0:
            break
    return out
