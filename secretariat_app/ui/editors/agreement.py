"""The agreement editor: what it is, who signed it and when, its parties and signatories, its areas,
its full text in each language, and the files attached to it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel

from ...domain import lifecycle
from ...domain.documents import Doc
from ...domain.vocab import AGREEMENT_KINDS, AGREEMENT_STATUSES
from .. import formatting as fmt
from ..widgets import names
from ..widgets.fields import CheckField, ChoiceField, CityField, DateField, ListChoice, NumberField, TextField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit, LangTabsEdit
from ..widgets.parts import Column, PartsEditor
from ..widgets.pickers import RecordListEdit, RecordPicker
from .attachments import AttachmentsEditor
from .base import RecordEditor
from .people import scrolled
from .team import language_map_list
from .timeline import TimelineEditor


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
        signing.add("notice_days", NumberField(0, 3650, self.tr(" days")), self.tr("Notice period"),
                    self.tr("How many days before the expiry notice must be given (to end it, or not to renew it)."))
        signing.add("auto_renews", CheckField(self.tr("Renews itself unless notice is given")), self.tr("Renewal"))
        signing.add("renews_for_months", NumberField(1, 1200, self.tr(" months")), self.tr("Each renewal runs"))
        self.notice_line = QLabel()
        signing.add_row(self.tr("Last day to give notice"), self.notice_line)
        signing.add("owner_seoul", RecordPicker(self.lookup, "person", self.lang), self.tr("Owner in Seoul"),
                    self.tr("Who watches the agreement's deadlines in Seoul."))
        signing.add("owner_beijing", RecordPicker(self.lookup, "person", self.lang), self.tr("Owner in Beijing"),
                    self.tr("Who watches the agreement's deadlines in Beijing."))
        signing.add("renewal_terms", LangMapEdit(lines=4), self.tr("Renewal terms (note)"))
        for key in ("notice_days", "auto_renews", "expires_on"):
            self.field(key).changed.connect(self._renewal_changed)
        self.add_tab("signing", self.tr("Signing and renewal"), scrolled(signing))

        parties = self.add_form(FieldForm())
        self.parties = parties.add("parties", RecordListEdit(self.lookup, "organization", self.lang, rows=3),
                                   self.tr("Parties"), self.tr("The organizations bound by the agreement (two or more)."))
        self.party_choice = ListChoice(lambda org: self.name_of("organization", org))
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
        self.parties.changed.connect(lambda: self.party_choice.set_options(self.parties.value()))
        self.add_tab("parties", self.tr("Parties and signatories"), parties)

        history = self.add_form(FieldForm())
        self.timeline = history.add("events", TimelineEditor(self, lambda: self.attachments.value()), "")
        self.timeline.changed.connect(self._timeline_changed)
        self.add_tab("timeline", self.tr("Timeline"), history)

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
            "renewal_terms": None, "notice_days": None, "auto_renews": False, "renews_for_months": None,
            "owner_seoul": None, "owner_beijing": None, "areas": [], "supersedes": None, "attachments": [],
            "events": [],
        }

    def after_fill(self, doc: Doc) -> None:
        self.party_choice.set_options(doc.get("parties") or [])
        self.signatories.refresh()
        self.timeline.refresh_files()
        self._timeline_changed()

    def adjust(self, doc: Doc) -> None:
        """What follows from the timeline is what is saved (the fields show it, read-only)."""
        doc.update(lifecycle.apply(doc))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._read_only = read_only
        self._timeline_changed()

    def _timeline_changed(self) -> None:
        """The fields the timeline gives show its values and cannot be typed over; the others are free."""
        derived = lifecycle.derive(self.timeline.value())
        for key in lifecycle.DERIVED_FIELDS:
            widget = self.field(key)
            source = derived.get(key)
            if source is not None and widget.value() != source.value:
                widget.blockSignals(True)
                widget.set_value(source.value)
                widget.blockSignals(False)
            widget.set_read_only(source is not None or getattr(self, "_read_only", False))
            widget.setToolTip(self.tr("Follows from the timeline (%1 on %2).")
                              .replace("%1", names.event_name(source.event)).replace("%2", source.on)
                              if source is not None else "")
        self._renewal_changed()

    def _renewal_changed(self) -> None:
        expires, days = self.field("expires_on").value(), self.field("notice_days").value()
        try:
            deadline = lifecycle.notice_deadline(date.fromisoformat(expires) if expires else None, days)
        except ValueError:
            deadline = None
        self.notice_line.setText(fmt.date_text(deadline) if deadline else "—")
        self.field("renews_for_months").set_read_only(not self.field("auto_renews").value()
                                                      or getattr(self, "_read_only", False))

    def id_hint(self, doc: Doc) -> tuple[Any, str]:
        year = (doc.get("signed_on") or "")[:4]
        return doc.get("title"), year
