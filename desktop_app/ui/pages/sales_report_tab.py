"""The Inventory page's Sales reports tab: sales grouped by product, producer, market or
day, with commission, and the cooperative's own stock at cost."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.money import format_amount
from desktop_app.i18n import tr
from desktop_app.services import market_days, stock
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import table_view

REPORT_COLUMNS = (
    Column(lambda: tr("Sold by")), Column(lambda: tr("Quantity"), "int"),
    Column(lambda: tr("Sales amount"), "money"), Column(lambda: tr("Commission"), "money"),
)


class SalesReportTab(QWidget):
    def __init__(self, ctx: AppContext, minor_digits: int):
        super().__init__()
        self.ctx = ctx
        self.minor_digits = minor_digits
        today = date.today()
        self.start = DateEdit(date(today.year, 1, 1))
        self.end = DateEdit(today)
        self.by = QComboBox()
        for label, key in ((tr("Product"), "product"), (tr("Producer"), "producer"),
                           (tr("Market"), "market"), (tr("Day"), "day")):
            self.by.addItem(label, key)
        self.market = QComboBox()
        self.model = PagedTableModel(REPORT_COLUMNS, ListSource(), minor_digits)
        self.table = table_view(self.model, 0, sortable=True)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.valuation = QLabel()
        self.valuation.setStyleSheet("font-size: 12pt;")
        top = QHBoxLayout()
        for widget in (QLabel(tr("From")), self.start, QLabel(tr("To")), self.end,
                       QLabel(tr("Group by")), self.by, QLabel(tr("Market")), self.market):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.valuation)
        self.setLayout(layout)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.reload)
        self.by.currentIndexChanged.connect(self.reload)
        self.market.currentIndexChanged.connect(self.reload)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            names = market_days.markets(session)
        current = self.market.currentData()
        self.market.blockSignals(True)
        self.market.clear()
        self.market.addItem(tr("All markets"), None)
        for name in names:
            self.market.addItem(name, name)
        self.market.setCurrentIndex(max(0, self.market.findData(current)))
        self.market.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            rows = market_days.sales_report(
                session, self.by.currentData(), self.start.value(),
                self.end.value(), market=self.market.currentData(),
            )
            value = stock.stock_value(session)
        self.model.source = ListSource(
            [(r.label, r.quantity, r.amount, r.commission) for r in rows]
        )
        self.model.reload()
        self.totals.setText(tr(
            "Total: {quantity} items, {amount}, commission {commission}",
            quantity=sum(r.quantity for r in rows),
            amount=format_amount(sum(r.amount for r in rows), self.minor_digits),
            commission=format_amount(sum(r.commission for r in rows), self.minor_digits)))
        self.valuation.setText(tr("Cooperative's own stock at cost: {value}",
                                  value=format_amount(value, self.minor_digits)))
