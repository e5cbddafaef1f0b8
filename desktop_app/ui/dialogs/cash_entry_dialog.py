"""Cash in / cash out: a simple income, expense, grant or bank transfer paid in cash."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop_app.domain.accounts import BEBAN_OPERASIONAL, MODAL_DONASI
from desktop_app.domain.money import AmountError
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.labels import account_type_label
from desktop_app.services.cashbook import CashMovement, Direction, cash_accounts, post_cash_movement
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import lay_out
from desktop_app.ui.widgets.money_edit import MoneyEdit

DATE_FORMAT = "dd/MM/yyyy"




class CashEntryDialog(QDialog):
    """Posts one cash movement; afterwards `entry_id` is the new entry's number."""

    def __init__(self, ctx: AppContext, direction: Direction, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.direction = direction
        self.entry_id: int | None = None
        self.setWindowTitle(tr("Cash in") if direction == Direction.IN else tr("Cash out"))
        self.setMinimumWidth(660)  # the account label and long account names both fit
        with ctx.session() as session:
            accounts = cash_accounts(session)
        self.on = DateEdit(today or date.today())
        self.account = QComboBox()
        for account in accounts:
            self.account.addItem(
                f"{account.code}  {account.name}  ({account_type_label(account.type)})",
                account.code,
            )
        default = MODAL_DONASI if direction == Direction.IN else BEBAN_OPERASIONAL
        self.account.setCurrentIndex(max(0, self.account.findData(default)))
        self.amount = MoneyEdit(ctx.money.minor_digits)
        self.description = QLineEdit()
        self.description.setPlaceholderText(
            tr("e.g. Grant from the NGO") if direction == Direction.IN
            else tr("e.g. Stationery for the group meeting")
        )
        form = QFormLayout()
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("Received from / for account") if direction == Direction.IN
                    else tr("Paid for account"), self.account)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Description"), self.description)
        self.problem, _ = lay_out(self, [form], self.save)
        self.amount.setFocus()

    def movement(self) -> CashMovement:
        return CashMovement(
            on=self.on.date().toPython(),
            direction=self.direction,
            account=self.account.currentData(),
            amount=self.amount.amount(),
            description=self.description.text(),
        )

    def save(self) -> None:
        try:
            movement = self.movement()
            if not confirm_posting_date(self, movement.on):
                return
            with self.ctx.session() as session:
                self.entry_id = post_cash_movement(session, movement)
        except AmountError as exc:
            self.problem.setText(tr("Amount: {problem}", problem=exc))
            self.amount.setFocus()
            return
        except KoperasiError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()
