"""The product list's table model: products at or below their minimum stock shaded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.i18n import tr
from desktop_app.ui.models.paged import Column, PagedTableModel

LOW_BACKGROUND = QColor("#fde2e1")

PRODUCT_COLUMNS = (
    Column(lambda: tr("Code")), Column(lambda: tr("Name")), Column(lambda: tr("Category")),
    Column(lambda: tr("Owner")), Column(lambda: tr("Unit")),
    Column(lambda: tr("Sale price"), "money"), Column(lambda: tr("Cost price"), "money"),
    Column(lambda: tr("Stock"), "int"), Column(lambda: tr("Minimum"), "int"),
)


class ProductTableModel(PagedTableModel):
    """Products, with rows at or below their minimum stock shaded."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row(index.row())
            return QBrush(LOW_BACKGROUND) if row.stock <= row.min_stock else None
        return super().data(index, role)
