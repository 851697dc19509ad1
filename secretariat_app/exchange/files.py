"""Reading and writing exchange files: a plain ``.json`` document or a ``.zip`` bundle with attachments.

Bundles come from outside, so every member is distrusted: hostile names, links, oversized or
over-compressed members and bytes that do not match their hash are refused before anything is used.
A bundle written by format version 2 is a signed package: ``manifest.json`` lists the SHA-256 of every
other member and names the sending site and its public key; ``manifest.sig`` is the site's Ed25519
signature of the manifest's bytes. Whether that key is the one trusted for the site is the importer's
question (it needs the database); here a package must be whole and its signature must verify.
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

import orjson

from ..domain.vocab import COLLECTIONS
from ..errors import ExchangeError, PackageError, Problem
from ..storage.files import atomic_output
from . import signing, stream

FORMAT = "secretariat-exchange"
VERSION = 2
DATA_MEMBER = "data.json"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MANIFEST_FORMAT = "secretariat-package"
MAX_MANIFEST_BYTES = 64 * 2**20
ATTACHMENT_RE = re.compile(r"attachments/([0-9a-f]{64})")
MAX_MEMBER_BYTES = 512 * 2**20
MAX_DATA_BYTES = 2 * 2**30
MAX_RATIO = 200
MAX_FILES_BYTES = 2 * 2**30  # all attachment members together, unpacked (they are held in memory)
CHUNK = 1 << 20


@dataclass(frozen=True)
class Signed:
    """Who signed a package: the site id and public key its manifest names (the signature verified)."""

    site: str
    key: str


@dataclass(frozen=True)
class Signer:
    """What signs a package as it is written."""

    site: str
    key: signing.Ed25519PrivateKey


@dataclass
class Bundle:
    """An exchange file to import: its document is read as a stream (``entries``), once to learn what it
    holds and once to apply it, never held whole; or a document built in memory (``document``)."""

    document: dict[str, Any] | None = None  # built in memory; None: read from ``opener``
    blobs: dict[str, bytes] = field(default_factory=dict)  # sha256 → bytes
    is_zip: bool = False  # a bundle must carry its attachments' bytes; a .json carries none
    signed_by: Signed | None = None
    source: str = ""  # the file it came from, for messages
    digest: str = ""  # SHA-256 of the document's bytes as read (names the sender of records without revisions)
    opener: Callable[[], Any] | None = None  # a context manager of the document's bytes, afresh each time
    expected: str | None = None  # the document's SHA-256 as a signed manifest lists it
    where: str = ""  # the document's name in messages (``x.zip:data.json``)
    size: int = 0  # the document's bytes (for progress while it is read; 0: not known)
    _listed: set[str] = field(default_factory=set)

    def entries(self, read: Callable[[int], None] | None = None) -> Iterator[stream.Entry]:
        """The document's top-level values, each collection's records one by one, in the file's order.
        Read through to the end, the bytes are checked: against the signed manifest, and against the
        bytes read before (a file changed between two readings is refused). ``read`` is told the bytes
        read so far, a chunk at a time (it may raise to stop the reading)."""
        if self.document is not None:
            yield from stream.entries_of(self.document, STREAMED)
            return
        assert self.opener is not None
        sha = hashlib.sha256()
        seen = sha.update
        if read is not None:
            counted = 0

            def seen(chunk: bytes) -> None:
                nonlocal counted
                sha.update(chunk)
                counted += len(chunk)
                read(counted)
        try:
            with self.opener() as raw:
                yield from _READER.entries(raw, seen)
        except (stream.StreamError, _Refused) as exc:
            if self.expected is not None and _digest(self.opener) != self.expected:
                raise PackageError(Problem(self.source, "package_member_changed", {"member": DATA_MEMBER})) from None
            raise ExchangeError(f"{self.where}: {exc}") from None
        digest = sha.hexdigest()
        if self.expected is not None and digest != self.expected:
            raise PackageError(Problem(self.source, "package_member_changed", {"member": DATA_MEMBER}))
        if self.digest and digest != self.digest:
            raise ExchangeError(f"{self.where}: the file changed while it was being imported; import it again")
        self.digest = digest

    def whole(self) -> dict[str, Any]:
        """The whole document in memory (for small files and tests)."""
        return stream.assembled(self.entries())  # type: ignore[no-any-return]

    def read_through(self, header: Any, listed: set[str]) -> None:
        """After a first reading: the header is that of an exchange document, a signed package's document
        names its signer, and a bundle's attachment members are read (each must be some attachment's)."""
        check_header(header, self.where)
        if self.signed_by is not None:
            _same_site(header, self.signed_by, self.source)
        self._listed = listed
        if self.is_zip and self.document is None and self.opener is not None:
            try:
                self.blobs = self._attachments()
            except zipfile.BadZipFile as exc:
                raise ExchangeError(f"{self.source}: damaged zip file: {exc}") from exc
            except OSError as exc:
                raise ExchangeError(f"{self.source}: cannot read: {exc}") from exc

    def _attachments(self) -> dict[str, bytes]:
        where = self.source
        blobs: dict[str, bytes] = {}
        with zipfile.ZipFile(where) as zf:
            for info in zf.infolist():
                match = ATTACHMENT_RE.fullmatch(info.filename)
                if not match:
                    continue
                if match.group(1) not in self._listed:  # bytes nobody could ever see, purge or export again
                    raise ExchangeError(f"{where}: refused: the member {info.filename} is not the file of any "
                                        f"attachment in {DATA_MEMBER}")
                data = _read_member(zf, info, where)
                if hashlib.sha256(data).hexdigest() != match.group(1):
                    if self.signed_by is not None:
                        raise PackageError(Problem(where, "package_member_changed", {"member": info.filename}))
                    raise ExchangeError(f"{where}: refused: {info.filename} does not match its SHA-256")
                blobs[match.group(1)] = data
        return blobs


def read(path: Path) -> Bundle:
    """An exchange file, checked as far as it can be without reading its document (a bundle's members,
    a package's signature); the document is read by :meth:`Bundle.entries`."""
    path = Path(path)
    if not path.exists():
        raise ExchangeError(f"{path}: no such file")
    if zipfile.is_zipfile(path):
        return _read_zip(path)
    if path.suffix.lower() == ".zip":  # e.g. cut short in transfer; reading it as JSON would only confuse
        raise ExchangeError(f"{path}: not a complete zip file (damaged or cut short?)")
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read: {exc.strerror}") from exc
    return Bundle(source=str(path), where=str(path), opener=lambda: _opened(path), size=path.stat().st_size)


def _opened(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read: {exc.strerror}") from exc


def _digest(opener: Callable[[], Any]) -> str:
    sha = hashlib.sha256()
    with opener() as raw:
        while chunk := raw.read(CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


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


# Collections stream record by record; every other top-level value is read whole.
STREAMED = frozenset(COLLECTIONS.values())
_READER = stream.Reader(json.JSONDecoder(parse_int=_bounded_int, parse_constant=_no_constant).raw_decode, STREAMED)


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
    if name in (MANIFEST, SIGNATURE) and info.file_size > MAX_MANIFEST_BYTES:
        return f"is too large ({info.file_size} bytes)"
    if info.file_size > (MAX_DATA_BYTES if name == DATA_MEMBER else MAX_MEMBER_BYTES):
        return f"is too large ({info.file_size} bytes)"
    if info.compress_size and info.file_size > CHUNK and info.file_size / info.compress_size > MAX_RATIO:
        return f"is compressed {info.file_size // info.compress_size}:1 (a zip bomb?)"
    if name not in (DATA_MEMBER, MANIFEST, SIGNATURE) and not ATTACHMENT_RE.fullmatch(name) \
            and not name.endswith("/"):
        return "is not data.json, manifest.json, manifest.sig or attachments/<sha256>"
    return None


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
            signed, manifest = _verified(zf, names, where) if MANIFEST in names or SIGNATURE in names else (None, {})
            return Bundle(is_zip=True, signed_by=signed, source=where, where=f"{where}:{DATA_MEMBER}",
                          opener=lambda: _Member(path, where), expected=manifest.get(DATA_MEMBER) if signed else None,
                          size=zf.getinfo(DATA_MEMBER).file_size)
    except zipfile.BadZipFile as exc:
        raise ExchangeError(f"{where}: damaged zip file: {exc}") from exc
    except OSError as exc:
        raise ExchangeError(f"{where}: cannot read: {exc}") from exc


class _Member:
    """data.json of a bundle, read as a stream without trusting its declared size."""

    def __init__(self, path: Path, where: str):
        self.where = where
        try:
            self.zf = zipfile.ZipFile(path)
            self.info = self.zf.getinfo(DATA_MEMBER)
            self.raw = self.zf.open(self.info)
        except (OSError, KeyError, zipfile.BadZipFile) as exc:
            raise ExchangeError(f"{where}: cannot read {DATA_MEMBER} again: {exc}") from exc
        self.total = 0

    def read(self, n: int) -> bytes:
        try:
            chunk = self.raw.read(n)
        except (OSError, zipfile.BadZipFile) as exc:
            raise ExchangeError(f"{self.where}: damaged zip file: {exc}") from exc
        self.total += len(chunk)
        if self.total > MAX_DATA_BYTES or self.total > self.info.file_size:
            raise ExchangeError(f"{self.where}: {DATA_MEMBER} is larger than it claims")
        return chunk

    def __enter__(self) -> _Member:
        return self

    def __exit__(self, *_: Any) -> None:
        self.raw.close()
        self.zf.close()


def _verified(zf: zipfile.ZipFile, names: list[str], where: str) -> tuple[Signed, dict[str, str]]:
    """The signer of a package whose manifest and signature are whole and verify, and the manifest's
    hashes by member; every other member must be listed, and every listed member present."""
    if MANIFEST not in names or SIGNATURE not in names:
        raise PackageError(Problem(where, "package_member_missing",
                                   {"member": SIGNATURE if MANIFEST in names else MANIFEST}))
    raw = _read_member(zf, zf.getinfo(MANIFEST), where)
    signature = _read_member(zf, zf.getinfo(SIGNATURE), where).decode("ascii", "replace").strip()
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackageError(Problem(where, "package_signature_bad")) from None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    site, key = (manifest.get("site"), manifest.get("key")) if isinstance(manifest, dict) else (None, None)
    if (manifest.get("format") != MANIFEST_FORMAT or not isinstance(files, dict) or not isinstance(site, str)
            or not isinstance(key, str) or not signing.verifies(key, raw, signature)):
        raise PackageError(Problem(where, "package_signature_bad"))
    members = {n for n in names if n not in (MANIFEST, SIGNATURE) and not n.endswith("/")}
    for name in sorted(set(files) - members):
        raise PackageError(Problem(where, "package_member_missing", {"member": name}))
    for name in sorted(members - set(files)):
        raise PackageError(Problem(where, "package_member_unlisted", {"member": name}))
    for name, sha in files.items():  # an attachment's name is its hash: the manifest must say the same
        match = ATTACHMENT_RE.fullmatch(name)
        if match and match.group(1) != sha:
            raise PackageError(Problem(where, "package_member_changed", {"member": name}))
    return Signed(site, key), files


def _same_site(document: dict[str, Any], signed: Signed, where: str) -> None:
    """The document's sender must be the manifest's signer (a signed manifest around another's data is
    no signature of that data's sender)."""
    site = document.get("site") if isinstance(document.get("site"), dict) else {}
    if site.get("id") != signed.site or site.get("key") != signed.key:
        raise PackageError(Problem(where, "package_site_mismatch"))


class _Hashing:
    """A writable that hashes what passes through it (data.json's hash goes into the manifest)."""

    def __init__(self, out: IO[bytes]):
        self.out, self.sha = out, hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


def _indented(value: Any) -> bytes:
    """JSON indented by two spaces, UTF-8, exactly as ``json.dumps(value, ensure_ascii=False, indent=2)``
    writes it, by orjson: the standard library's indenting encoder is pure Python, ~15× slower."""
    return orjson.dumps(value, option=orjson.OPT_INDENT_2)


def dumps(document: dict[str, Any]) -> bytes:
    return _indented(document) + b"\n"


def _dump_to(out: Any, document: dict[str, Any]) -> None:
    """Write exactly what :func:`dumps` gives, one record at a time: a collection may be an iterator,
    so an export of 100 000 records never holds them all (nor their text) in memory."""
    out.write(b"{")
    for n, (key, value) in enumerate(document.items()):
        out.write(b"," if n else b"")
        out.write(f"\n  {json.dumps(key, ensure_ascii=False)}: ".encode())
        if isinstance(value, list | Iterator):
            empty = True
            for record in value:
                out.write(b"[\n    " if empty else b",\n    ")
                out.write(_indented(record).replace(b"\n", b"\n    "))
                empty = False
            out.write(b"[]" if empty else b"\n  ]")
        else:
            out.write(_indented(value).replace(b"\n", b"\n  "))
    out.write(b"\n}\n" if document else b"}\n")


def write(path: Path, document: dict[str, Any], blobs: Callable[[], Iterator[tuple[str, bytes]]] | None = None,
          signer: Signer | None = None) -> None:
    """Write ``.json`` (document only) or ``.zip`` (document and attachment bytes), atomically; a ``.zip``
    is signed by ``signer`` when one is given (a manifest of every member's hash, and its signature).

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
                    hashing = _Hashing(member)
                    _dump_to(hashing, document)
                listed = {DATA_MEMBER: hashing.sha.hexdigest()}
                for sha, data in blobs() if blobs else ():  # after data.json: the hashes are known now
                    zf.writestr(f"attachments/{sha}", data)
                    listed[f"attachments/{sha}"] = sha
                if signer is not None:
                    manifest = dumps({"format": MANIFEST_FORMAT, "site": signer.site,
                                      "key": signing.public_text(signer.key), "files": listed})
                    zf.writestr(MANIFEST, manifest)
                    zf.writestr(SIGNATURE, signing.sign(signer.key, manifest) + "\n")
    except OSError as exc:  # no such folder, no permission, disk full: nothing half-written is left
        raise ExchangeError(f"{path}: cannot write: {exc.strerror or exc}") from exc
