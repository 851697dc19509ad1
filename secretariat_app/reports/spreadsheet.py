"""Spreadsheets (XLSX) made with ``xlsxwriter`` from plain rows: real date cells, a bold frozen header
with an autofilter, columns as wide as what they hold.

Rows are written one by one in xlsxwriter's constant-memory mode, so 50,000 meetings need no more
memory than one row. Every text goes in as text (never as a formula: a title that starts with "=" stays
a title), and widths count a Korean or Chinese character as two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

MAX_WIDTH = 60  # characters; a longer text wraps in the cell when opened
MIN_WIDTH = 6
SHEET_NAME_CHARS = 31  # Excel's limit
FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class SheetColumn:
    header: str
    kind: str = "text"  # text, date, datetime, number


@dataclass
class SheetData:
    name: str
    columns: Sequence[SheetColumn]
    rows: Iterable[Sequence[Any]]  # read once, as the sheet is written
    written: int = field(default=0, init=False)  # rows written (set by write_xlsx)


# Wide characters (Unicode's East Asian Width W and F): Hangul, Han, kana, full-width forms. One regular
# expression counts them in C; asking unicodedata character by character took a fifth of a 50,000-row list.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def display_width(text: str) -> int:
    """How many narrow characters wide a text shows (a Hangul or Han character counts two)."""
    return len(text) + len(_WIDE.findall(text))


def sheet_name(text: str) -> str:
    cleaned = " ".join(text.translate(FORBIDDEN_IN_SHEET_NAMES).split()).strip("'") or "Sheet"
    return cleaned[:SHEET_NAME_CHARS]


def write_xlsx(out: IO[bytes], sheets: Sequence[SheetData], title: str = "", author: str = "") -> int:
    """Write the workbook to ``out`` (an open binary file); returns the number of rows written."""
    import xlsxwriter

    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    book.set_properties({"title": title, "author": author, "comments": "Secretariat"})
    header = book.add_format({"bold": True, "bg_color": "#e8eef3", "bottom": 1, "text_wrap": True,
                              "valign": "top"})
    formats = {"date": book.add_format({"num_format": "yyyy-mm-dd", "align": "left"}),
               "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm", "align": "left"})}
    total = 0
    used: set[str] = set()
    for data in sheets:
        name = sheet_name(data.name)
        n = 2
        while name.lower() in used:  # two sheets of the same name would make an unreadable file
            name = f"{sheet_name(data.name)[:SHEET_NAME_CHARS - 4]} ({n})"
            n += 1
        used.add(name.lower())
        sheet = book.add_worksheet(name)
        widths = [max(MIN_WIDTH, min(MAX_WIDTH, display_width(c.header) + 2)) for c in data.columns]
        for col, column in enumerate(data.columns):
            sheet.write_string(0, col, column.header, header)
        row = 0
        kinds = [c.kind for c in data.columns]
        write_string, write_datetime, write_number = sheet.write_string, sheet.write_datetime, sheet.write_number
        for values in data.rows:
            row += 1
            for col, value in enumerate(values):
                if value is None or value == "":
                    continue
                kind = kinds[col]
                if type(value) is str or kind == "text":
                    text = value if type(value) is str else str(value)
                    write_string(row, col, text)
                    # Measured only when it may be wider than the column so far (a character is 1 or 2 wide).
                    if 2 * len(text) + 2 > widths[col] < MAX_WIDTH:
                        shown = display_width(text.split("\n", 1)[0][:MAX_WIDTH])
                        if shown + 2 > widths[col]:
                            widths[col] = min(MAX_WIDTH, shown + 2)
                elif kind in ("date", "datetime") and isinstance(value, date | datetime):
                    write_datetime(row, col, value, formats[kind])
                    widths[col] = max(widths[col], 18 if kind == "datetime" else 12)
                elif kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
                    write_number(row, col, value)
                    widths[col] = max(widths[col], len(str(value)) + 2)
                else:
                    write_string(row, col, str(value))
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        sheet.freeze_panes(1, 0)
        sheet.set_landscape()  # printed: every column on the page's width, the header on every page
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        if data.columns:
            sheet.autofilter(0, 0, max(row, 1), len(data.columns) - 1)
        data.written = row
        total += row
    book.close()
    return total
