"""One loan: its terms, the schedule with what is paid, the payments, and the actions
the user's role allows (approve, pay out, repay, reschedule, write off, reverse)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.loan_status import RUNNING_OR_PAID, LoanStatus
from desktop_app.domain.postings import cash_paid_out
from desktop_app.domain.roles import Permission
from desktop_app.domain.schedule import PERIODS_PER_YEAR
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.labels import frequency_label, method_label, term_label
from desktop_app.services import loans, receipt_numbers, settings
from desktop_app.services.loan_portfolio import RepaymentView, loan_detail
from desktop_app.services.repayment_receipts import repayment_receipt
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.joint_liability_dialogs import CoverDialog
from desktop_app.ui.dialogs.loan_simulator import schedule_html
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.repayment_dialog import RepaymentDialog
from desktop_app.ui.dialogs.reversal import ask_and_reverse
from desktop_app.ui.documents.receipts import repayment_receipt_html
from desktop_app.ui.models.loan_schedule import (
    InstallmentTableModel,
    RepaymentTableModel,
    ScheduleTableModel,
)
from desktop_app.ui.widgets.forms import confirm
from desktop_app.ui.widgets.print_button import PrintButton
from desktop_app.ui.widgets.receipt_offer import offer_receipt


def next_step_text(status: str) -> str:
    """What the loan waits for, and that its schedule is only planned until paid out."""
    planned = tr("The schedule below is planned: it starts on the day the loan is paid out.")
    if status == LoanStatus.APPLIED:
        return tr("Waiting for the chair's approval. The chair (ketua) opens this loan on "
                  "the Loans page and approves or rejects it.") + " " + planned
    if status == LoanStatus.APPROVED:
        return tr("Approved: waiting to be paid out. The treasurer pays it out with "
                  "\"Pay out\".") + " " + planned
    return ""


class LoanDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, loan_id: int, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id = loan_id
        self.today = today or date.today()
        self.changed = False
        self.resize(980, 640)  # with its title bar, within a 720-pixel screen
        self.terms = QLabel()
        self.terms.setTextFormat(Qt.TextFormat.RichText)
        self.terms.setWordWrap(True)
        self.status = QLabel()
        self.status.setStyleSheet("font-size: 13pt;")
        self.next_step = QLabel()  # what happens next, while the loan waits
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c070; padding: 8px; font-size: 11pt;")
        self.schedule = QTableView()
        self.payments = QTableView()
        for table in (self.schedule, self.payments):
            table.verticalHeader().hide()
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tabs = QTabWidget()
        tabs.addTab(self.schedule, tr("Schedule"))
        tabs.addTab(self.payments, tr("Payments"))
        self.actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, handler in (
            ("approve", tr("Approve"), self._approve),
            ("reject", tr("Reject"), self._reject),
            ("disburse", tr("Pay out"), self._disburse),
            ("repay", tr("Record repayment"), self._repay),
            ("cover", tr("Covered by the group…"), self._cover),
            ("reschedule", tr("Reschedule"), self._reschedule),
            ("write_off", tr("Write off"), self._write_off),
            ("reverse", tr("Reverse selected payment"), self._reverse),
        ):
            button = QPushButton(label)
            button.clicked.connect(handler)
            self.buttons[key] = button
            self.actions.addWidget(button)
        self.actions.addStretch(1)
        self.actions.addWidget(PrintButton(tr("Print receipt"), self._selected_receipt_html,
                                           self._receipt_name, self))
        self.actions.addWidget(PrintButton(tr("Print schedule"), self.html,
                                           lambda: f"{self.detail.number}.pdf", self))
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        self.actions.addWidget(close)
        layout = QVBoxLayout()
        top = QGridLayout()
        top.addWidget(self.terms, 0, 0)
        top.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.next_step)
        layout.addWidget(tabs, 1)
        layout.addLayout(self.actions)
        self.setLayout(layout)
        self.reload()

    def reload(self) -> None:
        money = self.ctx.money.amount
        with self.ctx.session() as session:
            self.detail = d = loan_detail(session, self.loan_id, self.today)
            receipt_nos = receipt_numbers.receipt_nos(session, [r.entry_id for r in d.repayments])
        self.setWindowTitle(tr("Loan {number}", number=d.number))
        rate = str(d.monthly_rate).replace(".", ",")
        rows = [
            (tr("Member"), f"{d.member_number} — {d.member_name}"),
            (tr("Product"), d.product),
            (tr("Amount"), money(d.principal)),
            (tr("Terms"), tr("{rate}% per month, {method}, {term}", rate=rate,
                             method=method_label(d.method),
                             term=term_label(d.term_months, d.frequency))),
            *([(tr("Schedule options"), d.terms_note)] if d.terms_note else []),
            (tr("Admin fee"), money(d.admin_fee)),
            (tr("Purpose"), d.purpose),
            (tr("Guarantor"), d.guarantor or "—"),
            (tr("Applied on"), format_date(d.applied_on)),
            (tr("Paid out on"), format_date(d.disbursed_on) if d.disbursed_on else "—"),
        ]
        self.terms.setText("<table>" + "".join(
            f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
        waiting = {LoanStatus.APPLIED: tr("waiting for the chair's approval"),
                   LoanStatus.APPROVED: tr("waiting to be paid out")}.get(d.status)
        status_text = f"{d.status_text} — {waiting}" if waiting else d.status_text
        status = [f"<b>{status_text}</b>", tr("Outstanding: {amount}",
                                                 amount=money(d.outstanding))]
        if d.status == LoanStatus.ACTIVE:
            status += [tr("Days late: {days} ({bucket})", days=d.days_late, bucket=d.bucket),
                       tr("Overdue: {amount}", amount=money(d.overdue_amount))]
            if d.penalty_due:
                status.append(tr("Penalty due: {amount}", amount=money(d.penalty_due)))
        if d.closed_on:
            status.append(tr("Closed on {date}", date=format_date(d.closed_on)))
        if d.owed_to_group:
            status.append(tr("Owes the group {amount} (tanggung renteng)",
                             amount=money(d.owed_to_group)))
        self.status.setText("<br>".join(status))
        self.next_step.setText(next_step_text(d.status))
        self.next_step.setVisible(bool(self.next_step.text()))
        if d.installments:
            self.schedule.setModel(InstallmentTableModel(self.ctx.money, d, self))
        else:  # not paid out yet: the schedule as planned, if paid out today
            with self.ctx.session() as session:
                planned = loans.planned_schedule(session, self.loan_id, self.today)
            self.schedule.setModel(ScheduleTableModel(self.ctx.money, planned, None, self))
        self.payments.setModel(RepaymentTableModel(self.ctx.money, d.repayments, receipt_nos, self))
        # the narrow first column (installment no. / date) leaves room for the amounts
        self.schedule.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        can = self.ctx.can
        visible = {
            "approve": d.status == LoanStatus.APPLIED and can(Permission.APPROVE),
            "reject": d.status == LoanStatus.APPLIED and can(Permission.APPROVE),
            "disburse": d.status == LoanStatus.APPROVED and can(Permission.POST),
            "repay": d.status == LoanStatus.ACTIVE and can(Permission.POST),
            "cover": d.status == LoanStatus.ACTIVE and d.group_covers and can(Permission.POST),
            "reschedule": d.status == LoanStatus.ACTIVE and can(Permission.APPROVE),
            "write_off": d.status == LoanStatus.ACTIVE and can(Permission.APPROVE),
            "reverse": d.status in RUNNING_OR_PAID and bool(d.repayments)
            and can(Permission.POST),
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])

    # -- actions
    def _run(self, action, success: str) -> bool:
        try:
            with self.ctx.session() as session:
                action(session)
        except KoperasiError as exc:
            QMessageBox.warning(self, tr("Not done"), exc.message)
            return False
        self.changed = True
        self.reload()
        QMessageBox.information(self, tr("Done"), success)
        return True

    def _confirm(self, question: str) -> bool:
        return confirm(self, tr("Please confirm"), question)

    def _approve(self) -> None:
        if self._confirm(tr("Approve loan {number} of {amount}?", number=self.detail.number,
                            amount=self.ctx.money.amount(self.detail.principal))):
            self._run(lambda s: loans.approve(s, self.loan_id, self.today),
                      tr("The loan is approved."))

    def _reject(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("Reject"),
                                          tr("Why is the application rejected?"))
        if ok:
            self._run(lambda s: loans.reject(s, self.loan_id, self.today, reason),
                      tr("The application is rejected."))

    def _disburse(self) -> None:
        net = cash_paid_out(self.detail.principal, self.detail.admin_fee)
        if self._confirm(tr("Pay out {amount} in cash now (the admin fee {fee} is kept)?",
                            amount=self.ctx.money.amount(net),
                            fee=self.ctx.money.amount(self.detail.admin_fee))):
            self._run(lambda s: loans.disburse(s, self.loan_id, self.today),
                      tr("The loan is paid out and its schedule starts."))

    def _repay(self) -> None:
        dialog = RepaymentDialog(self.ctx, self.loan_id, self, QDate(self.today))
        if run_modal(dialog):
            self.changed = True
            self.reload()
            self.offer_receipt(dialog.entry_id)

    def offer_receipt(self, entry_id: int) -> None:
        """Right after a repayment: its number, and the kwitansi to print or save."""
        with self.ctx.session() as session:
            receipt = repayment_receipt(session, entry_id)
        offer_receipt(self, tr(
            "Repayment posted: receipt no. {number}, {amount}. Give the member her receipt.",
            number=receipt.receipt_no, amount=self.ctx.money.amount(receipt.amount)),
            lambda: repayment_receipt_html(receipt), f"kwitansi-{receipt.receipt_no}.pdf")

    def _selected_payment(self) -> RepaymentView | None:
        selection = self.payments.selectionModel()
        rows = selection.selectedRows() if selection else []
        if not rows:
            QMessageBox.information(self, tr("Receipt"),
                                    tr("Select a payment on the Payments tab first."))
            return None
        return self.detail.repayments[rows[0].row()]

    def _selected_receipt_html(self) -> str | None:
        payment = self._selected_payment()
        if payment is None:
            return None
        with self.ctx.session() as session:
            return repayment_receipt_html(repayment_receipt(session, payment.entry_id))

    def _receipt_name(self) -> str:
        selection = self.payments.selectionModel()
        rows = selection.selectedRows() if selection else []
        number = self.payments.model().index(rows[0].row(), 5).data() if rows else ""
        return f"kwitansi-{number}.pdf"

    def _cover(self) -> None:
        if run_modal(CoverDialog(self.ctx, self.loan_id, self, QDate(self.today))):
            self.changed = True
            self.reload()

    def _reschedule(self) -> None:
        monthly = self.detail.frequency == "month"
        months, ok = QInputDialog.getInt(
            self, tr("Reschedule"),
            tr("Spread the outstanding {amount} over how many months from today?",
               amount=self.ctx.money.amount(self.detail.outstanding)) if monthly else
            tr("Spread the outstanding {amount} over how many installments ({frequency}) "
               "from today?", amount=self.ctx.money.amount(self.detail.outstanding),
               frequency=frequency_label(self.detail.frequency).lower()),
            12, 1, 120 * PERIODS_PER_YEAR[self.detail.frequency] // 12)
        if ok and self._confirm(tr("Unpaid interest of past installments is forgiven. Continue?")):
            self._run(lambda s: loans.reschedule(s, self.loan_id, self.today, months),
                      tr("The loan has a new schedule."))

    def _write_off(self) -> None:
        reason, ok = QInputDialog.getText(
            self, tr("Write off"),
            tr("Write off {amount}? This cannot be undone except by a reversal. Reason:",
               amount=self.ctx.money.amount(self.detail.outstanding)))
        if ok:
            self._run(lambda s: loans.write_off(s, self.loan_id, self.today, reason),
                      tr("The loan is written off."))

    def _reverse(self) -> None:
        payment = self._selected_payment()
        if payment is None:
            return
        if payment.reversed:
            QMessageBox.information(self, tr("Reverse"), tr("This payment is already reversed."))
            return
        summary = tr("Payment on loan {number}: {amount}", number=self.detail.number,
                     amount=self.ctx.money.amount(payment.amount))
        if ask_and_reverse(self, self.ctx, payment.entry_id, payment.date, summary) is not None:
            self.changed = True
            self.reload()

    def html(self) -> str:
        d = self.detail
        model = self.schedule.model()
        with self.ctx.session() as session:
            name = settings.get_profile(session).name
        terms = [(tr("Member"), f"{d.member_number} — {d.member_name}"),
                 (tr("Amount"), self.ctx.money.amount(d.principal)),
                 (tr("Terms"), tr("{rate}% per month, {method}, {term}",
                                  rate=str(d.monthly_rate).replace(".", ","),
                                  method=method_label(d.method),
                                  term=term_label(d.term_months, d.frequency))),
                 (tr("Outstanding"), self.ctx.money.amount(d.outstanding))]
        return schedule_html(tr("Loan {number}", number=d.number), terms, model.rows,
                             self.ctx.money, name)
