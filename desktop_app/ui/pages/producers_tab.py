"""The Inventory page's Producers tab: what the cooperative owes each consignment
producer, and the statement and settlement dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.money import format_amount
from desktop_app.i18n import tr
from desktop_app.services import consignment
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.settlement_dialog import SettlementDialog
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.forms import fit_columns_once, selected_row, table_view

PRODUCER_COLUMNS = (
    Column(lambda: tr("Member No")), Column(lambda: tr("Name")),
    Column(lambda: tr("Products"), "int"), Column(lambda: tr("Owed"), "money"),
)


class ProducersTab(QWidget):
    def __init__(self, ctx: AppContext, minor_digits: int):
        super().__init__()
        self.ctx = ctx
        self.minor_digits = minor_digits
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search member number or name"))
        self.model = PagedTableModel(PRODUCER_COLUMNS, consignment.producer_rows(ctx.session),
                                     minor_digits)
        self.table = table_view(self.model, 1, sortable=True)
        fit_columns_once(self.table)  # not on every letter of a search
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 13pt; font-weight: bold;")
        settle = QPushButton(tr("Statement and settlement"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.total)
        bottom.addStretch(1)
        bottom.addWidget(settle)
        layout = QVBoxLayout()
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setLayout(layout)
        self.search.textChanged.connect(self.refresh)
        settle.clicked.connect(self._settle)
        self.table.doubleClicked.connect(self._settle)

    def refresh(self) -> None:
        self.model.source = consignment.producer_rows(self.ctx.session, self.search.text())
        self.model.reload()
        with self.ctx.session() as session:
            owed = consignment.total_owed(session)
        self.total.setText(tr("Owed to producers: {amount}",
                              amount=format_amount(owed, self.minor_digits)))

    def _settle(self) -> None:
        row = selected_row(self.table)
        if row and run_modal(SettlementDialog(self.ctx, row.member_id, self)):
            self.refresh()
