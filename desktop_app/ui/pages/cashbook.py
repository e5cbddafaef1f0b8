"""The cash book (Kas): cash movements with filters, cash at the start and end of the
period, and the treasurer's cash in, cash out and reversal."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.dates import add_months
from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.labels import kind_label
from desktop_app.services.cashbook import (
    CashbookSource,
    CashFilter,
    CashRow,
    Direction,
    period_cash,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.cash_entry_dialog import CashEntryDialog
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.reversal import ask_and_reverse
from desktop_app.ui.models.cash import CASH_COLUMNS, CashTableModel
from desktop_app.ui.models.paged import ROW_ROLE
from desktop_app.ui.pages.base import Page
from desktop_app.ui.screen_fit import compact
from desktop_app.ui.widgets.date_edit import DateEdit

SEARCH_DELAY_MS = 300


def period_choices(today: date) -> list[tuple[str, date | None, date | None]]:
    """Named periods: (label, first day, last day); None means no limit."""
    month_start = today.replace(day=1)
    return [
        (tr("This month"), month_start, today),
        (tr("Last month"), add_months(month_start, -1), month_start - timedelta(days=1)),
        (tr("This year"), today.replace(month=1, day=1), today),
        (tr("Everything"), None, None),
    ]


class CashbookPage(Page):
    key = "cashbook"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        self.today = today or date.today()

        self.period = QComboBox()
        self.periods = period_choices(self.today)
        for label, _, _ in self.periods:
            self.period.addItem(label)
        self.period.addItem(tr("Chosen dates"))
        self.date_from = DateEdit(self.today)
        self.date_to = DateEdit(self.today)
        self.kind = QComboBox()
        self.kind.addItem(tr("All kinds"), None)
        for kind in EntryKind:
            self.kind.addItem(kind_label(kind), str(kind))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search description or entry no."))
        self.search.setClearButtonEnabled(True)
        self.cash_only = QCheckBox(tr("Cash movements only"))
        self.cash_only.setChecked(True)
        self.opening = QLabel()
        self.closing = QLabel()
        for label in (self.opening, self.closing):
            label.setObjectName("figure")

        self.source = CashbookSource(ctx.session, self._filters_for(0))
        self.model = CashTableModel(CASH_COLUMNS, self.source, ctx.money.minor_digits, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in ((0, 105), (1, 60), (2, 120), (4, 170), (5, 115), (6, 115),
                              (7, 95)):
            self.table.setColumnWidth(column, width)
        # the description (with the member's name) takes what is left
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.cash_in = QPushButton(tr("Cash in…"))
        self.cash_out = QPushButton(tr("Cash out…"))
        self.reverse = QPushButton(tr("Reverse…"))
        self.cash_in.setObjectName("primary")
        self.cash_out.setObjectName("primary")
        can_post = ctx.can(Permission.POST)
        for button in (self.cash_in, self.cash_out, self.reverse):
            button.setVisible(can_post)
        self.cash_in.clicked.connect(lambda: self.post(Direction.IN))
        self.cash_out.clicked.connect(lambda: self.post(Direction.OUT))
        self.reverse.clicked.connect(self.reverse_selected)
        self.reverse.setEnabled(False)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_paused)
        self._layout()
        self._set_dates(0)
        self.period.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.cash_only.toggled.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def _layout(self) -> None:
        compact(self.period, 10)
        compact(self.kind, 9)
        filters = QHBoxLayout()
        for label, widget in ((tr("Period"), self.period), (tr("From"), self.date_from),
                              (tr("To"), self.date_to), (tr("Kind"), self.kind)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.cash_only)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addSpacing(20)
        for button in (self.cash_in, self.cash_out, self.reverse):
            actions.addWidget(button)
        figures = QHBoxLayout()
        figures.addWidget(self.opening)
        figures.addSpacing(40)
        figures.addWidget(self.closing)
        figures.addStretch(1)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (filters, actions, figures):
            layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.setLayout(layout)

    @classmethod
    def title(cls) -> str:
        return tr("Cash book")

    # -- filters
    def _set_dates(self, index: int) -> None:
        _, first, last = self.periods[index]
        for edit, value in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setEnabled(value is not None)
            shown = value or self.today
            edit.setDate(QDate(shown.year, shown.month, shown.day))
            edit.blockSignals(False)

    def _period_chosen(self, index: int) -> None:
        if index < len(self.periods):
            self._set_dates(index)
            self.refresh()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(len(self.periods))
        self.period.blockSignals(False)
        self.refresh()

    def _search_paused(self) -> None:
        if self.isVisible():  # a hidden page refreshes when it is shown again
            self.refresh()

    def _filters_for(self, period_index: int) -> CashFilter:
        if period_index < len(self.periods):
            _, first, last = self.periods[period_index]
        else:
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        return CashFilter(
            date_from=first, date_to=last, kind=self.kind.currentData(),
            text=self.search.text(), cash_only=self.cash_only.isChecked(),
        )

    def filters(self) -> CashFilter:
        return self._filters_for(self.period.currentIndex())

    def refresh(self) -> None:
        filters = self.filters()
        self.source.set_filters(filters)
        self.model.reload()
        with self.ctx.session() as session:
            cash = period_cash(session, filters.date_from, filters.date_to)
        self.opening.setText(tr("Cash at the start: {amount}", amount=self._money(cash.opening)))
        self.closing.setText(tr("Cash at the end: {amount}", amount=self._money(cash.closing)))
        self._selection_changed()

    def _money(self, minor: int) -> str:
        return self.ctx.money.amount(minor)

    # -- actions
    def selected_row(self) -> CashRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _selection_changed(self, *_) -> None:
        row = self.selected_row()
        self.reverse.setEnabled(
            row is not None and not row.reversed and row.kind_code != EntryKind.REVERSAL
        )

    def post(self, direction: Direction) -> int | None:
        dialog = CashEntryDialog(self.ctx, direction, self, today=self.today)
        if not run_modal(dialog):
            return None
        self.refresh()
        return dialog.entry_id

    def reverse_selected(self) -> int | None:
        row = self.selected_row()
        if row is None:
            return None
        amount = row.cash_in or row.cash_out
        summary = row.description + (f" ({self._money(amount)})" if amount else "")
        reversal_id = ask_and_reverse(self, self.ctx, row.number, row.date, summary,
                                      today=self.today)
        if reversal_id is not None:
            self.refresh()
        return reversal_id
