"""Build resources/search/t2s.txt, the Traditional → Simplified character table search folds with.

Source: OpenCC's dictionaries (Apache-2.0) as shipped in the ``opencc-python-reimplemented`` wheel:
TSCharacters (Traditional → Simplified; the first candidate when there are several) after the
Taiwan and Hong Kong variant tables (TWVariantsRev, HKVariantsRev: regional variant → OpenCC's
standard Traditional form). Only single characters: search folds both the index and the query with
the same table, so a character-level map finds 環境 in 环境 and the reverse; phrase-level conversion
(which picks between meanings) is not needed for that.

    pip download --no-deps opencc-python-reimplemented==0.1.7 -d /tmp/w
    python scripts/build_t2s_table.py /tmp/w/opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "search" / "t2s.txt"
DICT = "opencc/dictionary/"


def _table(wheel: zipfile.ZipFile, name: str) -> dict[str, str]:
    out = {}
    for line in wheel.read(DICT + name).decode("utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values:
            out[key] = values.split(" ")[0]
    return out


def build(wheel_path: Path) -> dict[str, str]:
    with zipfile.ZipFile(wheel_path) as wheel:
        ts = _table(wheel, "TSCharacters.txt")
        variants = {**_table(wheel, "HKVariantsRev.txt"), **_table(wheel, "TWVariantsRev.txt")}
    result = {}
    for char in sorted(set(ts) | set(variants)):
        folded = char
        for _ in range(4):  # to a fixed point: variant → standard Traditional → Simplified
            step = ts.get(variants.get(folded, folded), variants.get(folded, folded))
            if step == folded or len(step) != 1:
                break
            folded = step
        if folded != char:
            result[char] = folded
    # Folding must be idempotent, or a query folded once would miss text folded the same way.
    assert all(result.get(s, s) == s for s in result.values()), "table is not idempotent"
    return result


def main(argv: list[str]) -> int:
    table = build(Path(argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = ("# Traditional (and Taiwan/Hong Kong variant) → Simplified Chinese characters, one pair a line.\n"
              "# Derived from OpenCC's dictionaries (Apache License 2.0, see OPENCC-LICENSE.txt) by\n"
              "# scripts/build_t2s_table.py. Changing this file changes the search index: reindex.\n")
    OUT.write_text(header + "".join(f"{t}\t{s}\n" for t, s in sorted(table.items())), encoding="utf-8")
    print(f"{len(table)} characters → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
