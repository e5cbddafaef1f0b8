"""Simulasi pinjaman: the schedule for any amount, rate, term and method, before
anything is created, printable for the member."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import AmountError, parse_percent
from desktop_app.domain.schedule import ScheduleRow, build_schedule
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.labels import frequency_label, method_label, term_label
from desktop_app.services import loan_products, settings
from desktop_app.services.loan_products import SANE_MONTHLY_RATE
from desktop_app.ui.context import AppContext, Money
from desktop_app.ui.models.loan_schedule import ScheduleTableModel
from desktop_app.ui.printing import escape
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.first_due import FirstDueField
from desktop_app.ui.widgets.loan_terms import LoanTermsForm
from desktop_app.ui.widgets.money_edit import MoneyEdit
from desktop_app.ui.widgets.print_button import PrintButton


def rate_note(monthly_rate, frequency: str) -> str:
    """How the monthly rate becomes the rate of one installment period."""
    if frequency == "month":
        return ""
    periods = 52 if frequency == "week" else 26
    per_period = (monthly_rate * 12 / periods).quantize(Decimal("0.0001"))
    return tr("{frequency}: {rate}% per month × 12 / {periods} = {per_period}% per period.",
              frequency=frequency_label(frequency), rate=str(monthly_rate).replace(".", ","),
              periods=periods, per_period=str(per_period.normalize()).replace(".", ","))


def schedule_html(title: str, terms: list[tuple[str, str]], rows: list[ScheduleRow],
                  money: Money, cooperative: str = "") -> str:
    """A printable schedule: a title, the terms, the table and the totals."""
    number = money.number
    head = "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in terms)
    titles = (tr("No."), tr("Due date"), tr("Principal"), tr("Interest (jasa)"),
              tr("Installment"), tr("Balance"))
    header = "".join(f"<th>{escape(t)}</th>" for t in titles)
    body = "".join(
        f"<tr><td>{r.number}</td><td>{format_date(r.due_date)}</td>"
        f"<td class='num'>{number(r.principal)}</td>"
        f"<td class='num'>{number(r.interest)}</td>"
        f"<td class='num'>{number(r.installment)}</td>"
        f"<td class='num'>{number(r.balance)}</td></tr>"
        for r in rows
    )
    totals = (f"<tr><th colspan='2'>{escape(tr('Total'))}</th>"
              f"<th class='num'>{number(sum(r.principal for r in rows))}</th>"
              f"<th class='num'>{number(sum(r.interest for r in rows))}</th>"
              f"<th class='num'>{number(sum(r.installment for r in rows))}</th>"
              "<th></th></tr>")
    return (f"<h1>{escape(cooperative)}</h1><h2>{escape(title)}</h2>"
            f"<table>{head}</table><br><table><tr>{header}</tr>{body}{totals}</table>")


class LoanSimulatorDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Loan simulator"))
        self.resize(900, 700)
        with ctx.session() as session:
            self.products = loan_products.list_products(session, active_only=True)
        self.product = QComboBox()
        self.product.addItem(tr("(any terms)"), None)
        for product in self.products:
            self.product.addItem(product.name, product)
        self.amount = MoneyEdit(ctx.money.minor_digits)
        self.amount.set_amount(1_000_000)
        self.rate = QLineEdit("1,5")
        self.months = QSpinBox()
        self.months.setRange(1, 520)
        self.months.setValue(12)
        self.method = QComboBox()
        for method in ("flat", "menurun", "anuitas"):
            self.method.addItem(method_label(method), method)
        self.start = DateEdit()
        self.terms = LoanTermsForm(ctx.money)
        self.first_due = FirstDueField()
        form = QFormLayout()
        form.addRow(tr("Product"), self.product)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Interest % per month"), self.rate)
        form.addRow(tr("Term (installments)"), self.months)
        form.addRow(tr("Method"), self.method)
        side = QFormLayout()
        side.addRow(self.terms)
        side.addRow(tr("Paid out on"), self.start)
        self.first_due.add_to(side)
        forms = QHBoxLayout()
        forms.addLayout(form, 1)
        forms.addLayout(side, 1)
        self.rate_note = QLabel()
        self.rate_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.model = ScheduleTableModel(ctx.money)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # no.
        self.print_button = PrintButton(tr("Print"), self.html,
                                        lambda: tr("loan-simulation.pdf"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout()
        layout.addLayout(forms)
        layout.addWidget(self.rate_note)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setLayout(layout)
        self.product.currentIndexChanged.connect(self._use_product)
        for signal in (self.amount.textChanged, self.rate.textChanged, self.months.valueChanged,
                       self.method.currentIndexChanged, self.start.dateChanged,
                       self.terms.changed):
            signal.connect(self.recompute)
        self.first_due.connect(self.recompute)
        self.recompute()

    def _use_product(self) -> None:
        product = self.product.currentData()
        if product is None:
            return
        self.rate.setText(str(product.monthly_rate).replace(".", ","))
        self.method.setCurrentIndex(self.method.findData(product.method))
        self.terms.set_product(product)
        self.months.setMaximum(product.max_installments())
        self.recompute()

    def rows(self) -> list[ScheduleRow]:
        return self.model.rows

    def recompute(self) -> None:
        try:
            rate = parse_percent(self.rate.text())
            rows = build_schedule(self.amount.amount(), rate, self.months.value(),
                                  self.method.currentData(), self.start.date().toPython(),
                                  options=self.terms.options(self.first_due.value()))
        except (AmountError, KoperasiError) as exc:
            self.model.set_rows([])
            self.summary.setText("")
            self.message.setText(str(exc))
            self.print_button.setEnabled(False)
            return
        self.rate_note.setText(rate_note(rate, self.terms.options().frequency))
        warning = ""
        if rate > SANE_MONTHLY_RATE:
            warning = tr("{rate}% per month is very high; check the rate.", rate=rate)
        self.message.setText(warning)
        self.model.set_rows(rows)
        self.print_button.setEnabled(True)
        self.summary.setText(tr(
            "First installment {first}; total interest {interest}; total to repay {total}",
            first=self.ctx.money.amount(rows[0].installment),
            interest=self.ctx.money.amount(sum(r.interest for r in rows)),
            total=self.ctx.money.amount(sum(r.installment for r in rows))))

    def html(self) -> str | None:
        rows = self.rows()
        if not rows:
            return None
        terms = [
            (tr("Amount"), self.ctx.money.amount(sum(r.principal for r in rows))),
            (tr("Interest % per month"), self.rate.text()),
            (tr("Term"), term_label(len(rows), self.terms.options().frequency)),
            (tr("Method"), method_label(self.method.currentData())),
            (tr("Paid out on"), format_date(self.start.date().toPython())),
        ]
        with self.ctx.session() as session:
            name = settings.get_profile(session).name
        return schedule_html(tr("Loan simulation (not a loan agreement)"), terms, rows,
                             self.ctx.money, name)

