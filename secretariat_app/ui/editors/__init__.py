"""The record editors: one per kind of record, all sharing :class:`RecordEditor`'s behaviour.

The main window opens them with :func:`editor_for` and talks to them through the contract below:
signals ``saved(Change)`` and ``title_changed(str)``; ``kind``, ``record_id``; ``is_dirty()``,
``maybe_close()``, ``save()``, ``reload()``, ``focus_part(part)``.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from ..context import UiContext
from .base import RecordEditor

# kind → (module, class); modules are imported when first needed, so start-up stays quick.
_EDITORS = {
    "organization": ("people", "OrganizationEditor"),
    "person": ("people", "PersonEditor"),
    "team": ("team", "TeamEditor"),
    "agreement": ("agreement", "AgreementEditor"),
    "meeting": ("meeting", "MeetingEditor"),
    "visit": ("visit", "VisitEditor"),
    "template": ("template", "TemplateEditor"),
}


def editor_for(kind: str, ctx: UiContext, record_id: str | None, parent: QWidget | None = None) -> RecordEditor:
    """The editor of one record (``record_id`` None: a new record of that kind)."""
    try:
        module_name, class_name = _EDITORS[kind]
    except KeyError:
        raise ValueError(f"no editor for records of kind {kind!r}") from None
    module = importlib.import_module(f"{__name__}.{module_name}")
    editor_class: type[RecordEditor] = getattr(module, class_name)
    return editor_class(kind, ctx, record_id, parent)


__all__ = ["RecordEditor", "editor_for"]
