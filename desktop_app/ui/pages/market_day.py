"""The sales form of one market day: type a code or name, a quantity, press Enter.

Built for speed at a busy stall: the product field completes codes and names, Enter in
the product field moves to the quantity, Enter in the quantity (or price) records the
sale, and the cursor goes back to the product for the next one.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import AmountError, format_amount
from desktop_app.domain.roles import Permission
from desktop_app.domain.stock_postings import ProductInfo
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import market_days, products, reversals, stock
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.models.paged import ROW_ROLE, Column, PagedTableModel
from desktop_app.ui.printing import STYLE, escape, print_html
from desktop_app.ui.widgets.forms import MessageLine, confirm
from desktop_app.ui.widgets.money_edit import MoneyEdit

SALE_COLUMNS = (
    Column(lambda: tr("Code")), Column(lambda: tr("Product")), Column(lambda: tr("Producer")),
    Column(lambda: tr("Quantity"), "int"), Column(lambda: tr("Price"), "money"),
    Column(lambda: tr("Sales amount"), "money"),
)
BIG = "font-size: 13pt;"


class MarketDaySalesForm(QWidget):
    """Record the sales of one open market day; close it with a summary."""

    back_requested = Signal()
    changed = Signal()  # a sale, a reversal or the closing

    def __init__(self, ctx: AppContext, market_day_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.market_day_id = market_day_id
        self.product: ProductInfo | None = None
        self._labels: dict[str, int] = {}

        self.heading = QLabel()
        self.product_edit = QLineEdit()
        self.product_edit.setPlaceholderText(tr("Product code or name"))
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.product_edit.setCompleter(self._completer)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.price = MoneyEdit(self._minor_digits())
        self.record_button = QPushButton(tr("Record sale"))
        self.product_info = QLabel()
        self.message = MessageLine()
        self.message.setStyleSheet("font-size: 12pt;")
        for widget in (self.product_edit, self.quantity, self.price, self.record_button):
            widget.setStyleSheet(BIG)
            widget.setMinimumHeight(36)

        self.model = PagedTableModel(
            SALE_COLUMNS, market_days.sale_rows(ctx.session, market_day_id), self._minor_digits()
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 14pt; font-weight: bold;")

        back = QPushButton(tr("Back to market days"))
        self.reverse_button = QPushButton(tr("Cancel selected sale"))
        self.close_button = QPushButton(tr("Close market day"))

        entry = QGridLayout()
        entry.addWidget(QLabel(tr("Product")), 0, 0)
        entry.addWidget(QLabel(tr("Quantity")), 0, 1)
        entry.addWidget(QLabel(tr("Unit price")), 0, 2)
        entry.addWidget(self.product_edit, 1, 0)
        entry.addWidget(self.quantity, 1, 1)
        entry.addWidget(self.price, 1, 2)
        entry.addWidget(self.record_button, 1, 3)
        entry.setColumnStretch(0, 3)
        entry.setColumnStretch(1, 1)
        entry.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.reverse_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addLayout(entry)
        layout.addWidget(self.product_info)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        self.setLayout(layout)

        self.product_edit.returnPressed.connect(self._product_entered)
        self.product_edit.editingFinished.connect(self._resolve_product)
        self._completer.activated.connect(lambda _text: self._product_entered())
        self.quantity.lineEdit().returnPressed.connect(self.record)
        self.price.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        back.clicked.connect(self.back_requested)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.close_button.clicked.connect(self.close_day)
        self.refresh()

    def _minor_digits(self) -> int:
        return self.ctx.money.minor_digits

    # -- state
    def refresh(self) -> None:
        with self.ctx.session() as session:
            self.day = market_days.get_market_day(session, self.market_day_id)
            summary = market_days.market_day_summary(session, self.market_day_id)
            choices = products.product_choices(session)
        status = tr("open") if self.day.is_open else tr("closed")
        self.heading.setText(
            f"<h2>{self.day.market} — {format_date(self.day.date)}</h2>"
            f"<p>{tr('Market day status: {status}', status=status)}</p>"
        )
        self._labels = {f"{code} — {name}": pid for pid, code, name in choices}
        self._completer.model().setStringList(list(self._labels))
        can_sell = self.day.is_open and self.ctx.can(Permission.POST)
        for widget in (self.product_edit, self.quantity, self.price, self.record_button,
                       self.close_button, self.reverse_button):
            widget.setEnabled(can_sell)
        self.model.reload()
        items = sum(row.quantity for row in summary.by_product)
        self.totals.setText(
            tr("{items} items sold · cash taken {cash}", items=items,
               cash=format_amount(summary.cash_taken, self.price.minor_digits))
        )

    def _resolve_product(self) -> ProductInfo | None:
        text = self.product_edit.text().strip()
        with self.ctx.session() as session:
            if text in self._labels:
                product = products.get_product(session, self._labels[text])
            else:
                product = products.find_product(session, text)
        if product is not None and (self.product is None or product.id != self.product.id):
            self.price.set_amount(product.sale_price)
        self.product = product
        if product is None:
            self.product_info.setText("")
        else:
            owner = product.owner_name or tr("Cooperative")
            self.product_info.setText(
                tr("{name} · {owner} · in stock: {stock} {unit}", name=product.name,
                   owner=owner, stock=product.stock, unit=product.unit)
            )
        return product

    def _product_entered(self) -> None:
        if self._resolve_product() is not None:
            self.quantity.setFocus()
            self.quantity.selectAll()

    # -- actions
    def record(self) -> None:
        product = self._resolve_product()
        if product is None:
            self._fail(tr("Type a product code or name from the list."))
            return
        try:
            price = self.price.amount()
        except AmountError as exc:
            self._fail(str(exc))
            return
        try:
            with self.ctx.session() as session:
                sale = market_days.record_sale(
                    session, product.id, self.quantity.value(), unit_price=price,
                    market_day_id=self.market_day_id,
                )
        except KoperasiError as exc:
            self._fail(exc.message)
            return
        self.message.say(
            tr("Sold {quantity} {unit} {name} for {amount}. {left} left.",
               quantity=sale.quantity, unit=product.unit, name=product.name,
               amount=format_amount(sale.amount, self.price.minor_digits), left=sale.stock_left)
        )
        self.product = None
        self.product_edit.clear()
        self.product_info.clear()
        self.price.clear()
        self.quantity.setValue(1)
        self.product_edit.setFocus()
        self.refresh()
        self.changed.emit()

    def _fail(self, text: str) -> None:
        self.message.error(text)

    def reverse_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._fail(tr("Select the sale to cancel first."))
            return
        row = self.model.data(rows[0], ROW_ROLE)
        if row.kind != stock.SALE:
            self._fail(tr("That line is already a return."))
            return
        reason, ok = QInputDialog.getText(
            self, tr("Cancel sale"),
            tr("Why is this sale cancelled? The goods go back into stock."),
        )
        if not ok:
            return
        try:
            with self.ctx.session() as session:
                reversals.reverse(session, row.entry_id, self.day.date, reason)
        except KoperasiError as exc:
            self._fail(exc.message)
            return
        self.refresh()
        self.changed.emit()

    def close_day(self) -> None:
        if not confirm(self, tr("Close market day"),
                       tr("Close this market day? No more sales can be recorded on it.")):
            return
        try:
            with self.ctx.session() as session:
                summary = market_days.close_market_day(session, self.market_day_id)
        except KoperasiError as exc:
            self._fail(exc.message)
            return
        self.refresh()
        self.changed.emit()
        run_modal(SummaryDialog(summary, self.price.minor_digits, self))


def summary_html(summary: market_days.MarketDaySummary, minor_digits: int) -> str:
    """The closing summary as a printable page."""

    def money(value: int) -> str:
        return escape(format_amount(value, minor_digits))

    def table(title: str, rows: list[market_days.SalesRow], with_commission: bool) -> str:
        heads = [title, tr("Quantity"), tr("Sales amount")]
        heads += [tr("Commission")] if with_commission else []
        html = "<table><tr>" + "".join(
            f"<th{'' if i == 0 else ' class=num'}>{escape(h)}</th>" for i, h in enumerate(heads)
        ) + "</tr>"
        for r in rows:
            cells = [escape(r.label), str(r.quantity), money(r.amount)]
            cells += [money(r.commission)] if with_commission else []
            html += "<tr>" + "".join(
                f"<td{'' if i == 0 else ' class=num'}>{c}</td>" for i, c in enumerate(cells)
            ) + "</tr>"
        return html + "</table>"

    day = summary.day
    return (
        f"<h1>{escape(day.market)}</h1><p>{escape(format_date(day.date))}</p>"
        f"<h2>{escape(tr('Cash taken: {cash}', cash=money(summary.cash_taken)))}</h2>"
        f"<h2>{escape(tr('Per product'))}</h2>{table(tr('Product'), summary.by_product, False)}"
        f"<h2>{escape(tr('Per producer'))}</h2>{table(tr('Producer'), summary.by_producer, True)}"
    )


class SummaryDialog(QDialog):
    """A market day's summary: quantities and amounts per product and producer, cash."""

    def __init__(self, summary: market_days.MarketDaySummary, minor_digits: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Market day summary"))
        self.resize(680, 600)
        self.html = summary_html(summary, minor_digits)
        view = QTextBrowser()
        view.document().setDefaultStyleSheet(STYLE)
        view.setHtml(self.html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = buttons.addButton(tr("Print"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        print_button.clicked.connect(lambda: print_html(self, self.html))
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
