"""Putting two versions of a record together, piece by piece: the merge view's model.

A record's differences are listed as *pieces*: a plain field; one language of a language map (the
Korean title may come from one side, the Chinese from the other); one entry of a list (an agenda item,
an action, a signatory) -- matched by its ``id`` where entries have one, else by position. The clerk
takes ours or theirs for each piece; :func:`combined` builds the record from ours with the pieces taken
from theirs.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .vocab import LANGUAGES

Doc = dict[str, Any]
Path = tuple[Any, ...]  # ("title", "ko"), ("agenda", 2), ("minutes", "actions", "act-7"), ("status",)

NESTED = ("minutes",)  # objects whose own fields are pieces (the minutes' decisions, actions, ...)


@dataclass(frozen=True)
class Piece:
    path: Path
    ours: Any  # None: not on our side
    theirs: Any


def _is_langmap(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGES)


def _keyed(items: list[Any]) -> dict[Any, Any] | None:
    """Entries by id, when every entry has a distinct one; else None (entries go by position)."""
    if not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in items):
        return None
    keys = [i["id"] for i in items]
    return dict(zip(keys, items, strict=True)) if len(set(keys)) == len(keys) else None


def _list_pieces(prefix: Path, ours: list[Any], theirs: list[Any]) -> list[Piece]:
    if all(not isinstance(v, dict) for v in [*ours, *theirs]):  # ids or texts: the list is one piece
        return [Piece(prefix, ours, theirs)] if ours != theirs else []
    a, b = _keyed(ours), _keyed(theirs)
    if a is not None and b is not None:
        keys = list(dict.fromkeys([*a, *b]))
        return [Piece((*prefix, k), a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k)]
    return [Piece((*prefix, i), ours[i] if i < len(ours) else None, theirs[i] if i < len(theirs) else None)
            for i in range(max(len(ours), len(theirs)))
            if (ours[i] if i < len(ours) else None) != (theirs[i] if i < len(theirs) else None)]


def pieces(ours: Mapping[str, Any], theirs: Mapping[str, Any], prefix: Path = ()) -> list[Piece]:
    out: list[Piece] = []
    for key in dict.fromkeys([*ours, *theirs]):
        a, b = ours.get(key), theirs.get(key)
        if a == b:
            continue
        path = (*prefix, key)
        if key in NESTED and isinstance(a, dict) and isinstance(b, dict):
            out += pieces(a, b, path)
        elif (_is_langmap(a) or a is None) and (_is_langmap(b) or b is None) and (a or b):
            a, b = a or {}, b or {}
            out += [Piece((*path, lang), a.get(lang), b.get(lang)) for lang in LANGUAGES if a.get(lang) != b.get(lang)]
        elif isinstance(a, list) and isinstance(b, list):
            out += _list_pieces(path, a, b)
        else:
            out.append(Piece(path, a, b))
    return out


def _set(container: Any, key: Any, value: Any) -> None:
    if isinstance(container, dict):
        if value is None and key in container and _is_langmap(container):
            del container[key]
        else:
            container[key] = value
    elif isinstance(key, int):
        while len(container) <= key:
            container.append(None)
        container[key] = value


def combined(ours: Doc, theirs: Doc, take_theirs: set[Path] | list[Path]) -> Doc:
    """Ours, with the pieces at ``take_theirs`` from theirs."""
    out = copy.deepcopy(ours)
    lists: set[Path] = set()
    for piece in pieces(ours, theirs):
        if piece.path not in set(take_theirs):
            continue
        *head, last = piece.path
        node: Any = out
        for i, step in enumerate(head):
            if isinstance(node, list):
                node = next(e for e in node if isinstance(e, dict) and e.get("id") == step) \
                    if isinstance(step, str) else node[step]
            else:
                if node.get(step) is None:
                    node[step] = {} if i + 1 < len(head) or not isinstance(last, int) else []
                node = node[step]
        value = copy.deepcopy(piece.theirs)
        if isinstance(node, list) and isinstance(last, str):  # an entry by id: replaced, added or removed
            lists.add(tuple(head))
            index = next((i for i, e in enumerate(node) if isinstance(e, dict) and e.get("id") == last), None)
            if index is None and value is not None:
                node.append(value)
            elif index is not None and value is None:
                node.pop(index)
            elif index is not None:
                node[index] = value
        else:
            if isinstance(node, list):
                lists.add(tuple(head))
            _set(node, last, value)
    for key, value in list(out.items()):  # a language map left with no language is no map at all
        if value == {} and ours.get(key) != {}:
            out[key] = None
    for path in lists:  # entries taken by position may leave gaps; positions are 1, 2, 3 … again
        node = out
        for step in path:
            node = node[step]
        node[:] = [e for e in node if e is not None]
        for n, entry in enumerate(node, start=1):
            if isinstance(entry, dict) and "position" in entry:
                entry["position"] = n
    return out


def is_text_piece(piece: Piece) -> bool:
    """A piece the clerk may also type (a text of one language, a plain text field): its path runs
    through objects only."""
    return all(isinstance(step, str) for step in piece.path) and \
        all(isinstance(v, str) or v is None for v in (piece.ours, piece.theirs))


def with_text(doc: Doc, path: Path, text: str) -> Doc:
    """The record with the text at ``path`` (a text piece) set to ``text`` (blank: removed)."""
    out = copy.deepcopy(doc)
    node = out
    for step in path[:-1]:
        if node.get(step) is None:
            node[step] = {}
        node = node[step]
    value = text.strip()
    if value:
        node[path[-1]] = value
    elif _is_langmap(node) or path[-1] in LANGUAGES:
        node.pop(path[-1], None)
    else:
        node[path[-1]] = None
    for key, field_value in list(out.items()):
        if field_value == {} and doc.get(key) != {}:
            out[key] = None
    return out
