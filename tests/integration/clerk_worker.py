"""One clerk in the concurrency test: a separate process editing overlapping records.

    python -m tests.integration.clerk_worker URL CLERK EDITS RECORD_ID [RECORD_ID ...]

Each edit opens a record, appends the clerk's token to its notes and saves with the version it read.
A refused save is retried after reopening. Prints a JSON line: the tokens that were saved, and for every
refusal the version read and the version found (so the test can check that each was a real conflict).
"""

from __future__ import annotations

import json
import random
import sys
import time

from secretariat_app import bootstrap
from secretariat_app.errors import ConflictError
from secretariat_app.settings import Settings


def main() -> None:
    url, clerk, edits, *ids = sys.argv[1:]
    app = bootstrap.open_app(Settings(database_url=url, user=clerk))
    rng = random.Random(clerk)
    saved: list[tuple[str, str]] = []
    conflicts: list[tuple[int, int]] = []
    started = time.perf_counter()
    for n in range(int(edits)):
        record_id = rng.choice(ids)
        token = f"{clerk}-{n}"
        while True:
            loaded = app.records.get("person", record_id)
            doc = dict(loaded.doc)
            doc["notes"] = ((doc.get("notes") or "") + " " + token).strip()
            try:
                app.records.update("person", doc, loaded.version)
                saved.append((record_id, token))
                break
            except ConflictError as exc:
                conflicts.append((loaded.version, exc.version))
    app.close()
    print(json.dumps({"saved": saved, "conflicts": conflicts, "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
