"""The Inventory page's Market days tab: open a market day and work its sales form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import market_days
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.market_day import MarketDaySalesForm
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import error_label, selected_row, table_view

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
