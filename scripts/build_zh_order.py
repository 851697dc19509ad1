"""Build resources/collation/zh-han-order.txt: the Han characters (U+4E00–U+9FFF) in the order a
Chinese reader sorts them (pinyin, as ICU's zh collation does), one line.

The core sorts Chinese names with it (domain/collation.py) without Qt or ICU at run time; lists sorted by
the database use the key it gives. Rebuild only when the range or the collation should change:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_zh_order.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QLocale

OUT = Path(__file__).resolve().parent.parent / "resources" / "collation" / "zh-han-order.txt"


def main() -> None:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    chars = sorted((chr(c) for c in range(0x4E00, 0xA000)), key=collator.sortKey)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(chars) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters → {OUT}")


if __name__ == "__main__":
    main()
