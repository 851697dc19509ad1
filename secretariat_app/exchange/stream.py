"""An exchange document read as a stream: its top-level values one by one, and the records of its
collections one at a time, so that a 20-year archive (hundreds of MiB) is never held whole in memory.

Every value -- a record, a header field -- is parsed by the standard library's JSON decoder
(``raw_decode``, with the same guards as a whole-file read: numbers of bounded length, no ``NaN``, a
nesting limit); this module only walks the punctuation between them (``{ "key": [ value, value ] }``).
An incremental parser of every token (ijson's C backend) was tried and refused: it crashed the process
on a 5,000-digit number and ran out of memory on deep nesting, and hostile files are ours to refuse.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
# A value cut at the end of the text read so far fails with one of these near the end (or, for a long
# string, at its start); any other failure is the file's own, reported without reading further.
_CUT_SHORT = ("Unterminated string", "Expecting", "Invalid \\uXXXX escape", "Invalid \\escape")

Entry = tuple[str, int | None, Any]  # (top-level key, index in its array or None for a whole value, value)


class StreamError(ValueError):
    """Why the text is not a JSON document, and where (line and column, or a byte offset)."""


class _Text:
    """The document's text, decoded from UTF-8 as it is read, with the position of what is left."""

    def __init__(self, raw: IO[bytes], seen: Callable[[bytes], None] | None):
        self.raw, self.seen = raw, seen
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf, self.pos, self.eof = "", 0, False
        self.bytes_read = 0
        self.lines, self.column = 0, 0  # of the text dropped before ``buf``: newlines, and the last line's length

    def more(self, at_least: int = CHUNK) -> bool:
        """Read on (at least ``at_least`` bytes unless the end comes first); False at the end."""
        if self.eof:
            return False
        dropped = self.buf[:self.pos]
        if dropped:
            newline = dropped.rfind("\n")
            self.lines += dropped.count("\n")
            self.column = len(dropped) - newline - 1 if newline >= 0 else self.column + len(dropped)
        chunk = self.raw.read(max(at_least, CHUNK))
        if self.seen is not None and chunk:
            self.seen(chunk)
        try:
            text = self.decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise StreamError(f"not UTF-8 text (byte {self.bytes_read + exc.start})") from None
        self.bytes_read += len(chunk)
        self.eof = not chunk
        self.buf, self.pos = self.buf[self.pos:] + text, 0
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not white space ('' at the end), with ``pos`` on it."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def where(self, pos: int) -> str:
        before = self.buf.rfind("\n", 0, pos)
        line = self.lines + self.buf.count("\n", 0, pos) + 1
        column = pos - before if before >= 0 else self.column + pos + 1
        return f"line {line}, column {column}"

    def fail(self, pos: int, msg: str) -> StreamError:
        return StreamError(f"not valid JSON ({self.where(pos)}: {msg})")


class Reader:
    """The top level of a document, streamed: ``entries`` yields every top-level value whole, except the
    (non-empty) arrays under the ``streamed`` keys, whose items come one by one."""

    def __init__(self, decode: Callable[[str, int], tuple[Any, int]], streamed: frozenset[str]):
        self._decode, self._streamed = decode, streamed

    def entries(self, raw: IO[bytes], seen: Callable[[bytes], None] | None = None) -> Iterator[Entry]:
        """``seen`` is given every byte read, in order (to hash the file as it is read)."""
        text = _Text(raw, seen)
        first = text.peek()
        if first != "{":  # not an object: parsed whole (it is refused for what it is, or as not JSON)
            value = self._value(text)
            self._end(text)
            yield "", None, value
            return
        text.pos += 1
        keys: set[str] = set()
        while True:
            c = text.peek()
            if c == "}" and not keys:
                text.pos += 1
                break
            if c != '"':
                raise text.fail(text.pos, "Expecting property name enclosed in double quotes")
            key_at = text.pos
            key = self._value(text)
            if key in keys:
                raise StreamError(f"the key {key!r} appears twice at the top level ({text.where(key_at)})")
            keys.add(key)
            if text.peek() != ":":
                raise text.fail(text.pos, "Expecting ':' delimiter")
            text.pos += 1
            if key in self._streamed and text.peek() == "[":
                text.pos += 1
                yield from self._items(text, key)
            else:
                yield key, None, self._value(text)
            if _closed(text, "}"):
                break
        self._end(text)

    def _items(self, text: _Text, key: str) -> Iterator[Entry]:
        if text.peek() == "]":  # (an empty array is a whole value: the key is still told)
            text.pos += 1
            yield key, None, []
            return
        i = 0
        while True:
            yield key, i, self._value(text)
            i += 1
            if _closed(text, "]"):
                return

    def _value(self, text: _Text) -> Any:
        text.peek()
        while True:
            try:
                value, end = self._decode(text.buf, text.pos)
            except json.JSONDecodeError as exc:
                near_end = exc.pos >= len(text.buf) - 8 or exc.msg.startswith("Unterminated string")
                if not text.eof and near_end and exc.msg.startswith(_CUT_SHORT):
                    text.more(len(text.buf))  # (doubling: a long value is not parsed again and again)
                    continue
                raise text.fail(exc.pos, exc.msg) from None
            except RecursionError:  # the decoder's own guard (a document nests 6 deep)
                raise StreamError("refused: nested too deep to be an exchange document") from None
            if end == len(text.buf) and text.more():  # a number may go on in the next chunk
                continue
            text.pos = end
            return value

    def _end(self, text: _Text) -> None:
        if text.peek() != "":
            raise text.fail(text.pos, "Extra data")


def _closed(text: _Text, closing: str) -> bool:
    """After a value: the container closes (True) or a comma leads to the next value (False)."""
    c = text.peek()
    text.pos += 1
    if c == closing:
        return True
    if c != ",":
        raise text.fail(text.pos - 1, "Expecting ',' delimiter")
    return False


def assembled(entries: Iterator[Entry]) -> Any:
    """The whole document the entries make (for small documents and tests)."""
    doc: dict[str, Any] = {}
    for key, index, value in entries:
        if key == "":
            return value
        if index is None:
            doc[key] = value
        else:
            doc.setdefault(key, []).append(value)
    return doc


def entries_of(document: Any, streamed: frozenset[str]) -> Iterator[Entry]:
    """A document already in memory, as :meth:`Reader.entries` would give it."""
    if not isinstance(document, dict):
        yield "", None, document
        return
    for key, value in document.items():
        if key in streamed and isinstance(value, list) and value:
            for i, item in enumerate(value):
                yield key, i, item
        else:
            yield key, None, value
