"""Language maps: a text in Korean, Chinese and/or English.

A language map is a plain ``dict`` such as ``{"ko": "환경팀", "en": "Environment Team"}``. The keys are
among :data:`LANGUAGES`; at least one value is non-blank. Blank values mean "not translated" and are
dropped by :func:`clean`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .vocab import LANGUAGES

LangMap = dict[str, str]


def clean(value: Mapping[str, object] | None) -> LangMap | None:
    """Return the map with blank entries dropped and keys in ko, zh, en order; None if nothing is left.

    Values that are not strings are kept as they are so that validation can name them.
    """
    if value is None:
        return None
    out: dict[str, object] = {}
    for lang in LANGUAGES:
        if lang in value:
            text = value[lang]
            if isinstance(text, str) and not text.strip():
                continue
            out[lang] = text
    for lang, text in value.items():  # unknown keys stay, for validation to report
        if lang not in LANGUAGES:
            out[lang] = text
    return out or None  # type: ignore[return-value]


_SURROGATE = re.compile("[\ud800-\udfff]")


def not_text(value: str) -> bool:
    """Holds a lone surrogate (from a JSON "\\ud800" or undecodable bytes): no encoding can store or
    show it, so it is refused with its place instead of failing when it is written."""
    return _SURROGATE.search(value) is not None


_KNOWN = frozenset(LANGUAGES)


def problems(value: object) -> list[tuple[str, dict[str, Any]]]:
    """What is wrong with a language map, as problem codes and their values (empty if it is fine)."""
    # Nearly every map is fine: seen so at once (its texts joined: one search for NUL and surrogates),
    # the problems named one by one only otherwise. An import checks some ten maps a record.
    if type(value) is dict and value.keys() <= _KNOWN:
        texts = value.values()
        if all(type(t) is str for t in texts):
            joined = "".join(texts)
            if "\x00" not in joined and not not_text(joined) and any(t.strip() for t in texts):
                return []
    return _problems(value)


def _problems(value: object) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(value, Mapping):
        return [("not_langmap", {})]
    found: list[tuple[str, dict[str, Any]]] = []
    unknown = [k for k in value if k not in LANGUAGES]
    if unknown:
        found.append(("unknown_language", {"languages": unknown}))
    for lang in LANGUAGES:
        if lang in value and not isinstance(value[lang], str):
            found.append(("lang_not_text", {"lang": lang}))
        elif lang in value and "\x00" in value[lang]:  # PostgreSQL cannot store it
            found.append(("lang_has_nul", {"lang": lang}))
        elif lang in value and not_text(value[lang]):
            found.append(("lang_not_unicode", {"lang": lang}))
    if not any(isinstance(v, str) and v.strip() for v in value.values()):
        found.append(("langmap_empty", {}))
    return found


def pick(value: Mapping[str, str] | None, lang: str, order: Iterable[str] = LANGUAGES) -> tuple[str, str | None]:
    """The text in ``lang``, else the first recorded language in ``order``.

    Returns ``(text, fallback_lang)`` where ``fallback_lang`` is None when the text is in ``lang``.
    An empty map gives ``("", None)``.
    """
    if not value:
        return "", None
    text = value.get(lang)
    if text:
        return text, None
    for other in order:
        if other != lang and value.get(other):
            return value[other], other
    return "", None


def text(value: Mapping[str, str] | None, lang: str = "en") -> str:
    """The best text for ``lang`` (see :func:`pick`), without saying whether it fell back."""
    return pick(value, lang)[0]
