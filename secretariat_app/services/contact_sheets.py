"""Contact sheets as they arrive: a spreadsheet (.xlsx) or a CSV file in UTF-8, or in the CP949 (Korean)
or GB18030 (Chinese) encodings offices still send, read into a header and rows of text.

Nothing of the file is trusted: its size, its number of rows and columns are bounded before anything is
kept; a formula is refused (its value would be whatever the sending office's Excel computed, or nothing);
merged header cells ("Name" over "Korean | Chinese | English") become one header per column. Which column
holds what is a *mapping* the clerk confirms; :func:`guess_mapping` proposes one from the headers, in
Korean, Chinese or English.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SecretariatError

MAX_BYTES = 20 * 2**20
MAX_ROWS = 20_000
MAX_COLUMNS = 100

# What a column can hold. A language map's languages are fields of their own.
FIELDS: tuple[str, ...] = (
    "person.name.ko", "person.name.zh", "person.name.en",
    "person.position.ko", "person.position.zh", "person.position.en",
    "person.email", "person.phone", "person.notes", "person.id",
    "organization.name.ko", "organization.name.zh", "organization.name.en", "organization.city",
)
IGNORE = ""  # a column mapped to nothing


class SheetError(SecretariatError):
    """A file that cannot be read as a contact sheet (not a spreadsheet, too large, an unknown encoding)."""


@dataclass(frozen=True)
class Cell:
    text: str
    formula: bool = False


@dataclass(frozen=True)
class ContactTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (the row's number in the file, its cells)
    encoding: str = ""  # a CSV file's encoding, as read

    @property
    def layout(self) -> str:
        """A key of the file's layout (its headers), under which the clerk's mapping is remembered."""
        return hashlib.sha256("\x1f".join(_norm(h) for h in self.headers).encode()).hexdigest()[:16]


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


# --- reading ------------------------------------------------------------------------------------------


def read_table(path: Path, encoding: str | None = None) -> ContactTable:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SheetError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if size > MAX_BYTES:
        raise SheetError(f"{path}: {size / 2**20:.1f} MiB is more than a contact sheet ({MAX_BYTES // 2**20} MiB at most)")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path.read_bytes(), str(path), encoding)
    raise SheetError(f"{path}: read a contact sheet from an .xlsx or .csv file")


def decode(raw: bytes, where: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), else CP949 or GB18030, whichever reads it as
    what it is (Hangul for Korean; CP949 turns Chinese into Hanja or cannot read it at all)."""
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise SheetError(f"{where}: not readable as {encoding} ({exc})") from exc
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    korean = _try(raw, "cp949")
    if korean is not None:
        han = sum(1 for ch in korean if "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
        hangul = sum(1 for ch in korean if "\uac00" <= ch <= "\ud7a3")
        if hangul and hangul >= 9 * han:
            return korean, "cp949"
    chinese = _try(raw, "gb18030")
    if chinese is not None:
        return chinese, "gb18030"
    if korean is not None:
        return korean, "cp949"
    raise SheetError(f"{where}: not text in UTF-8, CP949 or GB18030; save it as UTF-8 CSV or as .xlsx")


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _read_csv(raw: bytes, where: str, encoding: str | None) -> ContactTable:
    text, used = decode(raw, where, encoding)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    headers: tuple[str, ...] = ()
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for n, values in enumerate(reader, 1):
            if n > MAX_ROWS + 1:
                raise SheetError(f"{where}: more than {MAX_ROWS:,} rows; split the sheet")
            if len(values) > MAX_COLUMNS:
                raise SheetError(f"{where}: row {n} has {len(values)} columns; {MAX_COLUMNS} at most")
            if not headers:
                if any(v.strip() for v in values):
                    headers = tuple(v.strip() for v in values)
                continue
            # A CSV file holds no formulas: a cell that starts with "=" is text someone typed.
            rows.append((n, tuple(Cell(v.strip()) for v in values)))
    except csv.Error as exc:
        raise SheetError(f"{where}: not a readable CSV file ({exc})") from exc
    return ContactTable(headers, tuple(r for r in rows if any(c.text for c in r[1])), used)


def _read_xlsx(path: Path) -> ContactTable:
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SheetError(f"{path}: not a readable .xlsx file ({exc})") from exc
    sheet = book.worksheets[0]
    if sheet.max_row > MAX_ROWS + 2:
        raise SheetError(f"{path}: more than {MAX_ROWS:,} rows; split the sheet")
    if sheet.max_column > MAX_COLUMNS:
        raise SheetError(f"{path}: {sheet.max_column} columns; {MAX_COLUMNS} at most")
    grid: dict[tuple[int, int], Cell] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            formula = cell.data_type == "f"
            value = cell.value
            text = value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)
            grid[(cell.row, cell.column)] = Cell(text.strip(), formula)
    # A merged cell holds its value in its first cell: every cell it covers shows it.
    header_rows = 1
    for merged in sheet.merged_cells.ranges:
        first = grid.get((merged.min_row, merged.min_col))
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if first is not None:
                    grid[(r, c)] = first
        if merged.min_row == _first_row(grid) and merged.max_col > merged.min_col:
            header_rows = 2  # "Name" across three columns, the languages under it
    top = _first_row(grid)
    if top is None:
        return ContactTable((), ())
    width = max(c for _, c in grid)
    headers = []
    for c in range(1, width + 1):
        parts = [grid[(r, c)].text for r in range(top, top + header_rows) if (r, c) in grid]
        headers.append(" ".join(dict.fromkeys(p for p in parts if p)))
    rows = []
    for r in range(top + header_rows, (max(r for r, _ in grid) if grid else 0) + 1):
        cells = tuple(grid.get((r, c), Cell("")) for c in range(1, width + 1))
        if any(c.text for c in cells):
            rows.append((r, cells))
    return ContactTable(tuple(headers), tuple(rows))


