"""Savings entry for a group meeting: member, what, amount, Enter, next member.

The keyboard never leaves the form: Enter in the member field finds the member and moves
to the amount; Enter in the amount posts, shows her new balances, offers the receipt and
puts the cursor back in the member field for the next one.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import AmountError
from desktop_app.domain.roles import Permission
from desktop_app.domain.savings import SavingsType, label
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import members, receipt_numbers, savings
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.reversal import ask_and_reverse
from desktop_app.ui.documents.receipts import receipt_file_name, receipt_html
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import ERROR, MessageLine, error_label, set_state, table_view
from desktop_app.ui.widgets.member_picker import MemberPicker
from desktop_app.ui.widgets.money_edit import MoneyEdit
from desktop_app.ui.widgets.print_button import PrintButton

WITHDRAW = "withdraw"


class RecentRow(NamedTuple):
    """A recent posting as the table shows it (the entry id is not shown)."""

    receipt_no: str
    date: date
    member_number: str
    member_name: str
    type: str
    amount: int
    note: str
    entry_id: int


RECENT_COLUMNS = (
    Column(lambda: tr("Receipt no.")),
    Column(lambda: tr("Date"), "date"),
    Column(lambda: tr("No.")),
    Column(lambda: tr("Name")),
    Column(lambda: tr("Type")),
    Column(lambda: tr("Amount"), "money"),
    Column(lambda: tr("Note")),
)


class SavingsPage(Page):
    key = "savings"

    @classmethod
    def title(cls) -> str:
        return tr("Savings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.last_entry_id: int | None = None
        self.shown_member: int | None = None

        self.picker = MemberPicker(ctx)
        self.picker.returnPressed.connect(self._member_entered)
        # picked from the list: move on once the completer has handed focus back
        self.picker.completer().activated.connect(
            lambda _text: QTimer.singleShot(0, self._member_entered)
        )
        self.picker.member_changed.connect(self._member_changed)
        self.action = QComboBox()
        for text, value in (
            (tr("Deposit Simpanan Wajib"), SavingsType.WAJIB),
            (tr("Deposit Simpanan Sukarela"), SavingsType.SUKARELA),
            (tr("Deposit Simpanan Pokok"), SavingsType.POKOK),
            (tr("Withdraw Simpanan Sukarela"), WITHDRAW),
        ):
            self.action.addItem(text, value)
        self.action.currentIndexChanged.connect(self._suggest_amount)
        self.months = QSpinBox()
        self.months.setRange(1, 60)
        self.months.setSuffix(tr(" month(s)"))
        self.months.valueChanged.connect(self._suggest_amount)
        self.amount = MoneyEdit(ctx.money.minor_digits)
        self.amount.returnPressed.connect(self.post)
        self.on = DateEdit()
        self.on.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.on.dateChanged.connect(self._date_changed)
        self.date_note = error_label()
        self.date_note.setWordWrap(False)
        self.note = QLineEdit()
        self.note.returnPressed.connect(self.post)
        self.post_button = QPushButton(tr("Post (Enter)"))
        self.post_button.setEnabled(ctx.can(Permission.POST))
        self.post_button.clicked.connect(self.post)
        self.receipt_button = PrintButton(tr("Print receipt"), self._last_receipt,
                                          lambda: receipt_file_name(self.ctx, self.last_entry_id),
                                          self)
        self.receipt_button.setEnabled(False)
        self.message = MessageLine()

        form = QFormLayout()
        meeting_date = QHBoxLayout()
        meeting_date.addWidget(self.on)
        meeting_date.addWidget(self.date_note, 1)
        date_label = QLabel(tr("Meeting date"))
        date_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        form.addRow(date_label, meeting_date)
        form.addRow(tr("Member"), self.picker)
        form.addRow(tr("Transaction"), self.action)
        form.addRow(tr("Months of wajib"), self.months)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Note"), self.note)
        actions = QHBoxLayout()
        actions.addWidget(self.post_button)
        actions.addWidget(self.receipt_button)
        actions.addStretch(1)
        form.addRow("", actions)
        form.addRow("", self.message)
        entry_box = QGroupBox(tr("Record a deposit or withdrawal"))
        entry_box.setLayout(form)

        self.member_title = QLabel(tr("No member chosen"))
        self.member_title.setWordWrap(True)
        self.member_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.balance_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.addWidget(self.member_title, 0, 0, 1, 2)
        for row, (key, title) in enumerate((
            ("pokok", tr("Simpanan Pokok")), ("wajib", tr("Simpanan Wajib")),
            ("sukarela", tr("Simpanan Sukarela")), ("total", tr("Total savings")),
            ("arrears", tr("Wajib arrears")),
        ), start=1):
            value = QLabel("-")
            value.setStyleSheet("font-size: 13pt;")
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(value, row, 1)
            self.balance_labels[key] = value
        grid.setRowStretch(6, 1)
        member_box = QGroupBox(tr("Member balances"))
        member_box.setLayout(grid)
        top = QHBoxLayout()
        top.addWidget(entry_box, 3)
        top.addWidget(member_box, 2)

        self.recent = PagedTableModel(RECENT_COLUMNS, ListSource(), ctx.money.minor_digits, self)
        self.recent_view = table_view(self.recent, fit=False, alternate=True)
        self.recent_view.setColumnWidth(0, 120)
        self.recent_view.setColumnWidth(3, 220)
        self.recent_view.setColumnWidth(4, 170)
        recent_receipt = PrintButton(tr("Receipt"), self._selected_receipt,
                                     lambda: receipt_file_name(self.ctx, self._selected_entry()),
                                     self)
        reverse = QPushButton(tr("Reverse…"))
        reverse.setEnabled(ctx.can(Permission.POST))
        reverse.clicked.connect(self._reverse)
        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(QLabel(f"<b>{tr('Recent postings')}</b>"))
        recent_buttons.addStretch(1)
        recent_buttons.addWidget(recent_receipt)
        recent_buttons.addWidget(reverse)

        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addLayout(recent_buttons)
        layout.addWidget(self.recent_view, 1)
        self.setLayout(layout)
        self._suggest_amount()
        self.reload_recent()

    # -- page
    def refresh(self) -> None:
        if self.action.currentData() in (SavingsType.WAJIB, SavingsType.POKOK):
            self._suggest_amount()  # the amounts may have changed in Settings meanwhile
        self.reload_recent()
        self.show_member(self.shown_member)
        self.picker.setFocus()

    def reload_recent(self) -> None:
        with self.ctx.session() as session:
            rows = savings.recent_postings(session)
        self.recent.source.rows = [
            RecentRow(r.receipt_no, r.date, r.member_number, r.member_name, label(r.savings_type),
                      r.amount, tr("Reversed") if r.reversed else "", r.entry_id)
            for r in rows
        ]
        self.recent.reload()

    # -- the member
    def _member_entered(self) -> None:
        if self.picker.resolve() is None:
            self._error(self.picker.problem())
            return
        self.message.clear()
        self.amount.setFocus()
        self.amount.selectAll()

    def _date_changed(self) -> None:
        """Every posting on a later date asks again; the form says so next to the date."""
        later = self.on.value() > self.on.today()
        self.date_note.setText(tr("later than today: each posting asks first") if later else "")
        self.show_member(self.shown_member)

    def _member_changed(self, choice) -> None:
        if choice is not None:
            self.show_member(choice.id)

    def show_member(self, member_id: int | None) -> None:
        self.shown_member = member_id
        if member_id is None:
            return
        with self.ctx.session() as session:
            info = members.get_member(session, member_id)
            held = savings.savings_balances(session, member_id)
            arrears = savings.wajib_arrears(session, member_id, self.on.value())
        group = f" · {info.group_name}" if info.group_name else ""
        self.member_title.setText(f"{info.number} — {info.name}{group}")
        for key, value in (("pokok", held.pokok), ("wajib", held.wajib),
                           ("sukarela", held.sukarela), ("total", held.total),
                           ("arrears", arrears)):
            self.balance_labels[key].setText(self.ctx.money.amount(value))
        set_state(self.balance_labels["arrears"], ERROR if arrears else "")

    # -- posting
    def _suggest_amount(self) -> None:
        """Fill in what the deposit is by the book's current profile (the service's
        rule, read fresh); a sukarela deposit or a withdrawal starts empty."""
        action = self.action.currentData()
        self.months.setEnabled(action == SavingsType.WAJIB)
        if action == WITHDRAW:
            self.amount.clear()
            return
        with self.ctx.session() as session:
            self.amount.set_amount(
                savings.expected_amount(session, action, self.months.value()))

    def post(self) -> None:
        """Post what the form says; on any problem say what to fix and post nothing."""
        choice = self.picker.chosen() or self.picker.resolve()
        if choice is None:
            self._error(self.picker.problem())
            self.picker.setFocus()
            return
        try:
            amount = self.amount.amount()
        except AmountError as exc:
            self._error(str(exc))
            self.amount.setFocus()
            return
        action, on, note = self.action.currentData(), self.on.value(), self.note.text()
        if not confirm_posting_date(self, on):
            self._error(tr("Not posted: the date {date} is later than today.",
                           date=format_date(on)))
            self.on.setFocus()
            return
        try:
            with self.ctx.session() as session:
                if action == WITHDRAW:
                    entry_id = savings.withdraw(session, choice.id, amount, on, note or None)
                else:
                    months = self.months.value() if action == SavingsType.WAJIB else None
                    entry_id = savings.deposit(session, choice.id, action, amount, on,
                                               note or None, months=months)
                receipt_no = receipt_numbers.receipt_no(session, entry_id)
        except KoperasiError as exc:
            self._error(exc.message)
            return
        self.last_entry_id = entry_id
        self.receipt_button.setEnabled(True)
        self.message.say(
            tr("Posted receipt no. {id}: {name}, {what} {amount}.", id=receipt_no,
               name=choice.name, what=self.action.currentText(),
               amount=self.ctx.money.amount(amount))
        )
        self.show_member(choice.id)
        self.reload_recent()
        self._next_member()

    def _next_member(self) -> None:
        self.picker.blockSignals(True)
        self.picker.set_member(None)
        self.picker.blockSignals(False)
        self.note.clear()
        self.months.setValue(1)
        self._suggest_amount()
        self.picker.setFocus()

    def _error(self, text: str) -> None:
        self.message.error(text)

    # -- receipts and reversals
    def _receipt(self, entry_id: int | None) -> str | None:
        if entry_id is None:
            return None
        with self.ctx.session() as session:
            return receipt_html(savings.receipt(session, entry_id))

    def _last_receipt(self) -> str | None:
        return self._receipt(self.last_entry_id)

    def _selected_entry(self) -> int | None:
        index = self.recent_view.currentIndex()
        return self.recent.row(index.row()).entry_id if index.isValid() else None

    def _selected_receipt(self) -> str | None:
        return self._receipt(self._selected_entry())

    def _reverse(self) -> None:
        index = self.recent_view.currentIndex()
        if not index.isValid():
            return
        row = self.recent.row(index.row())
        amount = self.ctx.money.amount(row.amount)
        summary = f"{row.member_number} {row.member_name}: {row.type} {amount}"
        if ask_and_reverse(self, self.ctx, row.entry_id, row.date, summary):
            self.reload_recent()
            self.show_member(self.shown_member)
