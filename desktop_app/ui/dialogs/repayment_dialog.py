"""Record a repayment (angsuran) or an early payoff: the amount defaults to what is due,
and the split (denda, jasa, pokok) is shown before anything is posted."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.money import AmountError
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import loans
from desktop_app.services.loan_portfolio import loan_detail
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import lay_out
from desktop_app.ui.widgets.money_edit import MoneyEdit


class RepaymentDialog(QDialog):
    def __init__(self, ctx: AppContext, loan_id: int, parent: QWidget | None = None,
                 on: QDate | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id = loan_id
        self.entry_id: int | None = None
        with ctx.session() as session:
            detail = loan_detail(session, loan_id, (on or QDate.currentDate()).toPython())
        self.setWindowTitle(tr("Repayment of loan {number}", number=detail.number))
        self.setMinimumWidth(820)  # the pay-off choice reads in full
        heading = QLabel(tr("{name} ({member}) — outstanding {amount}", name=detail.member_name,
                            member=detail.member_number,
                            amount=ctx.money.amount(detail.outstanding)))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.on = DateEdit(on)
        self.amount = MoneyEdit(ctx.money.minor_digits)
        self.amount.setStyleSheet("font-size: 14pt;")
        self.payoff = QCheckBox(
            tr("Pay off the whole loan now (interest by the product's early payoff rule)"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("Amount"), self.amount)
        form.addRow("", self.payoff)
        form.addRow(tr("Note"), self.note)
        self.split = QLabel()
        self.split.setStyleSheet("font-size: 12pt;")
        self.error, self.buttons = lay_out(self, [heading, form, self.split], self.submit,
                                           tr("Post repayment"))
        self.amount.textChanged.connect(self.update_split)
        self.on.dateChanged.connect(self._default_amount)
        self.payoff.toggled.connect(self._default_amount)
        self._default_amount()

    def _date(self):
        return self.on.date().toPython()

    def _default_amount(self) -> None:
        with self.ctx.session() as session:
            try:
                if self.payoff.isChecked():
                    amount = loans.payoff_quote(session, self.loan_id, self._date()).total
                else:
                    amount = loans.amount_due(session, self.loan_id, self._date())
            except KoperasiError as exc:
                self.error.setText(exc.message)
                return
        self.amount.setReadOnly(self.payoff.isChecked())
        self.amount.set_amount(amount)
        self.update_split()

    def update_split(self) -> None:
        self.error.setText("")
        try:
            amount = self.amount.amount()
            with self.ctx.session() as session:
                if self.payoff.isChecked():
                    split = loans.payoff_quote(session, self.loan_id, self._date())
                else:
                    split = loans.preview_repayment(session, self.loan_id, self._date(), amount)
        except (AmountError, KoperasiError) as exc:
            self.split.setText("")
            self.error.setText(str(exc))
            return
        money = self.ctx.money.amount
        self.split.setText(tr(
            "Penalty (denda) {penalty} · Interest (jasa) {interest} · Principal {principal}",
            penalty=money(split.penalty), interest=money(split.interest),
            principal=money(split.principal)))

    def submit(self) -> None:
        if not confirm_posting_date(self, self._date()):
            return
        try:
            amount = self.amount.amount()
            with self.ctx.session() as session:
                if self.payoff.isChecked():
                    self.entry_id = loans.pay_off(session, self.loan_id, self._date())
                else:
                    self.entry_id = loans.repay(session, self.loan_id, self._date(), amount,
                                                self.note.text().strip() or None)
        except (AmountError, KoperasiError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()
