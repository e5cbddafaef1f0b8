"""Goods in (received from a producer, bought, or opening stock) and adjustments."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.stock_postings import movement_draft
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import products, stock
from desktop_app.services.chart import list_accounts
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import lay_out

RECEIVE, OPENING, ADD, REMOVE = "receive", "opening", "add", "remove"


class StockMovementDialog(QDialog):
    def __init__(self, ctx: AppContext, product_id: int, parent: QWidget | None = None,
                 on: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        with ctx.session() as session:
            self.product = products.get_product(session, product_id)
            self.accounts = {a.code: a.name for a in list_accounts(session)}
        p = self.product
        self.setWindowTitle(tr("Stock of {name}", name=p.name))
        self.setMinimumWidth(480)
        self.kind = QComboBox()
        goods_in = (tr("Received from the producer") if p.consignment
                    else tr("Bought (paid from cash)"))
        for label, key in ((goods_in, RECEIVE), (tr("Opening stock"), OPENING),
                           (tr("Adjustment: found / extra"), ADD),
                           (tr("Adjustment: lost, damaged or taken back"), REMOVE)):
            self.kind.addItem(label, key)
        self.on = DateEdit(on)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Reason or supplier"))
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Product"), QLabel(f"<b>{p.code} — {p.name}</b>"))
        form.addRow(tr("In stock now"), QLabel(f"{p.stock} {p.unit}"))
        form.addRow(tr("Movement"), self.kind)
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("Quantity"), self.quantity)
        form.addRow(tr("Reason / note"), self.reason)
        self.error, _ = lay_out(self, [form, self.effect], self.save)
        self.kind.currentIndexChanged.connect(self._explain)
        self.quantity.valueChanged.connect(self._explain)
        self._explain()

    def _explain(self) -> None:
        """Say what the movement posts, from the entry the service would build."""
        kind, quantity = self.kind.currentData(), self.quantity.value()
        change = -quantity if kind == REMOVE else quantity
        draft = movement_draft(self.product, "adjust" if kind in (ADD, REMOVE) else kind,
                               change, date.today())
        if draft is None:
            self.effect.setText(tr("Consignment goods belong to the producer: nothing is "
                                   "posted to the books.") if self.product.consignment
                                else tr("Nothing is posted: the product has no cost price."))
            return
        self.effect.setText(tr("Posts {value} at cost: debit {debit}, credit {credit}.",
                               value=self.ctx.money.amount(abs(draft.lines[0].amount)),
                               debit=self._names(draft, debit=True),
                               credit=self._names(draft, debit=False)))

    def _names(self, draft, debit: bool) -> str:
        return ", ".join(self.accounts.get(line.account, line.account) for line in draft.lines
                         if (line.amount > 0) == debit)

    def save(self) -> None:
        kind, quantity = self.kind.currentData(), self.quantity.value()
        on = self.on.value()
        reason = self.reason.text()
        if not confirm_posting_date(self, on):
            return
        try:
            with self.ctx.session() as session:
                if kind == RECEIVE:
                    stock.receive(session, self.product.id, quantity, on, reason or None)
                elif kind == OPENING:
                    stock.opening_stock(session, self.product.id, quantity, on)
                else:
                    change = quantity if kind == ADD else -quantity
                    stock.adjust(session, self.product.id, change, on, reason)
        except KoperasiError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
