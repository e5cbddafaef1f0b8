"""Inventory: products and stock, market days, producers' settlements, sales reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.money import format_amount
from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import consignment, inventory_lists, market_days, products, stock
from desktop_app.services.inventory_lists import ProductFilter, ProductRow
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.product_dialog import ProductDialog
from desktop_app.ui.dialogs.settlement_dialog import SettlementDialog
from desktop_app.ui.dialogs.stock_count_dialog import StockCountDialog
from desktop_app.ui.dialogs.stock_movement_dialog import StockMovementDialog
from desktop_app.ui.models.paged import ROW_ROLE, Column, PagedTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.market_day import MarketDaySalesForm
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import error_label, table_view

LOW_BACKGROUND = QColor("#fde2e1")


def selected_row(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return view.model().data(rows[0], ROW_ROLE) if rows else None


class ProductTableModel(PagedTableModel):
    """Products, with rows at or below their minimum stock shaded."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row(index.row())
            return QBrush(LOW_BACKGROUND) if row.stock <= row.min_stock else None
        return super().data(index, role)


MOVEMENT_COLUMNS = (
    Column(lambda: tr("Date"), "date"), Column(lambda: tr("Movement")),
    Column(lambda: tr("Quantity"), "int"), Column(lambda: tr("Price"), "money"),
    Column(lambda: tr("Reason / note")), Column(lambda: tr("Entry"), "int"),
)
PRODUCT_COLUMNS = (
    Column(lambda: tr("Code")), Column(lambda: tr("Name")), Column(lambda: tr("Category")),
    Column(lambda: tr("Owner")), Column(lambda: tr("Unit")),
    Column(lambda: tr("Sale price"), "money"), Column(lambda: tr("Cost price"), "money"),
    Column(lambda: tr("Stock"), "int"), Column(lambda: tr("Minimum"), "int"),
)

FIRST_PRODUCT_COLUMNS = tuple(  # shown first, in this order
    ProductRow._fields.index(name)
    for name in ("code", "name", "stock", "min_stock", "unit", "sale_price")
)


