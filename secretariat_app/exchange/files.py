"""Reading and writing exchange files: a plain ``.json`` document or a ``.zip`` bundle with attachments.

Bundles come from outside, so every member is distrusted: hostile names, links, oversized or
over-compressed members and bytes that do not match their hash are refused before anything is used.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import ExchangeError
from ..storage.files import atomic_output

FORMAT = "secretariat-exchange"
VERSION = 1
DATA_MEMBER = "data.json"
ATTACHMENT_RE = re.compile(r"attachments/([0-9a-f]{64})")
MAX_MEMBER_BYTES = 512 * 2**20
MAX_DATA_BYTES = 2 * 2**30
MAX_RATIO = 200
MAX_FILES_BYTES = 2 * 2**30  # all attachment members together, unpacked (they are held in memory)
CHUNK = 1 << 20


@dataclass
class Bundle:
    document: dict[str, Any]
    blobs: dict[str, bytes] = field(default_factory=dict)  # sha256 → bytes
    is_zip: bool = False  # a bundle must carry its attachments' bytes; a .json carries none


def read(path: Path) -> Bundle:
    path = Path(path)
    if not path.exists():
        raise ExchangeError(f"{path}: no such file")
    if zipfile.is_zipfile(path):
        return _read_zip(path)
    if path.suffix.lower() == ".zip":  # e.g. cut short in transfer; reading it as JSON would only confuse
        raise ExchangeError(f"{path}: not a complete zip file (damaged or cut short?)")
    try:
        with open(path, "rb") as f:
            return Bundle(_parse(f.read(), str(path)))
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read: {exc.strerror}") from exc


MAX_INT_DIGITS = 18  # sizes, positions and minutes; longer numbers are nobody's record


class _Refused(ValueError):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"refused: a number of {len(text)} digits ({text[:12]}…); numbers have at most "
                       f"{MAX_INT_DIGITS} digits")
    return int(text)


def _no_constant(name: str) -> Any:
    raise _Refused(f"refused: {name} is not a number JSON knows")


def _parse(raw: bytes, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(raw.decode("utf-8"), parse_int=_bounded_int, parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{where}: not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ExchangeError(f"{where}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except _Refused as exc:
        raise ExchangeError(f"{where}: {exc}") from None
    except RecursionError:  # the parser's own guard against deep nesting (a document nests 6 deep)
        raise ExchangeError(f"{where}: refused: nested too deep to be an exchange document") from None
    check_header(doc, where)
    return doc


def check_header(doc: Any, where: str) -> None:
    if not isinstance(doc, dict):
        raise ExchangeError(f"{where}: not an exchange document (the top level must be an object)")
    if doc.get("format") != FORMAT:
        raise ExchangeError(f"{where}: not a Secretariat exchange document (format is {doc.get('format')!r}, "
                            f"expected {FORMAT!r})")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError(f"{where}: version {version!r} is not a format version")
    if version > VERSION:
        raise ExchangeError(f"{where}: made by a newer Secretariat (format version {version}; this version "
                            f"reads up to {VERSION}). Update Secretariat to import it.")


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "is an absolute path"
    if "\\" in name or ".." in name.split("/"):
        return "climbs out of the bundle (.. or \\ in its name)"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "is a link"
    if info.file_size > (MAX_DATA_BYTES if name == DATA_MEMBER else MAX_MEMBER_BYTES):
        return f"is too large ({info.file_size} bytes)"
    if info.compress_size and info.file_size > CHUNK and info.file_size / info.compress_size > MAX_RATIO:
        return f"is compressed {info.file_size // info.compress_size}:1 (a zip bomb?)"
    if name != DATA_MEMBER and not ATTACHMENT_RE.fullmatch(name) and not name.endswith("/"):
        return "is not data.json or attachments/<sha256>"
    return None


def listed_files(document: Any) -> set[str]:
    """The SHA-256 of every attachment the document's agreements list."""
    found: set[str] = set()
    agreements = document.get("agreements") if isinstance(document, dict) else None
    for agreement in agreements if isinstance(agreements, list) else []:
        items = agreement.get("attachments") if isinstance(agreement, dict) else None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("sha256"), str):
                found.add(item["sha256"])
    return found


