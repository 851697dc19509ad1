"""The child process that reads one file: ``python -m secretariat_app.extraction.child PATH OPTIONS``.

It limits itself first (address space, CPU time, no core files), so that a zip bomb or a poster-sized
scan ends here and not in the app; programs it starts (Tesseract, the distribution-document reader)
inherit the limits. It writes one JSON line per page read, so the parent keeps the pages read before a
time limit, and a last line saying how it ended.
"""

from __future__ import annotations

import json
import resource
import sys
import traceback
from pathlib import Path
from typing import Any

from .formats import sniff
from .readers import READERS, Job
from .result import MAX_CHARS, Limits, Refused


def _limit(limits: Limits) -> None:
    memory = limits.memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(limits.seconds * 2) + 5  # the wall-clock limit comes first; this catches a stuck loop
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def run(path: Path, options: dict[str, Any]) -> None:
    limits = Limits.from_json(options.get("limits") or {})
    job = Job(options.get("name") or "", list(options.get("languages") or []), limits,
              announce=lambda total: _emit({"total": total}))
    end: dict[str, Any] = {"end": True}
    try:
        reader = READERS[sniff(path, job.name, limits.unpacked_mb)]
        chars = 0
        for page in reader(path, job):
            text = page.text[: max(0, MAX_CHARS - chars)]
            chars += len(text)
            _emit({"page": text, "ocr": page.ocr, "confidence": page.confidence, "weight": page.weight})
            if chars >= MAX_CHARS:
                break
        if job.note:
            end.update(note=job.note[0], detail=job.note[1])
    except Refused as refused:
        end.update(refused=refused.reason, detail=refused.detail)
    except MemoryError:
        end.update(refused="memory_limit")
    except Exception as exc:  # noqa: BLE001 - whatever a reader meets in a damaged file: say so, and why
        traceback.print_exc(file=sys.stderr)
        end.update(refused="damaged", detail={"error": type(exc).__name__})
    end["method"] = job.method
    end["languages"] = "+".join(job.used_languages) or None
    _emit(end)


def main(argv: list[str]) -> int:
    path, options = Path(argv[1]), json.loads(argv[2])
    _limit(Limits.from_json(options.get("limits") or {}))
    from ..processes import die_with_parent

    die_with_parent(options.get("parent"))
    run(path, options)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
