"""An entry's original texts, kept compressed (``search_texts.packed``): for snippets, and to remove the
entry's words from the contentless FTS5 table again (which must be given exactly the words it was given).

Each text of an entry is short (a title, a decision, a few hundred characters): compressed alone it
keeps most of its size, since zlib has nothing to refer back to. A *dictionary* — 32 KiB of texts
sampled from the archive itself — gives it the council's recurring words and phrases to refer to
(the 20-year archive's stored texts: 437 MB as JSON; compressed alone 198 MB, with a dictionary 87 MB).
The dictionary is kept in ``search_dictionaries``; the first byte of a packed value names the one
it was compressed with (0: none, as after the upgrade that introduced packing, or before the first
rebuild of a new database). A rebuild trains a new one and packs every entry with it; so does the
upgrade to schema 0013 (from the texts it packs), and the first build of a large queue without one.
"""

from __future__ import annotations

import hashlib
import random
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

NONE = 0  # the first byte of a value packed without a dictionary
DICTIONARY_BYTES = 32 * 1024  # zlib looks back at most this far
# Measured on 1 000 entries of the 20-year archive, with a dictionary: level 3 packs 6 % larger than
# level 6 in 70 % of the time; zlib's largest memory level (9) is faster still for the same size.
LEVEL, MEMORY_LEVEL = 3, 9
# Raw DEFLATE, without zlib's header and checksum: a zlib stream made with a dictionary is unpacked
# 3× slower (25 against 8 µs for an entry of 1.5 KB: zlib takes the dictionary in only when the stream
# asks for it), and the header is 6 bytes of every entry.
RAW = -zlib.MAX_WBITS
SAMPLE = 400  # entries a dictionary is trained from

Texts = list[tuple[str, str, str]]  # (path, lang, text)


def _json(value: Any) -> bytes:
    """Compact JSON as UTF-8 (orjson gives the same bytes as the standard library's compact form
    without ASCII escapes)."""
    return orjson.dumps(value)


class Packer:
    """Packs with one dictionary (or none); unpacks values packed with any this index keeps."""

    def __init__(self, number: int = NONE, dictionaries: dict[int, bytes] | None = None):
        self.number = number
        self.dictionaries = dictionaries or {}
        self.dictionary = self.dictionaries.get(number, b"")
        # Taking in a dictionary costs zlib more than packing a text with it: done once, then copied.
        self._primed = zlib.compressobj(LEVEL, zlib.DEFLATED, RAW, MEMORY_LEVEL,
                                        **({"zdict": self.dictionary} if self.dictionary else {}))

    def pack(self, title: dict[str, str] | None, texts: Sequence[Sequence[str]]) -> bytes:
        packer = self._primed.copy()
        return bytes([self.number]) + packer.compress(_json([title, texts])) + packer.flush()

    def unpack(self, packed: bytes | memoryview) -> tuple[dict[str, str] | None, Texts]:
        return self.parse(self.raw(packed))

    def raw(self, packed: bytes | memoryview) -> str:
        """The packed value as its JSON text (a text's CJK characters stand in it as written)."""
        packed = bytes(packed)
        number = packed[0]
        if number == NONE:
            return zlib.decompress(packed[1:], RAW).decode("utf-8")
        unpacker = zlib.decompressobj(RAW, zdict=self.dictionaries[number])
        return (unpacker.decompress(packed[1:]) + unpacker.flush()).decode("utf-8")

    @staticmethod
    def parse(raw: str) -> tuple[dict[str, str] | None, Texts]:
        title, texts = orjson.loads(raw)
        return title, [(path, lang, value) for path, lang, value in texts]


def train(samples: Iterable[Sequence[Sequence[str]]]) -> bytes:
    """A dictionary from the texts of some entries: as they are packed, mixed, the last 32 KiB (zlib
    finds what is nearest the end with the shortest references)."""
    pieces = [_json(list(texts)) for texts in samples if texts]
    random.Random(0).shuffle(pieces)  # kinds mixed, the same dictionary for the same sample
    return b"".join(pieces)[-DICTIONARY_BYTES:]


_known: dict[tuple[tuple[int, str], ...], Packer] = {}


def current(session: Session) -> Packer:
    """The packer of this index: with its newest dictionary (or none), knowing all it keeps. The
    dictionaries are read once per process (by their digest), not with every search."""
    names = tuple((int(n), str(d)) for n, d in session.execute(text(
        "SELECT id, digest FROM search_dictionaries ORDER BY id")))
    if not names:
        return Packer()
    if names not in _known:
        found = {int(n): bytes(d) for n, d in session.execute(text("SELECT id, data FROM search_dictionaries"))}
        if len(_known) > 8:  # other databases' (tests), or replaced by a rebuild
            _known.clear()
        _known[names] = Packer(names[-1][0], found)
    return _known[names]


def replace(session: Session, dictionary: bytes) -> Packer:
    """Keep a new dictionary, for a rebuild that repacks every entry: the others go."""
    remove_all(session)
    return add(session, dictionary)


def remove_all(session: Session) -> Packer:
    session.execute(text("DELETE FROM search_dictionaries"))
    return Packer()


def add(session: Session, dictionary: bytes) -> Packer:
    """Keep a new dictionary beside the ones values are packed with already; pack with it from now on."""
    number = int(session.scalar(text("SELECT coalesce(max(id), 0) FROM search_dictionaries")) or 0) + 1
    if number > 255:
        raise ValueError("too many search dictionaries; a rebuild starts again from one")
    session.execute(text("INSERT INTO search_dictionaries (id, digest, data) VALUES (:id, :digest, :data)"),
                    {"id": number, "digest": hashlib.sha256(dictionary).hexdigest(), "data": dictionary})
    return current(session)
