"""The agreement editor: what it is, who signed it and when, its parties and signatories, its areas,
its full text in each language, and the files attached to it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.documents import Doc
from ...domain.vocab import AGREEMENT_KINDS, AGREEMENT_STATUSES
from ..widgets.fields import ChoiceField, CityField, DateField, TextField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit, LangTabsEdit
from ..widgets.parts import Column, PartsEditor
from ..widgets.pickers import RecordListEdit, RecordPicker
from .attachments import AttachmentsEditor
from .base import RecordEditor
from .people import scrolled
from .team import language_map_list


class PartyChoice(QComboBox):
    """A signatory's organization: one of the agreement's parties."""

    changed = Signal()

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._parties: list[str] = []
        self.currentIndexChanged.connect(self._picked)
        self._filling = False

    def set_parties(self, parties: list[str]) -> None:
        current = self.value()
        self._parties = list(parties)
        self._fill(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._fill(value)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def _fill(self, current: str | None) -> None:
        self._filling = True
        self.clear()
        self.addItem("—", None)
        for org in self._parties:
            self.addItem(self.editor.name_of("organization", org), org)
        if current and current not in self._parties:  # not a party (the rules say so): still show it
            self.addItem(self.editor.name_of("organization", current), current)
        self.setCurrentIndex(max(self.findData(current), 0))
        self._filling = False

    def _picked(self) -> None:
        if not self._filling:
            self.changed.emit()


class AgreementEditor(RecordEditor):
    def build(self) -> None:
        self._suggested: str | None = None  # the reference offered to a new agreement, while it stands
        main = self.add_form(FieldForm())
        main.add("title", LangMapEdit(lines=2), self.tr("Title"))
        main.add("kind", ChoiceField(AGREEMENT_KINDS), self.tr("Kind"))
        main.add("reference", TextField(), self.tr("Reference"),
                 self.tr("The next free number is suggested; keep it or type another."))
        main.add("status", ChoiceField(AGREEMENT_STATUSES), self.tr("Status"))
        main.add("signed_on", DateField(), self.tr("Signed on"))
        main.add("effective_on", DateField(), self.tr("In effect from"))
        main.add("expires_on", DateField(), self.tr("Expires on"))
        for later in ("effective_on", "expires_on"):  # their calendars open near the signing date
            main.field(later).set_reference(lambda: main.field("signed_on").value())
        main.add("summary", LangMapEdit(lines=9), self.tr("Summary"))
        main.add("teams", RecordListEdit(self.lookup, "team", self.lang, rows=2), self.tr("Teams"))
        main.add("supersedes", RecordPicker(self.lookup, "agreement", self.lang,
                                            exclude=lambda: [self.record_id or ""]), self.tr("Supersedes"))
        self.add_tab("general", self.tr("Agreement"), scrolled(main))

        signing = self.add_form(FieldForm())
        signing.add("signed_city", CityField(optional=True), self.tr("Signed in"))
        signing.add("signed_venue", LangMapEdit(), self.tr("Venue of signing"))
        signing.add("meeting", RecordPicker(self.lookup, "meeting", self.lang), self.tr("Signed at meeting"))
        signing.add("renewal_terms", LangMapEdit(lines=4), self.tr("Renewal terms"))
        self.add_tab("signing", self.tr("Signing and renewal"), scrolled(signing))

        parties = self.add_form(FieldForm())
        self.parties = parties.add("parties", RecordListEdit(self.lookup, "organization", self.lang, rows=3),
                                   self.tr("Parties"), self.tr("The organizations bound by the agreement (two or more)."))
        self.party_choice = PartyChoice(self)
        signatory_form = FieldForm()
        signatory_form.add("person", RecordPicker(self.lookup, "person", self.lang), self.tr("Signed by"))
        signatory_form.add("organization", self.party_choice, self.tr("For"))
        signatory_form.field("person").changed.connect(self._signatory_picked)
        main.field("signed_on").changed.connect(self._signing_year_changed)
        self.signatories = PartsEditor(
            [Column(self.tr("Signed by"), lambda items, i: self.name_of("person", items[i].get("person")), True),
             Column(self.tr("For"), lambda items, i: self.name_of("organization", items[i].get("organization")), True)],
            signatory_form, lambda: {"person": None, "organization": None}, self.tr("signatory"))
        parties.add("signatories", self.signatories, self.tr("Signatories"))
        self.parties.changed.connect(lambda: self.party_choice.set_parties(self.parties.value()))
        self.add_tab("parties", self.tr("Parties and signatories"), parties)

        areas = self.add_form(FieldForm())
        areas.add("areas", language_map_list(self, self.tr("area"), self.tr("Area of cooperation")), "")
        self.add_tab("areas", self.tr("Areas"), areas)

        text = self.add_form(FieldForm())
        self.full_text = text.add("text", LangTabsEdit(), "")
        self.add_tab("text", self.tr("Full text"), text)

        files = self.add_form(FieldForm())
        self.attachments = files.add("attachments", AttachmentsEditor(self.ctx.app.attachments,
                                                                       lambda: self.record_id,
                                                                       file_read=self.ctx.file_read), "")
        self.add_tab("attachments", self.tr("Attachments"), files)

    def focus_part(self, part: str) -> None:
        """A search hit in a file's text ("attachment-2") opens the Attachments tab at that file."""
        if part.startswith("attachment-") and part[len("attachment-"):].isdigit():
            super().focus_part("attachments")
            row = int(part[len("attachment-"):]) - 1
            if 0 <= row < self.attachments.tree.topLevelItemCount():
                self.attachments.tree.setCurrentItem(self.attachments.tree.topLevelItem(row))
            return
        super().focus_part(part)

    def show_hit(self, part: str, page: int | None, snippet: str, highlights: tuple[tuple[int, int], ...]) -> None:
        """The search hit that opened this agreement, when it is in a file's text: shown under the files."""
        if part.startswith("attachment-") and part[len("attachment-"):].isdigit():
            self.focus_part(part)
            self.attachments.show_hit(int(part[len("attachment-"):]) - 1, page, snippet, highlights)

    def _signatory_picked(self) -> None:
        """A signatory signs for their organization, when it is a party (or part of one): "For" follows."""
        person = self.signatories.form.field("person").value()
        if person is None or self.party_choice.value() is not None:
            return
        party = self.lookup.organization_of(person, self.parties.value())
        if party is not None:
            self.party_choice.set_value(party)
            self.party_choice.changed.emit()

    def _signing_year_changed(self) -> None:
        """A reference still as suggested follows the signing date's year (an old MOU entered today)."""
        reference, signed = self.field("reference"), self.field("signed_on").value() or ""
        suggested = self._suggested
        if self._loaded is None and suggested and reference.value() == suggested and signed[:4].isdigit():
            self._suggested = self.lookup.next_reference(int(signed[:4]))
            reference.setText(self._suggested)

    def new_doc(self) -> Doc:
        # The next free number in the council's pattern, there to keep or to change.
        self._suggested = self.lookup.next_reference(date.today().year)
        return {
            "id": "", "kind": "mou", "reference": self._suggested, "title": None, "summary": None, "text": None,
            "status": "draft", "parties": [], "signatories": [], "signed_on": None, "signed_city": None,
            "signed_venue": None, "meeting": None, "teams": [], "effective_on": None, "expires_on": None,
            "renewal_terms": None, "areas": [], "supersedes": None, "attachments": [],
        }

    def after_fill(self, doc: Doc) -> None:
        self.party_choice.set_parties(doc.get("parties") or [])
        self.signatories.refresh()

    def id_hint(self, doc: Doc) -> tuple[Any, str]:
        year = (doc.get("signed_on") or "")[:4]
        return doc.get("title"), year
