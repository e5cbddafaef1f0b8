"""Settings tab: the loan products a cooperative offers (rate, method, term, fees,
penalty, limit, guarantor)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.loan_rules import PENALTY_KINDS
from desktop_app.domain.money import AmountError, parse_percent
from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.labels import method_label, penalty_label
from desktop_app.services import loan_products
from desktop_app.services.loan_products import SANE_MONTHLY_RATE, LoanProductInfo
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.loan_products import LoanProductTableModel, percent_text
from desktop_app.ui.widgets.forms import confirm, error_label
from desktop_app.ui.widgets.loan_terms import LoanTermsForm
from desktop_app.ui.widgets.money_edit import MoneyEdit


class LoanProductsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id: int | None = None
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit()
        self.rate = QLineEdit()
        self.method = QComboBox()
        for method in ("flat", "menurun", "anuitas"):
            self.method.addItem(method_label(method), method)
        self.max_term = QSpinBox()
        self.max_term.setRange(1, 120)
        self.max_term.setValue(12)
        self.fee_amount = MoneyEdit(ctx.money.minor_digits)
        self.fee_percent = QLineEdit()
        self.penalty_kind = QComboBox()
        for kind in PENALTY_KINDS:
            self.penalty_kind.addItem(penalty_label(kind), kind)
        self.penalty_value = QLineEdit()
        self.penalty_value.setPlaceholderText(tr("percent, or an amount for a fixed penalty"))
        self.limit = QLineEdit()
        self.limit.setPlaceholderText(tr("e.g. 3 = at most 3 × her savings; empty = no limit"))
        self.guarantor = QCheckBox(tr("A guarantor is required"))
        self.active = QCheckBox(tr("Offered to members"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Interest % per month"), self.rate)
        form.addRow(tr("Method"), self.method)
        form.addRow(tr("Maximum term (months)"), self.max_term)
        form.addRow(tr("Admin fee (amount)"), self.fee_amount)
        form.addRow(tr("Admin fee (% of the loan)"), self.fee_percent)
        form.addRow(tr("Penalty (denda)"), self.penalty_kind)
        form.addRow(tr("Penalty value"), self.penalty_value)
        form.addRow(tr("Limit (× savings)"), self.limit)
        form.addRow("", self.guarantor)
        form.addRow("", self.active)
        self.terms = LoanTermsForm(ctx.money, with_payoff=True)
        forms = QHBoxLayout()
        forms.addLayout(form, 1)
        forms.addWidget(self.terms, 1)
        self.error = error_label()
        self.new_button = QPushButton(tr("New product"))
        self.save_button = QPushButton(tr("Save product"))
        self.new_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save)
        editable = ctx.can(Permission.EDIT_MASTER)
        self.new_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            products = loan_products.list_products(session)
        self.model = LoanProductTableModel(self.ctx.money, products, self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

    def _selected(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        p = self.model.products[current.row()]
        self.editing_id = p.id
        self.name.setText(p.name)
        self.rate.setText(percent_text(p.monthly_rate))
        self.method.setCurrentIndex(self.method.findData(p.method))
        self.max_term.setValue(p.max_term_months)
        self.fee_amount.set_amount(p.admin_fee_amount)
        self.fee_percent.setText(percent_text(p.admin_fee_percent))
        self.penalty_kind.setCurrentIndex(self.penalty_kind.findData(p.penalty_kind))
        self.penalty_value.setText(percent_text(p.penalty_value))
        self.limit.setText(percent_text(p.limit_savings_multiple))
        self.guarantor.setChecked(p.guarantor_required)
        self.active.setChecked(p.active)
        self.terms.set_product(p)

    def clear(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        for field in (self.name, self.rate, self.fee_amount, self.fee_percent,
                      self.penalty_value, self.limit):
            field.clear()
        self.penalty_kind.setCurrentIndex(0)
        self.guarantor.setChecked(False)
        self.active.setChecked(True)
        self.terms.clear()
        self.name.setFocus()

    def _info(self) -> LoanProductInfo:
        def percent(field: QLineEdit, empty: Decimal | None = Decimal(0)) -> Decimal | None:
            return parse_percent(field.text()) if field.text().strip() else empty

        return LoanProductInfo(
            id=self.editing_id, name=self.name.text(), monthly_rate=percent(self.rate),
            method=self.method.currentData(), max_term_months=self.max_term.value(),
            admin_fee_amount=self.fee_amount.amount() if self.fee_amount.text().strip() else 0,
            admin_fee_percent=percent(self.fee_percent),
            penalty_kind=self.penalty_kind.currentData(),
            penalty_value=percent(self.penalty_value),
            limit_savings_multiple=percent(self.limit, None),
            guarantor_required=self.guarantor.isChecked(), active=self.active.isChecked(),
            **self.terms.product_values())

    def save(self, confirm_high_rate: bool | None = None) -> int | None:
        self.error.setText("")
        try:
            info = self._info()
            if confirm_high_rate is None:
                confirm_high_rate = info.monthly_rate <= SANE_MONTHLY_RATE or (
                    confirm(self, tr("Please confirm"), tr(
                        "{rate}% per month is very high. Save it anyway?", rate=info.monthly_rate)))
            with self.ctx.session() as session:
                product_id = loan_products.save_product(
                    session, info, confirm_high_rate=bool(confirm_high_rate))
        except (AmountError, KoperasiError) as exc:
            self.error.setText(str(exc))
            return None
        self.reload()
        self.editing_id = product_id
        return product_id
