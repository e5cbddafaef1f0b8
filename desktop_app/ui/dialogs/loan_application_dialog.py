"""A member applies for a loan: product, amount, term, purpose, guarantor.

The reasons a loan cannot be granted (limit, status, an unpaid earlier loan, the term…)
come from the service and are shown in the dialog; nothing is written until they are
all resolved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.money import AmountError
from desktop_app.domain.schedule import build_schedule
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.labels import frequency_label, method_label, term_label
from desktop_app.services import loan_products, loans
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.loan_simulator import rate_note
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.first_due import FirstDueField
from desktop_app.ui.widgets.forms import lay_out
from desktop_app.ui.widgets.member_picker import MemberPicker
from desktop_app.ui.widgets.money_edit import MoneyEdit


class LoanApplicationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id: int | None = None
        self.setWindowTitle(tr("New loan application"))
        self.setMinimumWidth(640)
        with ctx.session() as session:
            products = loan_products.list_products(session, active_only=True)
        self.member = MemberPicker(ctx)
        self.product = QComboBox()
        for product in products:
            self.product.addItem(
                tr("{name} — {rate}% per month, {method}", name=product.name,
                   rate=str(product.monthly_rate).replace(".", ","),
                   method=method_label(product.method))
                + ("" if product.frequency == "month"
                   else f", {frequency_label(product.frequency).lower()}"), product)
        self.amount = MoneyEdit(ctx.money.minor_digits)
        self.term = QSpinBox()
        self.term.setRange(1, 520)
        self.term.setValue(12)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(tr("e.g. capital for a food stall"))
        self.guarantor = MemberPicker(ctx)
        self.guarantor_name = QLineEdit()
        self.guarantor_name.setPlaceholderText(tr("or the name of a guarantor who is not a member"))
        self.applied_on = DateEdit()
        self.first_due = FirstDueField()
        form = QFormLayout()
        form.addRow(tr("Member"), self.member)
        form.addRow(tr("Product"), self.product)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Term (installments)"), self.term)
        form.addRow(tr("Purpose"), self.purpose)
        form.addRow(tr("Guarantor"), self.guarantor)
        form.addRow("", self.guarantor_name)
        form.addRow(tr("Date"), self.applied_on)
        self.first_due.add_to(form)
        self.preview = QLabel()
        self.preview.setStyleSheet("font-size: 12pt;")
        self.preview.setWordWrap(True)
        self.error, self.buttons = lay_out(self, [form, self.preview], self.submit,
                                           tr("Record application"))
        self.product.currentIndexChanged.connect(self._product_changed)
        self.amount.textChanged.connect(self._update_preview)
        self.term.valueChanged.connect(self._update_preview)
        self.first_due.connect(self._update_preview)
        self._product_changed()

    def _product_changed(self) -> None:
        product = self.product.currentData()
        if product is not None:
            self.term.setMaximum(product.max_installments())
            self.term.setValue(product.max_installments())
        self.guarantor.setPlaceholderText(
            tr("Guarantor: member number or name (required for this product)")
            if product is not None and product.guarantor_required
            else tr("Guarantor: member number or name (optional)"))
        self._update_preview()

    def _update_preview(self) -> None:
        product = self.product.currentData()
        try:
            amount = self.amount.amount()
            rows = build_schedule(amount, product.monthly_rate, self.term.value(),
                                  product.method, self.applied_on.date().toPython(),
                                  options=product.schedule_options(self.first_due.value()))
        except (AmountError, KoperasiError, AttributeError):
            self.preview.setText("")
            return
        paying = next(r for r in rows if r.principal)
        money = self.ctx.money.amount
        self.preview.setText("\n".join(filter(None, [tr(
            "Admin fee {fee}; first installment {first}; total interest {interest}",
            fee=money(product.admin_fee(amount)), first=money(rows[0].installment),
            interest=money(sum(r.interest for r in rows))),
            tr("{term}; installment {amount} from {date}", term=term_label(
                len(rows), product.frequency), amount=money(paying.installment),
                date=paying.due_date.strftime("%d/%m/%Y")),
            rate_note(product.monthly_rate, product.frequency)])))

    def submit(self) -> None:
        member = self.member.resolve()
        product = self.product.currentData()
        if member is None:
            self.error.setText(tr("Choose the member who borrows."))
            return
        if product is None:
            self.error.setText(tr("There is no loan product yet; add one in Settings."))
            return
        try:
            amount = self.amount.amount()
        except AmountError as exc:
            self.error.setText(str(exc))
            return
        guarantor = self.guarantor.resolve() if self.guarantor.text().strip() else None
        if self.guarantor.text().strip() and guarantor is None:
            self.error.setText(tr("The guarantor is not a member."))
            return
        application = loans.Application(
            member.id, product.id, amount, self.term.value(), self.purpose.text(),
            self.applied_on.date().toPython(), guarantor.id if guarantor else None,
            self.guarantor_name.text(), self.first_due.value())
        try:
            with self.ctx.session() as session:
                self.loan_id = loans.apply_for_loan(session, application)
        except KoperasiError as exc:
            self.error.setText("\n".join(exc.problems) or exc.message)
            return
        self.accept()
