"""A read-only view of a record, used where no editor for its kind is available.

It keeps the editors' contract (signals ``saved``/``title_changed``, ``is_dirty``, ``maybe_close``,
``save``, ``reload``, ``focus_part``) so the main window hosts it like any editor.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..domain.langmap import LANGUAGES
from ..errors import SecretariatError
from ..services.records import title_of
from . import formatting as fmt
from . import labels
from .clerk_name import who
from .context import UiContext


def _value_html(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "<span style='color:gray'>—</span>"
    if isinstance(value, dict) and value and set(value) <= set(LANGUAGES):
        return "<br>".join(f"<b>{lang}</b> {html.escape(str(value[lang]))}" for lang in LANGUAGES if lang in value)
    if isinstance(value, dict):
        return "<br>".join(f"{html.escape(str(k))}: {_value_html(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "<ol style='margin:0'>" + "".join(f"<li>{_value_html(v)}</li>" for v in value) + "</ol>"
    return html.escape(str(value))


class RecordView(QWidget):
    saved = Signal(object)
    title_changed = Signal(str)

    def __init__(self, kind: str, ctx: UiContext, record_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.ctx = ctx
        self.record_id = record_id
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("recordView")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)
        self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            self.browser.setHtml(html.escape(self.tr("Records of this kind cannot be created in this version.")))
            self.title_changed.emit(self.tr("New %1").replace("%1", labels.kind_name(self.kind).lower()))
            return
        try:
            loaded = self.ctx.records.get(self.kind, self.record_id, include_trash=True)
        except SecretariatError as exc:
            self.browser.setHtml(html.escape(str(exc)))
            return
        title = fmt.lm_text(title_of(self.kind, loaded.doc), self.ctx.lang)
        rows = "".join(f"<tr><td style='padding-right:12px;color:#555' valign='top'>{html.escape(k)}</td>"
                       f"<td>{_value_html(v)}</td></tr>" for k, v in loaded.doc.items())
        meta = self.tr("Version %1, last changed by %2 on %3").replace("%1", str(loaded.version)) \
            .replace("%2", html.escape(who(loaded.updated_by, loaded.updated_by_name))) \
            .replace("%3", fmt.instant_text(loaded.updated_at))
        self.browser.setHtml(f"<h2>{html.escape(title)}</h2><p style='color:gray'>{meta}</p>"
                             f"<table cellspacing='4'>{rows}</table>")
        self.title_changed.emit(title)

    def is_dirty(self) -> bool:
        return False

    def maybe_close(self) -> bool:
        return True

    def save(self) -> bool:
        return True

    def focus_part(self, part: str) -> None:
        pass  # a read-only view shows the whole record
