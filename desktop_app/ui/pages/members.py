"""The members page: a searchable, filterable list over 10,000 members, paged from SQL."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.services import members
from desktop_app.services.member_list import MemberListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.member_dialog import GroupsDialog, MemberDialog
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.member_detail import MemberDetailDialog
from desktop_app.ui.widgets.forms import FIT_ROWS, MessageLine, fit_columns_once

COLUMNS = (
    Column(lambda: tr("No.")),
    Column(lambda: tr("Name")),
    Column(lambda: tr("Group")),
    Column(lambda: tr("Phone")),
    Column(lambda: tr("Status")),
    Column(lambda: tr("Total savings"), "money"),
    Column(lambda: tr("Outstanding loan"), "money"),
    Column(lambda: tr("Wajib arrears"), "money"),
)


class MembersPage(Page):
    loads_when_built = True
    key = "members"

    @classmethod
    def title(cls) -> str:
        return tr("Members")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.source = MemberListSource(ctx.session, date.today())
        self.source.status = MemberStatus.ACTIVE
        # read once, at the end, with the filters and sort order set up
        self.model = PagedTableModel(COLUMNS, self.source, ctx.money.minor_digits, self,
                                     load=False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search number, name or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(self._filter)
        self.status = QComboBox()
        for text, value in ((tr("Active members"), MemberStatus.ACTIVE),
                            (tr("Members who left"), MemberStatus.LEFT),
                            (tr("All members"), None)):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(self._filter)
        self.arrears = QCheckBox(tr("In arrears only"))
        self.arrears.toggled.connect(self._filter)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.arrears)
        filters.addWidget(self.count)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # columns as wide as their contents and titles (fixed widths cut "Kelompok …" and
        # the English "Outstanding loan"); a long name is cut at 170 px, not the rest
        header.setResizeContentsPrecision(FIT_ROWS)  # measure a screenful, not every row
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 170)
        fit_columns_once(self.table)  # not on every letter of a search

        add = QPushButton(tr("New member…"))
        add.clicked.connect(self.add_member)
        edit = QPushButton(tr("Edit…"))
        edit.clicked.connect(self.edit_selected)
        details = QPushButton(tr("Details…"))
        details.clicked.connect(self.open_selected)
        groups = QPushButton(tr("Groups…"))
        groups.clicked.connect(self._groups)
        for button in (add, edit, groups):
            button.setEnabled(ctx.can(Permission.EDIT_MASTER))
        self.saved = MessageLine()  # what the last save did
        buttons = QHBoxLayout()
        for button in (add, edit, details, groups):
            buttons.addWidget(button)
        buttons.addWidget(self.saved, 1)

        layout = QVBoxLayout()
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self._load_groups()
        self.reload()

    def refresh(self) -> None:
        self._load_groups()
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self._update_count()

    def _load_groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(tr("All groups"), None)
        with self.ctx.session() as session:
            for group in members.list_groups(session):
                self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)

    def _filter(self) -> None:
        self.source.search = self.search.text()
        self.source.group_id = self.group.currentData()
        self.source.status = self.status.currentData()
        self.source.in_arrears = self.arrears.isChecked()
        self.reload()

    def _update_count(self) -> None:
        self.count.setText(tr("{n} members", n=self.model.total()))

    def selected_member(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).member_id if index.isValid() else None

    def add_member(self) -> None:
        dialog = MemberDialog(self.ctx, None, self)
        if run_modal(dialog):
            self.show_saved(dialog.member_id)

    def edit_selected(self) -> None:
        member_id = self.selected_member()
        if member_id and run_modal(MemberDialog(self.ctx, member_id, self)):
            self.show_saved(member_id)

    def show_saved(self, member_id: int) -> None:
        """Say what was saved and select her in the list, widening the filters if they
        hide her (a new member sorted onto a page not loaded yet is found by number)."""
        with self.ctx.session() as session:
            info = members.get_member(session, member_id)
        self.reload()
        if not self._select(member_id):
            self.group.setCurrentIndex(0)
            self.status.setCurrentIndex(self.status.findData(None))
            self.arrears.setChecked(False)
            self.search.setText(info.number)
            self._select(member_id)
        self.saved.say(tr("Saved: {number} — {name}.", number=info.number, name=info.name))

    def _select(self, member_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row(row).member_id == member_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def open_selected(self) -> None:
        member_id = self.selected_member()
        if member_id:
            dialog = MemberDetailDialog(self.ctx, member_id, self)
            run_modal(dialog)
            if dialog.changed:
                self.reload()

    def _groups(self) -> None:
        run_modal(GroupsDialog(self.ctx, self))
        self.refresh()