def _first_row(grid: Mapping[tuple[int, int], Cell]) -> int | None:
    return min((r for r, _ in grid), default=None)


# --- which column holds what --------------------------------------------------------------------------

_WHAT = {
    "person.name": ("name", "fullname", "이름", "성명", "姓名", "名字", "名称"),
    "person.position": ("position", "title", "jobtitle", "직위", "직책", "직함", "职务", "职位", "职称"),
    "person.email": ("email", "e-mail", "mail", "이메일", "전자우편", "메일", "电子邮箱", "邮箱", "电子邮件"),
    "person.phone": ("phone", "telephone", "tel", "mobile", "전화", "전화번호", "연락처", "휴대전화", "电话", "手机", "联系电话"),
    "person.notes": ("notes", "note", "remarks", "비고", "메모", "备注"),
    "person.id": ("id", "secretariatid", "시스템id", "系统编号"),
    "organization.name": ("organization", "organisation", "org", "institution", "agency", "소속", "기관", "기관명",
                          "단체", "单位", "机构", "组织", "所属单位"),
    "organization.city": ("city", "organizationcity", "소속도시", "도시", "城市", "单位所在城市"),
}
_LANGUAGES = {
    "ko": ("ko", "korean", "한국어", "국문", "한글", "韩文", "韩语", "韩国语"),
    "zh": ("zh", "chinese", "중국어", "중문", "中文", "汉语", "漢字", "한자"),
    "en": ("en", "english", "영어", "영문", "英文", "英语"),
}
_DEFAULT_LANGUAGE = {"이름": "ko", "성명": "ko", "직위": "ko", "직책": "ko", "소속": "ko", "기관": "ko",
                     "姓名": "zh", "名字": "zh", "职务": "zh", "单位": "zh", "机构": "zh"}


def _distinct(alias: str) -> bool:
    """Long enough to be found inside a header: "ko" or "id" could be part of another word; 中文 cannot."""
    return len(alias) > 2 or not alias.isascii()


def _language_in(words: str) -> tuple[str | None, str]:
    """The language a normalized header names ("성명한국어" → ko) and the header without it."""
    found = [(len(_norm(alias)), code, _norm(alias)) for code, aliases in _LANGUAGES.items() for alias in aliases
             if (_distinct(_norm(alias)) and _norm(alias) in words)
             or (not _distinct(_norm(alias)) and words.endswith(alias) and len(words) > len(alias))]
    if not found:
        return None, words
    _, code, alias = max(found)
    at = words.rfind(alias)
    return code, words[:at] + words[at + len(alias):]


def guess_field(header: str) -> str:
    """The field a header names ("성명 (한국어)" → person.name.ko, "E-mail" → person.email), or ""."""
    words = _norm(header)
    if not words:
        return IGNORE
    lang, stem = _language_in(words)
    found = next((f for f, names in _WHAT.items() if stem in {_norm(n) for n in names} or
                  words in {_norm(n) for n in names}), None) or next(
        (f for f, names in _WHAT.items() if _made_of(stem, names)), None)  # "이름 Name": one word, two languages
    if found is None:
        return IGNORE
    if found.endswith(("name", "position")):
        default = next((v for k, v in _DEFAULT_LANGUAGE.items() if _norm(k) in stem), "en")
        return f"{found}.{lang or default}"
    return found


def _made_of(stem: str, names: Sequence[str]) -> bool:
    rest = stem
    for alias in sorted({_norm(n) for n in names}, key=len, reverse=True):
        if _distinct(alias):
            rest = rest.replace(alias, "")
    return bool(stem) and rest == ""


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Header → field for each column whose header says what it holds (each field once, first wins)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field and field not in taken and header not in out:
            out[header] = field
            taken.add(field)
    return out


def check_mapping(mapping: Mapping[str, Any], headers: Sequence[str]) -> dict[str, str]:
    """A mapping as given (the command line's JSON, a remembered one): known headers and fields only."""
    if not isinstance(mapping, Mapping):
        raise SheetError("The mapping must be a JSON object of column header → field")
    out: dict[str, str] = {}
    for header, field in mapping.items():
        if header not in headers:
            raise SheetError(f"The mapping names a column {header!r} the sheet does not have; its columns: "
                             f"{', '.join(repr(h) for h in headers)}")
        if field not in (*FIELDS, IGNORE):
            raise SheetError(f"The mapping maps {header!r} to {field!r}; the fields are: {', '.join(FIELDS)}")
        if field and field in out.values():
            raise SheetError(f"Two columns are mapped to {field!r}")
        if field:
            out[str(header)] = str(field)
    return out