def _check_totals(infos: list[zipfile.ZipInfo], where: str) -> None:
    """Limits over all members together (each member is also checked alone): many members, each under
    its limit, must not add up to gigabytes or to a bomb."""
    files = [i for i in infos if i.filename != DATA_MEMBER]
    unpacked = sum(i.file_size for i in files)
    if unpacked > MAX_FILES_BYTES:
        raise ExchangeError(f"{where}: refused: its files add up to {unpacked / 2**20:,.0f} MiB unpacked; a bundle "
                            f"carries at most {MAX_FILES_BYTES // 2**20:,} MiB (export in parts)")
    packed = sum(i.compress_size for i in infos)
    total = sum(i.file_size for i in infos)
    if total > CHUNK and packed and total / packed > MAX_RATIO:
        raise ExchangeError(f"{where}: refused: compressed {total // packed}:1 over all its members (a zip bomb?)")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    """Read a member without trusting its declared size."""
    limit = MAX_DATA_BYTES if info.filename == DATA_MEMBER else MAX_MEMBER_BYTES
    parts, total = [], 0
    with zf.open(info) as f:
        while chunk := f.read(CHUNK):
            total += len(chunk)
            if total > limit or total > info.file_size:
                raise ExchangeError(f"{where}: {info.filename} is larger than it claims")
            parts.append(chunk)
    return b"".join(parts)


def _read_zip(path: Path) -> Bundle:
    where = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            dupes = {n for n in names if names.count(n) > 1}
            if dupes:
                raise ExchangeError(f"{where}: refused: the member {sorted(dupes)[0]} appears twice")
            for info in infos:
                problem = _member_problem(info)
                if problem:
                    raise ExchangeError(f"{where}: refused: the member {info.filename!r} {problem}")
            if DATA_MEMBER not in names:
                raise ExchangeError(f"{where}: not a Secretariat bundle (no {DATA_MEMBER})")
            _check_totals(infos, where)
            document = _parse(_read_member(zf, zf.getinfo(DATA_MEMBER), where), f"{where}:{DATA_MEMBER}")
            listed = listed_files(document)
            blobs: dict[str, bytes] = {}
            for info in infos:
                match = ATTACHMENT_RE.fullmatch(info.filename)
                if not match:
                    continue
                if match.group(1) not in listed:  # bytes nobody could ever see, purge or export again
                    raise ExchangeError(f"{where}: refused: the member {info.filename} is not the file of any "
                                        f"attachment in {DATA_MEMBER}")
                data = _read_member(zf, info, where)
                if hashlib.sha256(data).hexdigest() != match.group(1):
                    raise ExchangeError(f"{where}: refused: {info.filename} does not match its SHA-256")
                blobs[match.group(1)] = data
            return Bundle(document, blobs, is_zip=True)
    except zipfile.BadZipFile as exc:
        raise ExchangeError(f"{where}: damaged zip file: {exc}") from exc
    except OSError as exc:
        raise ExchangeError(f"{where}: cannot read: {exc}") from exc


def dumps(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _dump_to(out: IO[bytes], document: dict[str, Any]) -> None:
    """Write exactly what :func:`dumps` gives, one record at a time: a collection may be an iterator,
    so an export of 100 000 records never holds them all (nor their text) in memory."""
    out.write(b"{")
    for n, (key, value) in enumerate(document.items()):
        out.write(b"," if n else b"")
        out.write(f"\n  {json.dumps(key, ensure_ascii=False)}: ".encode())
        if isinstance(value, list | Iterator):
            empty = True
            for record in value:
                text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
                out.write(f"{'[' if empty else ','}\n    {text}".encode())
                empty = False
            out.write(b"[]" if empty else b"\n  ]")
        else:
            out.write(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ").encode())
    out.write(b"\n}\n" if document else b"}\n")


def write(path: Path, document: dict[str, Any], blobs: Callable[[], Iterator[tuple[str, bytes]]] | None = None) -> None:
    """Write ``.json`` (document only) or ``.zip`` (document and attachment bytes), atomically.

    The document's collections may be iterators (see :func:`_dump_to`); ``blobs`` is called after they
    are written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".zip"):
        raise ExchangeError(f"{path}: export to a .json or .zip file")
    try:
        with atomic_output(path) as out:
            if suffix == ".json":
                _dump_to(out, document)
                return
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                with zf.open(DATA_MEMBER, "w", force_zip64=True) as member:  # its size is not known ahead
                    _dump_to(member, document)
                for sha, data in blobs() if blobs else ():  # after data.json: the hashes are known now
                    zf.writestr(f"attachments/{sha}", data)
    except OSError as exc:  # no such folder, no permission, disk full: nothing half-written is left
        raise ExchangeError(f"{path}: cannot write: {exc.strerror or exc}") from exc
