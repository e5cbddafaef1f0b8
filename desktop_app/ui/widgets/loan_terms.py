"""The schedule options of a loan product (frequency, grace period, installment
rounding, and for products the early payoff rule), shared by the loan-products tab and
the loan simulator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QSpinBox, QWidget

from desktop_app.domain.schedule import FREQUENCIES, ScheduleOptions
from desktop_app.i18n import tr
from desktop_app.labels import frequency_label, payoff_rule_label
from desktop_app.services.loan_products import PAYOFF_RULES, LoanProductInfo
from desktop_app.ui.context import Money

ROUNDING_UNITS = (1, 100, 500, 1000)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


class LoanTermsForm(QWidget):
    """Frequency, grace, rounding (and the payoff rule when `with_payoff`)."""

    changed = Signal()

    def __init__(self, money: Money, with_payoff: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.money = money
        self.frequency = QComboBox()
        for frequency in FREQUENCIES:
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.grace = QSpinBox()
        self.grace.setRange(0, 52)
        self.grace.setSuffix(tr(" installments"))
        self.grace_kind = QComboBox()
        self.grace_kind.addItem(tr("interest only"), "interest")
        self.grace_kind.addItem(tr("no payment"), "none")
        self.rounding_unit = QComboBox()
        for unit in ROUNDING_UNITS:
            self.rounding_unit.addItem(
                tr("no rounding") if unit == 1 else tr("to {amount}", amount=money.number(unit)),
                unit)
        self.rounding_mode = QComboBox()
        self.rounding_mode.addItem(tr("half up"), "half_up")
        self.rounding_mode.addItem(tr("up"), "up")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Installments"), self.frequency)
        form.addRow(tr("Grace period"), _row(self.grace, self.grace_kind))
        form.addRow(tr("Round installments"), _row(self.rounding_unit, self.rounding_mode))
        self.payoff_rule = QComboBox()
        self.payoff_months = QSpinBox()
        self.payoff_months.setRange(1, 12)
        self.payoff_months.setSuffix(tr(" months"))
        for rule in PAYOFF_RULES:
            self.payoff_rule.addItem(tr("Months of interest") if rule == "months"
                                     else payoff_rule_label(rule), rule)
        if with_payoff:
            form.addRow(tr("Early payoff"), _row(self.payoff_rule, self.payoff_months))
        for combo in (self.frequency, self.grace_kind, self.rounding_unit, self.rounding_mode,
                      self.payoff_rule):
            combo.currentIndexChanged.connect(self._changed)
            # narrow enough to sit beside the product form in a 1366-wide window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        for spin in (self.grace, self.payoff_months):
            spin.valueChanged.connect(self._changed)
        self.setLayout(form)  # last: it hands every widget of the tree to Qt
        self._changed()

    def _changed(self) -> None:
        self.grace_kind.setEnabled(self.grace.value() > 0)
        self.payoff_months.setEnabled(self.payoff_rule.currentData() == "months")
        self.changed.emit()

    def set_product(self, product: LoanProductInfo) -> None:
        for combo, value in ((self.frequency, product.frequency),
                             (self.grace_kind, product.grace_kind),
                             (self.rounding_mode, product.rounding_mode),
                             (self.payoff_rule, product.payoff_rule)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        unit = self.rounding_unit.findData(product.rounding_unit)
        if unit < 0:
            self.rounding_unit.addItem(tr("to {amount}", amount=self.money.number(
                product.rounding_unit)), product.rounding_unit)
            unit = self.rounding_unit.count() - 1
        self.rounding_unit.setCurrentIndex(unit)
        self.grace.setValue(product.grace_installments)
        self.payoff_months.setValue(max(product.payoff_months, 1))

    def clear(self) -> None:
        self.set_product(LoanProductInfo(None, "", 0, "flat", 1))

    def product_values(self) -> dict:
        """The LoanProductInfo fields this form edits."""
        rule = self.payoff_rule.currentData()
        return {"frequency": self.frequency.currentData(), "grace_installments": self.grace.value(),
                "grace_kind": self.grace_kind.currentData(),
                "rounding_unit": self.rounding_unit.currentData(),
                "rounding_mode": self.rounding_mode.currentData(), "payoff_rule": rule,
                "payoff_months": self.payoff_months.value() if rule == "months" else 0}

    def options(self, first_due=None) -> ScheduleOptions:
        values = self.product_values()
        return ScheduleOptions(values["frequency"], values["grace_installments"],
                               values["grace_kind"], values["rounding_unit"],
                               values["rounding_mode"], first_due)
