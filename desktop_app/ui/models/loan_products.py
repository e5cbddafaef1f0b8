"""The loan products table (Settings): rate, method, term, fees, penalty and limit as a
treasurer reads them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop_app.domain.money import format_number
from desktop_app.i18n import tr
from desktop_app.labels import frequency_label, method_label, penalty_label
from desktop_app.services.loan_products import LoanProductInfo
from desktop_app.ui.context import Money


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else str(value).replace(".", ",")


class LoanProductTableModel(QAbstractTableModel):
    def __init__(self, money: Money, products: list[LoanProductInfo], parent=None):
        super().__init__(parent)
        self.money = money
        self.products = products

    def _titles(self):
        return [tr("Name"), tr("% per month"), tr("Method"), tr("Installments"), tr("Max. term"),
                tr("Admin fee"), tr("Penalty"), tr("Limit (× savings)"), tr("Active")]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.products)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 9

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.products[index.row()]
        fee = self.money.number(p.admin_fee_amount)
        if p.admin_fee_percent:
            fee += f" + {percent_text(p.admin_fee_percent)}%"
        penalty = penalty_label(p.penalty_kind)
        if p.penalty_kind == "fixed":
            penalty = f"{format_number(int(p.penalty_value))} — {penalty}"
        elif p.penalty_kind != "none":
            penalty = f"{percent_text(p.penalty_value)}{penalty}"
        return (p.name, percent_text(p.monthly_rate), method_label(p.method),
                frequency_label(p.frequency), str(p.max_term_months), fee, penalty,
                percent_text(p.limit_savings_multiple) or "—",
                tr("Yes") if p.active else tr("No"))[index.column()]