class ProductsTab(QWidget):
    def __init__(self, ctx: AppContext, minor_digits: int):
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search code or name"))
        self.owner = QComboBox()
        for label, key in ((tr("All owners"), "all"), (tr("Cooperative"), "coop"),
                           (tr("Consignment"), "consignment")):
            self.owner.addItem(label, key)
        self.category = QComboBox()
        self.category.setMinimumWidth(180)
        self.low_only = QCheckBox(tr("Low stock only"))
        self.low_banner = error_label()
        self.low_banner.setWordWrap(False)
        self.low_banner.setStyleSheet("font-size: 12pt;")
        self.model = ProductTableModel(PRODUCT_COLUMNS, self._source(), minor_digits)
        self.table = table_view(self.model, 1, sortable=True)
        header = self.table.horizontalHeader()  # whole names; stock before the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for position, column in enumerate(FIRST_PRODUCT_COLUMNS):
            header.moveSection(header.visualIndex(column), position)
        self.card_title = QLabel()
        self.card = PagedTableModel(MOVEMENT_COLUMNS, ListSource(), minor_digits)
        self.card_table = table_view(self.card, 4, sortable=True)
        self.card_table.setSortingEnabled(False)
        self.card_table.setMaximumHeight(150)
        self.card_table.hide()
        new = QPushButton(tr("New product"))
        self.edit_button = QPushButton(tr("Edit"))
        self.stock_button = QPushButton(tr("Receive / adjust stock"))
        self.count_button = QPushButton(tr("Stock count"))
        new.setEnabled(ctx.can(Permission.EDIT_MASTER))
        self.edit_button.setEnabled(ctx.can(Permission.EDIT_MASTER))
        self.stock_button.setEnabled(ctx.can(Permission.POST))
        self.count_button.setEnabled(ctx.can(Permission.POST))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.owner)
        filters.addWidget(self.category)
        filters.addWidget(self.low_only)
        buttons = QHBoxLayout()
        for button in (new, self.edit_button, self.stock_button, self.count_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(filters)
        layout.addWidget(self.low_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.card_title)
        layout.addWidget(self.card_table)
        self.setLayout(layout)

        self.table.selectionModel().selectionChanged.connect(self._show_card)
        self.search.textChanged.connect(self.reload)
        self.owner.currentIndexChanged.connect(self.reload)
        self.category.currentIndexChanged.connect(self.reload)
        self.low_only.toggled.connect(self.reload)
        new.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.doubleClicked.connect(self._edit_selected)
        self.stock_button.clicked.connect(self._stock)
        self.count_button.clicked.connect(self._count)

    def _source(self):
        return inventory_lists.product_rows(
            self.ctx.session,
            ProductFilter(search=self.search.text(), owner=self.owner.currentData() or "all",
                          category=self.category.currentData() or None,
                          low_only=self.low_only.isChecked()),
        )

    def refresh(self) -> None:
        with self.ctx.session() as session:
            names = products.categories(session)
            low = inventory_lists.low_stock_products(session)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(tr("All categories"), None)
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self.low_banner.setText(
            tr("{n} products at or below their minimum stock: {codes}", n=len(low),
               codes=", ".join(p.code for p in low[:8]) + ("…" if len(low) > 8 else ""))
            if low else ""
        )
        self.low_banner.setVisible(bool(low))
        self.reload()

    def reload(self) -> None:
        self.model.source = self._source()
        self.model.reload()
        self._show_card()

    def _show_card(self) -> None:
        row = selected_row(self.table)
        self.card.source = (inventory_lists.movement_rows(self.ctx.session, row.id)
                            if row else ListSource())
        self.card.reload()
        self.card_table.setVisible(bool(row))  # no empty card: more products fit
        self.card_title.setText(
            f"<b>{tr('Stock card of {name}', name=row.name)}</b>" if row
            else tr("Select a product to see its stock card.")
        )

    def _selected_id(self) -> int | None:
        row = selected_row(self.table)
        return row.id if row else None

    def _edit_selected(self) -> None:
        if self.ctx.can(Permission.EDIT_MASTER) and (pid := self._selected_id()):
            self._edit(pid)

    def _edit(self, product_id: int | None) -> None:
        if run_modal(ProductDialog(self.ctx, product_id, self)):
            self.refresh()

    def _stock(self) -> None:
        if (pid := self._selected_id()) and run_modal(StockMovementDialog(self.ctx, pid, self)):
            self.refresh()

    def _count(self) -> None:
        if run_modal(StockCountDialog(self.ctx, self)):
            self.refresh()


MARKET_DAY_COLUMNS = (
    Column(lambda: tr("Date"), "date"), Column(lambda: tr("Market")),
    Column(lambda: tr("Status")), Column(lambda: tr("Sales"), "int"),
    Column(lambda: tr("Sales amount"), "money"),
)


class MarketDaysTab(QWidget):
    """The list of market days, and the sales form of the one being worked on."""

    def __init__(self, ctx: AppContext, minor_digits: int):
        super().__init__()
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.form: MarketDaySalesForm | None = None
        listing = QWidget()
        self.model = PagedTableModel(MARKET_DAY_COLUMNS, market_days.market_day_rows(ctx.session),
                                     minor_digits)
        self.table = table_view(self.model, 1, sortable=True)
        self.table.setSortingEnabled(False)
        self.on = DateEdit()
        self.market = QComboBox()
        self.market.setEditable(True)
        self.market.lineEdit().setPlaceholderText(tr("Market or event name"))
        open_button = QPushButton(tr("Open market day"))
        sales_button = QPushButton(tr("Sales form"))
        self.error = error_label()
        self.error.setWordWrap(False)
        open_button.setEnabled(ctx.can(Permission.POST))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Date")))
        top.addWidget(self.on)
        top.addWidget(QLabel(tr("Market")))
        top.addWidget(self.market, 2)
        top.addWidget(open_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(sales_button)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        listing.setLayout(layout)
        self.stack.addWidget(listing)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        open_button.clicked.connect(self.open_day)
        sales_button.clicked.connect(self._show_selected)
        self.table.doubleClicked.connect(self._show_selected)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            names = market_days.markets(session)
        text = self.market.currentText()
        self.market.clear()
        self.market.addItems(names)
        self.market.setCurrentText(text)
        self.model.reload()

    def open_day(self) -> None:
        if not confirm_posting_date(self, self.on.value()):
            return
        try:
            with self.ctx.session() as session:
                day_id = market_days.open_market_day(
                    session, self.on.value(), self.market.currentText()
                )
        except KoperasiError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        self.refresh()
        self.show_form(day_id)

    def _show_selected(self) -> None:
        row = selected_row(self.table)
        if row:
            self.show_form(row.id)

    def show_form(self, market_day_id: int) -> MarketDaySalesForm:
        if self.form is not None:
            self.stack.removeWidget(self.form)
            self.form.deleteLater()
        self.form = MarketDaySalesForm(self.ctx, market_day_id)
        self.form.back_requested.connect(self.show_list)
        self.stack.addWidget(self.form)
        self.stack.setCurrentWidget(self.form)
        self.form.product_edit.setFocus()
        return self.form

    def show_list(self) -> None:
        self.refresh()
        self.stack.setCurrentIndex(0)


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


REPORT_COLUMNS = (
    Column(lambda: tr("Sold by")), Column(lambda: tr("Quantity"), "int"),
    Column(lambda: tr("Sales amount"), "money"), Column(lambda: tr("Commission"), "money"),
)


class ReportsTab(QWidget):
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


class InventoryPage(Page):
    key = "inventory"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        digits = ctx.money.minor_digits
        self.products = ProductsTab(ctx, digits)
        self.market_days = MarketDaysTab(ctx, digits)
        self.producers = ProducersTab(ctx, digits)
        self.reports = ReportsTab(ctx, digits)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.products, tr("Products"))
        self.tabs.addTab(self.market_days, tr("Market days"))
        self.tabs.addTab(self.producers, tr("Producers"))
        self.tabs.addTab(self.reports, tr("Sales reports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.setStyleSheet("QTableView, QLineEdit, QComboBox, QPushButton { font-size: 11pt; }")

    @classmethod
    def title(cls) -> str:
        return tr("Inventory and market days")

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
