"""Stock count (stok opname): type what is on the shelf; differences become adjustments."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import inventory_lists, stock
from desktop_app.services.inventory_lists import ProductFilter
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.stock_count import EXPECTED, NAME, StockCountTableModel
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import dialog_buttons, error_label


class StockCountDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Stock count"))
        self.resize(720, 600)
        source = inventory_lists.product_rows(ctx.session, ProductFilter())
        rows = [(r[9], r[0], r[1], r[7]) for r in source.fetch(0, source.count())]
        self.model = StockCountTableModel(rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(EXPECTED, 140)  # "Menurut buku" in full
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.on = DateEdit()
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Counted on")))
        top.addWidget(self.on)
        top.addStretch(1)
        note = QLabel(tr("Type the quantity found for each product you counted. Products "
                         "left empty are not changed."))
        note.setWordWrap(True)
        buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setLayout(layout)

    def save(self) -> None:
        counts = self.model.counts()
        if not counts:
            self.error.setText(tr("Type at least one counted quantity."))
            return
        if not confirm_posting_date(self, self.on.value()):
            return
        try:
            with self.ctx.session() as session:
                self.results = stock.count_stock(session, counts, self.on.value())
        except KoperasiError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
