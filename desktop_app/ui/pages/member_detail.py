"""One member at a glance: profile, balances, arrears, loans and savings movements.

From here the treasurer edits the member, prints the passbook or a receipt, reverses a
mistaken deposit, and starts the exit workflow.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.accounts import PIUTANG_PINJAMAN, EntryKind
from desktop_app.domain.dates import format_date
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Permission
from desktop_app.domain.savings import label
from desktop_app.i18n import tr
from desktop_app.services import joint_liability, ledger, members, passbook, savings
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.exit_dialog import ExitDialog
from desktop_app.ui.dialogs.joint_liability_dialogs import PaybackDialog
from desktop_app.ui.dialogs.member_dialog import MemberDialog
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.reversal import ask_and_reverse
from desktop_app.ui.documents.passbook import passbook_html
from desktop_app.ui.documents.receipts import receipt_file_name, receipt_html
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.member_business import BusinessTab, trainings_model
from desktop_app.ui.widgets.forms import table_view
from desktop_app.ui.widgets.print_button import PrintButton


class MovementRow(NamedTuple):
    """A savings movement as the table shows it (the last two fields are not shown)."""

    date: date
    description: str
    type: str
    deposit: int | None
    withdrawal: int | None
    balance: int
    total: int
    entry_id: int
    kind: str


MOVEMENT_COLUMNS = (
    Column(lambda: tr("Date"), "date"),
    Column(lambda: tr("Description")),
    Column(lambda: tr("Type")),
    Column(lambda: tr("Deposit"), "money"),
    Column(lambda: tr("Withdrawal"), "money"),
    Column(lambda: tr("Balance"), "money"),
    Column(lambda: tr("Total savings"), "money"),
)
JOINT_COLUMNS = (
    Column(lambda: tr("Member")),
    Column(lambda: tr("Tanggung renteng")),
    Column(lambda: tr("Covered"), "money"),
    Column(lambda: tr("Paid back"), "money"),
    Column(lambda: tr("Still owed"), "money"),
)
LOAN_COLUMNS = (
    Column(lambda: tr("Loan no.")),
    Column(lambda: tr("Disbursed"), "date"),
    Column(lambda: tr("Principal"), "money"),
    Column(lambda: tr("Status")),
    Column(lambda: tr("Outstanding"), "money"),
)


class MemberDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.changed = False
        self.setMinimumSize(980, 640)  # the seven savings columns fit
        self.heading = QLabel()
        self.hint = QLabel()
        self.profile = QFormLayout()
        profile_box = QGroupBox(tr("Profile"))
        profile_box.setLayout(self.profile)
        self.balance_labels: dict[str, QLabel] = {}
        balances = QGridLayout()
        for row, (key, title) in enumerate((
            ("pokok", tr("Simpanan Pokok")), ("wajib", tr("Simpanan Wajib")),
            ("sukarela", tr("Simpanan Sukarela")), ("total", tr("Total savings")),
            ("arrears", tr("Wajib arrears")), ("loans", tr("Outstanding loans")),
        )):
            value = QLabel()
            value.setStyleSheet("font-size: 13pt; font-weight: bold;")
            balances.addWidget(QLabel(title), row, 0)
            balances.addWidget(value, row, 1)
            self.balance_labels[key] = value
        balance_box = QGroupBox(tr("Balances"))
        balance_box.setLayout(balances)
        top = QHBoxLayout()
        top.addWidget(profile_box, 3)
        top.addWidget(balance_box, 2)

        digits = ctx.money.minor_digits
        self.movements = PagedTableModel(MOVEMENT_COLUMNS, ListSource(), digits, self)
        self.movement_view = table_view(self.movements, fit=False, alternate=True)
        for column, width in ((1, 235), (2, 165), (6, 130)):
            self.movement_view.setColumnWidth(column, width)
        self.loans = PagedTableModel(LOAN_COLUMNS, ListSource(), digits, self)
        tabs = QTabWidget()
        tabs.addTab(self.movement_view, tr("Savings movements"))
        tabs.addTab(table_view(self.loans, fit=False, alternate=True), tr("Loans"))
        self.business = BusinessTab(ctx, member_id, self)
        tabs.addTab(self.business, tr("Business"))
        self.trainings = trainings_model(ctx, member_id, self)
        tabs.addTab(table_view(self.trainings, fit=False, alternate=True), tr("Trainings"))
        self.joint = PagedTableModel(JOINT_COLUMNS, ListSource(), digits, self)
        joint_view = table_view(self.joint, fit=False, alternate=True)
        for column, width in ((0, 250), (1, 230), (2, 130), (3, 130)):
            joint_view.setColumnWidth(column, width)
        tabs.addTab(joint_view, tr("Tanggung renteng"))

        edit = QPushButton(tr("Edit…"))
        edit.clicked.connect(self._edit)
        passbook_button = PrintButton(tr("Passbook"), self._passbook_html,
                                      lambda: f"buku-simpanan-{self.number}.pdf", self)
        receipt_button = PrintButton(tr("Receipt"), self._receipt_html,
                                     lambda: receipt_file_name(self.ctx, self._selected_entry()),
                                     self)
        self.reverse_button = QPushButton(tr("Reverse movement…"))
        self.reverse_button.clicked.connect(self._reverse)
        self.exit_button = QPushButton(tr("Member exit…"))
        self.exit_button.clicked.connect(self._exit)
        self.payback_button = QPushButton(tr("Pay back the group…"))
        self.payback_button.clicked.connect(self._payback)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        edit.setEnabled(ctx.can(Permission.EDIT_MASTER))
        self.reverse_button.setEnabled(ctx.can(Permission.POST))
        buttons = QHBoxLayout()
        for button in (edit, passbook_button, receipt_button, self.reverse_button,
                       self.payback_button, self.exit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.reload()

    def reload(self) -> None:
        today = date.today()
        with self.ctx.session() as session:
            info = members.get_member(session, self.member_id)
            held = savings.savings_balances(session, self.member_id)
            arrears = savings.wajib_arrears(session, self.member_id, today)
            loans = members.member_loans(session, self.member_id)
            owed = ledger.member_balances(session, self.member_id).get(PIUTANG_PINJAMAN, 0)
            moves = passbook.rows(session, self.member_id)
            covered_her = joint_liability.claims(session, borrower_id=self.member_id)
            she_covered = joint_liability.claims(session, payer_id=self.member_id)
        self.number = info.number
        status = (tr("Left on {date}", date=format_date(info.exit_date))
                  if info.status == MemberStatus.LEFT else tr("Active"))
        self.setWindowTitle(f"{info.number} — {info.name}")
        self.heading.setText(f"<h2>{info.number} — {info.name}</h2><p>{status}</p>")
        while self.profile.rowCount():
            self.profile.removeRow(0)
        for title, value in (
            (tr("Group"), info.group_name or "-"),
            (tr("NIK"), info.nik or "-"),
            (tr("Phone"), info.phone or "-"),
            (tr("Address"), info.address or "-"),
            (tr("Gender"), tr("Male") if info.gender == "M" else tr("Female")),
            (tr("Birth date"), format_date(info.birth_date) if info.birth_date else "-"),
            (tr("Join date"), format_date(info.join_date)),
            (tr("Head of household"), tr("Yes") if info.head_of_household else tr("No")),
        ):
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            self.profile.addRow(title, value_label)
        money = self.ctx.money.amount
        for key, value in (("pokok", held.pokok), ("wajib", held.wajib),
                           ("sukarela", held.sukarela), ("total", held.total),
                           ("arrears", arrears), ("loans", owed)):
            self.balance_labels[key].setText(money(value))
        self.movements.source.rows = [
            MovementRow(m.date, m.description, label(m.savings_type), m.deposit or None,
                        m.withdrawal or None, m.balance, m.total, m.entry_id, m.kind)
            for m in reversed(moves)
        ]
        self.movements.reload()
        self.loans.source.rows = [
            (ln.number, ln.disbursed_on, ln.principal, ln.status, ln.outstanding) for ln in loans
        ]
        self.loans.reload()
        self.joint.source.rows = [
            (f"{c.payer_number} — {c.payer_name}", tr("Covered this member"), c.covered, c.paid_back,
             c.owed) for c in covered_her] + [
            (f"{c.borrower_number} — {c.borrower_name}", tr("Covered by this member"), c.covered,
             c.paid_back, c.owed) for c in she_covered]
        self.joint.reload()
        self.payback_button.setVisible(bool(covered_her))
        self.payback_button.setEnabled(any(c.owed > 0 for c in covered_her)
                                       and self.ctx.can(Permission.POST))
        active = info.status == MemberStatus.ACTIVE
        self.exit_button.setEnabled(active and self.ctx.can(Permission.EDIT_MASTER))

    def _selected_row(self):
        index = self.movement_view.currentIndex()
        return self.movements.row(index.row()) if index.isValid() else None

    def _selected_entry(self) -> int | None:
        row = self._selected_row()
        return row.entry_id if row else None

    def _edit(self) -> None:
        if run_modal(MemberDialog(self.ctx, self.member_id, self)):
            self.changed = True
            self.reload()

    def _passbook_html(self) -> str:
        with self.ctx.session() as session:
            return passbook_html(passbook.passbook(session, self.member_id, date.today()))

    def _receipt_html(self) -> str | None:
        row = self._selected_row()
        if row is None or row.kind not in (EntryKind.DEPOSIT, EntryKind.WITHDRAWAL):
            self.hint.setText(tr("Select a deposit or withdrawal first."))
            return None
        self.hint.clear()
        with self.ctx.session() as session:
            return receipt_html(savings.receipt(session, row.entry_id))

    def _reverse(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        amount = self.ctx.money.amount(row.deposit or row.withdrawal)
        summary = f"{row.description} ({row.type}, {amount})"
        if ask_and_reverse(self, self.ctx, row.entry_id, row.date, summary):
            self.changed = True
            self.reload()

    def _payback(self) -> None:
        if run_modal(PaybackDialog(self.ctx, self.member_id, self)):
            self.changed = True
            self.reload()

    def _exit(self) -> None:
        dialog = ExitDialog(self.ctx, self.member_id, date.today(), self)
        if run_modal(dialog):
            self.changed = True
            self.reload()


