"""People & Organizations: the organizations as a tree per city, and the people of the chosen one
(with their positions). Selecting an organization shows its people and those of its departments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ..domain.vocab import KNOWN_CITIES
from ..errors import SecretariatError
from ..services import lists
from ..services.changes import Change
from . import formatting as fmt
from . import labels
from .collation import text_key
from .context import UiContext
from .follows_changes import FollowsChanges
from .list_view import RecordListView

ORG_ROLE = Qt.ItemDataRole.UserRole
ALL = "*"


class PeopleOrganizationsView(FollowsChanges, QWidget):
    open_requested = Signal(str, str, str)
    new_requested = Signal(str)

    def __init__(self, ctx: UiContext, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("peopleView")
        self.nodes: list[lists.OrganizationNode] = []

        self.org_filter = QLineEdit(self)
        self.org_filter.setObjectName("organizationFilter")
        self.org_filter.setClearButtonEnabled(True)
        self.org_filter.setPlaceholderText(self.tr("Filter organizations"))
        self.org_filter.textChanged.connect(self._filter_tree)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("organizations")
        self.tree.setHeaderLabels([self.tr("Organization"), self.tr("People")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._organization_chosen)
        self.tree.itemActivated.connect(self._open_organization)
        new_org = QPushButton(self.tr("New organization…"), self)
        new_org.clicked.connect(lambda: self.new_requested.emit("organization"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge_organizations = QPushButton(self.tr("Merge…"), self)
        self.merge_organizations.setObjectName("mergeOrganizations")
        self.merge_organizations.setToolTip(self.tr("Select two organizations (Ctrl+click) that are one, and merge them"))
        self.merge_organizations.clicked.connect(lambda: self.merge_selected("organization"))
        self.tree.itemSelectionChanged.connect(self._update_merge)
        self.people = RecordListView(ctx, "person", settings, self)
        self.people.open_requested.connect(self.open_requested)
        self.people.new_requested.connect(self.new_requested)
        self.merge_people = QPushButton(self.tr("Merge…"), self)
        self.merge_people.setObjectName("mergePeople")
        self.merge_people.setToolTip(self.tr("Select two people (Ctrl+click) who are one, and merge them"))
        self.merge_people.clicked.connect(lambda: self.merge_selected("person"))
        self.people.selection_changed.connect(self._update_merge)
        self.scope = QLabel(self)
        self.scope.setObjectName("scope")
        font = self.scope.font()
        font.setBold(True)
        self.scope.setFont(font)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 4)
        left_layout.addWidget(self.org_filter)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_organizations)
        buttons.addStretch(1)
        buttons.addWidget(new_org)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 0, 0)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope, 1)
        scope_row.addWidget(self.merge_people)
        right_layout.addLayout(scope_row)
        right_layout.addWidget(self.people, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.tree)
        QWidget.setTabOrder(self.org_filter, self.tree)
        self._update_merge()
        self.follow_changes(ctx)

    def concerns(self, change: Change) -> bool:
        return change.touches("organization", "person")

    # --- the tree ------------------------------------------------------------------------------------

    def show_records(self) -> None:
        chosen = self.current_organization()
        try:
            self.nodes = self.ctx.app.lists.organizations()
        except SecretariatError as exc:
            self.scope.setText(str(exc))
            return
        self.tree.blockSignals(True)
        self.tree.clear()
        everyone = QTreeWidgetItem([self.tr("Everyone"), ""])
        everyone.setData(0, ORG_ROLE, ALL)
        self.tree.addTopLevelItem(everyone)
        lang = self.ctx.lang
        by_id = {n.id: n for n in self.nodes}
        children: dict[str | None, list[lists.OrganizationNode]] = {}
        for n in self.nodes:
            parent = n.parent if n.parent in by_id and n.parent != n.id else None
            children.setdefault(parent, []).append(n)
        by_name = text_key(lang)  # Hangul order in Korean, pinyin in Chinese
        for group in children.values():
            group.sort(key=lambda n: by_name(fmt.lm_text(n.name, lang)))
        cities = sorted({n.city for n in children.get(None, [])},
                        key=lambda c: (c not in KNOWN_CITIES, list(KNOWN_CITIES).index(c) if c in KNOWN_CITIES else 0,
                                       by_name(labels.value_name(c))))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        items: dict[str, QTreeWidgetItem] = {}
        for city in cities:
            city_item = QTreeWidgetItem([labels.value_name(city), ""])
            city_item.setFont(0, bold)
            city_item.setData(0, ORG_ROLE, f"city:{city}")
            self.tree.addTopLevelItem(city_item)
            self._add_children(city_item, [n for n in children.get(None, []) if n.city == city], children, items)
            city_item.setExpanded(True)
        self.tree.blockSignals(False)
        target = items.get(chosen or "") if chosen and chosen != ALL else None
        self.tree.setCurrentItem(target or everyone)
        if target is None:
            self._organization_chosen(everyone, None)

    def _add_children(self, parent: QTreeWidgetItem, nodes: list[lists.OrganizationNode],
                      children: dict[str | None, list[lists.OrganizationNode]],
                      items: dict[str, QTreeWidgetItem]) -> None:
        lang = self.ctx.lang
        for n in nodes:
            if n.id in items:  # a cycle (refused by the rules) must not loop here
                continue
            text, fallback = fmt.lm(n.name, lang)
            item = QTreeWidgetItem([text, fmt.number_text(n.people) if n.people else ""])
            item.setData(0, ORG_ROLE, n.id)
            item.setToolTip(0, "\n".join(x for x in (text, labels.value_name(n.kind),
                                                     fmt.fallback_note(fallback, lang)) if x))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parent.addChild(item)
            items[n.id] = item
            self._add_children(item, children.get(n.id, []), children, items)

    def _filter_tree(self, text: str) -> None:
        needle = text.strip().lower()
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            item.setHidden(False)
            iterator += 1
        if not needle:
            return
        by_id = {n.id: n for n in self.nodes}
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            node = by_id.get(item.data(0, ORG_ROLE))
            if node is not None:
                names = " ".join([*node.name.values(), *(node.short_name or {}).values()]).lower()
                item.setHidden(needle not in names and not self._has_visible_child(item, needle, by_id))
            iterator += 1

    def _has_visible_child(self, item: QTreeWidgetItem, needle: str,
                           by_id: dict[str, lists.OrganizationNode]) -> bool:
        for i in range(item.childCount()):
            child = item.child(i)
            node = by_id.get(child.data(0, ORG_ROLE))
            if node and (needle in " ".join(node.name.values()).lower() or self._has_visible_child(child, needle, by_id)):
                return True
        return False

    # --- choosing ------------------------------------------------------------------------------------

    def current_organization(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ORG_ROLE) if item is not None else None

    def _organization_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = item.data(0, ORG_ROLE) if item is not None else ALL
        if key == ALL or key is None:
            self.scope.setText(self.tr("Everyone"))
            self.people.set_organizations(None)
        elif key.startswith("city:"):
            city = key.split(":", 1)[1]
            ids = tuple(n.id for n in self.nodes if n.city == city)
            self.scope.setText(self.tr("People of organizations in %1").replace("%1", labels.value_name(city)))
            self.people.set_organizations(ids)
        else:
            self.scope.setText(item.text(0) if item else "")
            self.people.set_organizations(lists.subtree(self.nodes, key))

    # --- merging duplicates ------------------------------------------------------------------------------

    def selected_organizations(self) -> list[str]:
        keys = [item.data(0, ORG_ROLE) for item in self.tree.selectedItems()]
        return [k for k in keys if k and k != ALL and not k.startswith("city:")]

    def _update_merge(self) -> None:
        writable = not self.ctx.app.read_only
        self.merge_people.setEnabled(writable and len(self.people.selected_ids()) == 2)
        self.merge_organizations.setEnabled(writable and len(self.selected_organizations()) == 2)

    def merge_selected(self, kind: str) -> Any:
        chosen = self.people.selected_ids() if kind == "person" else self.selected_organizations()
        if len(chosen) != 2:
            return None
        from .merge_dialog import open_merge

        return open_merge(self.ctx, kind, chosen[0], chosen[1], self)

    def _open_organization(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, ORG_ROLE)
        if key and key != ALL and not key.startswith("city:"):
            self.open_requested.emit("organization", key, "")

    def select_organization(self, organization_id: str) -> bool:
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            if item.data(0, ORG_ROLE) == organization_id:
                self.tree.setCurrentItem(item)
                return True
            iterator += 1
        return False

    def focus_filter(self) -> None:
        self.people.focus_filter()

    def save_state(self) -> None:
        self.people.save_state()
        if self.settings is not None:
            self.settings.setValue("people/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        if self.settings is not None:
            state = self.settings.value("people/splitter")
            if state is not None:
                self.splitter.restoreState(state)
