"""Sorting names the way each language expects, with ICU through QCollator: Hangul order for Korean,
pinyin for Chinese (北京 < 重庆 < 广州 < 上海), dictionary order for English. For lists sorted in Python
(pickers, the organization tree); the big lists are sorted by the database (see services/lists.py)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

from .i18n import LOCALES

T = TypeVar("T")


@functools.cache
def collator(lang: str) -> QCollator:
    found = QCollator(QLocale(LOCALES.get(lang, "en_GB")))
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)  # "Team 2" before "Team 10"
    return found


def text_key(lang: str) -> Callable[[str], object]:
    """A sort key for texts in ``lang``'s order."""
    return functools.cmp_to_key(collator(lang).compare)


def sorted_by(items: Iterable[T], text: Callable[[T], str], lang: str) -> list[T]:
    key = text_key(lang)
    return sorted(items, key=lambda item: key(text(item)))
