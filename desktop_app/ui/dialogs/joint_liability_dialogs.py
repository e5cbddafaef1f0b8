"""Tanggung renteng at a meeting: the group covers a member's installment (equal shares
among those present, editable, cash or voluntary savings), and later she pays them back
(split over what she owes each, editable, paid out in cash or into their savings)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop_app.domain.money import AmountError
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import joint_liability, loans
from desktop_app.services.joint_liability import Share
from desktop_app.services.loan_portfolio import loan_detail
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.shares import SharesModel
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import lay_out, table_view
from desktop_app.ui.widgets.money_edit import MoneyEdit


class _SharesDialog(QDialog):
    """What both dialogs share: an amount, the members' shares, their total, posting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, on: QDate | None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id: int | None = None
        self.on = DateEdit(on)
        self.amount = MoneyEdit(ctx.money.minor_digits)
        self.total = QLabel()

    def _lay_out(self, parts: list, save_text: str) -> None:
        self.error, self.buttons = lay_out(self, [*parts, self.total], self.submit, save_text)
        self.amount.textChanged.connect(self.propose)

    def _amount(self) -> int:
        try:
            return self.amount.amount()
        except AmountError:
            return 0

    def _show_total(self) -> None:
        total = sum(s.amount for s in self.model.shares())
        self.total.setText(tr("Shares add up to {total}", total=self.ctx.money.amount(total)))

    def propose(self) -> None:
        raise NotImplementedError

    def _post(self, session, on, shares: list[Share]) -> int:
        raise NotImplementedError

    def submit(self) -> None:
        on = self.on.date().toPython()
        if not confirm_posting_date(self, on):
            return
        try:
            with self.ctx.session() as session:
                self.entry_id = self._post(session, on,
                                           [s for s in self.model.shares() if s.amount])
        except KoperasiError as exc:
            self.error.setText("\n".join(exc.problems) or exc.message)
            return
        self.accept()


class CoverDialog(_SharesDialog):
    """The group covers an installment of this loan at today's meeting."""

    def __init__(self, ctx: AppContext, loan_id: int, parent: QWidget | None = None,
                 on: QDate | None = None):
        super().__init__(ctx, parent, on)
        self.loan_id = loan_id
        with ctx.session() as session:
            detail = loan_detail(session, loan_id, self.on.date().toPython())
            people = [(pid, number, name, "") for pid, number, name
                      in joint_liability.cover_candidates(session, loan_id)]
            due = loans.amount_due(session, loan_id, self.on.date().toPython())
        self.setWindowTitle(tr("Tanggung renteng: cover loan {number}", number=detail.number))
        self.setMinimumSize(720, 480)
        heading = QLabel(tr("{name} ({member}) cannot pay at the meeting; the members present "
                            "pay for her and she owes each of them her share.",
                            name=detail.member_name, member=detail.member_number))
        heading.setWordWrap(True)
        self.amount.set_amount(due)
        self.model = SharesModel(ctx.money, people, tr("Present"), tr("From voluntary savings"),
                                 self)
        self.table = table_view(self.model, 1, one_row=False)
        self.table.setColumnHidden(2, True)  # no hints when covering
        form = QFormLayout()
        form.addRow(tr("Meeting date"), self.on)
        form.addRow(tr("Amount covered"), self.amount)
        self._lay_out([heading, form, self.table], tr("Post the cover"))
        self.model.edited.connect(self._ticks_changed)
        self._ticked = self.model.ticked()
        self.propose()

    def _ticks_changed(self) -> None:
        if self.model.ticked() != self._ticked:
            self._ticked = self.model.ticked()
            self.propose()
        self._show_total()

    def propose(self) -> None:
        """Equal shares among the members ticked present."""
        shares = joint_liability.equal_shares(self._amount(), self.model.ticked())
        self.model.set_amounts({s.member_id: s.amount for s in shares})
        self._show_total()

    def _post(self, session, on, shares: list[Share]) -> int:
        return joint_liability.cover_installment(session, self.loan_id, on, shares)


class PaybackDialog(_SharesDialog):
    """She pays back what the group covered for her."""

    def __init__(self, ctx: AppContext, borrower_id: int, parent: QWidget | None = None,
                 on: QDate | None = None):
        super().__init__(ctx, parent, on)
        self.borrower_id = borrower_id
        with ctx.session() as session:
            owed = [c for c in joint_liability.claims(session, borrower_id=borrower_id)
                    if c.owed > 0]
        name = owed[0].borrower_name if owed else ""
        self.setWindowTitle(tr("Tanggung renteng: {name} pays back", name=name))
        self.setMinimumSize(720, 420)
        self.amount.set_amount(sum(c.owed for c in owed))
        self.model = SharesModel(
            ctx.money, [(c.payer_id, c.payer_number, c.payer_name,
              tr("owed {amount}", amount=ctx.money.number(c.owed))) for c in owed],
            tr("Paid now"), tr("Into her voluntary savings"), self)
        form = QFormLayout()
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("Amount paid back"), self.amount)
        self._lay_out([form, table_view(self.model, 1, one_row=False)], tr("Post the payback"))
        self.model.edited.connect(self._show_total)
        self.propose()

    def propose(self) -> None:
        """Her payment split over what she owes each payer."""
        with self.ctx.session() as session:
            parts = joint_liability.propose_payback(session, self.borrower_id, self._amount())
        self.model.set_amounts({p.member_id: p.amount for p in parts})
        self._show_total()

    def _post(self, session, on, shares: list[Share]) -> int:
        return joint_liability.pay_back(session, self.borrower_id, on, shares)
