"""Tanggung renteng at a meeting: the group covers a member's installment (equal shares
among those present, editable, cash or voluntary savings), and later she pays them back
(split over what she owes each, editable, paid out in cash or into their savings)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
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
from desktop_app.ui.context import AppContext, Money
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import lay_out, table_view
from desktop_app.ui.widgets.money_edit import MoneyEdit

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class SharesModel(QAbstractTableModel):
    """Members with a tick (present / paid), her share (editable), and a tick for
    voluntary savings instead of cash. A short list: one group's members."""

    edited = Signal()

    def __init__(self, money: Money, people: list[tuple[int, str, str, int]], tick_title: str,
                 savings_title: str, parent=None):
        super().__init__(parent)
        self.money = money
        # id, label, hint (e.g. what she is owed), ticked, amount, savings
        self.rows = [[pid, f"{number} — {name}", hint, True, 0, False]
                     for pid, number, name, hint in people]
        self.titles = [tick_title, tr("Member"), "", tr("Share"), savings_title]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (0, 4):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 3:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (0, 4):
            return CHECKED if row[3 if column == 0 else 5] else UNCHECKED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 1:
                return row[1]
            if column == 2:
                return row[2]
            if column == 3:
                return self.money.number(row[4]) if row[3] else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (0, 4):
            row[3 if column == 0 else 5] = Qt.CheckState(value) == CHECKED
        elif role == Qt.ItemDataRole.EditRole and column == 3:
            try:
                row[4] = self.money.parse(value) if str(value).strip() else 0
            except AmountError:
                return False
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        self.edited.emit()
        return True

    def set_amounts(self, amounts: dict[int, int]) -> None:
        for row in self.rows:
            row[4] = amounts.get(row[0], 0)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))

    def ticked(self) -> list[int]:
        return [row[0] for row in self.rows if row[3]]

    def shares(self) -> list[Share]:
        return [Share(row[0], row[4], "savings" if row[5] else "cash")
                for row in self.rows if row[3]]


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
