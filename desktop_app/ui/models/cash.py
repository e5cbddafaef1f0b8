"""The cash book's table model: reversed entries greyed out, long texts whole in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.i18n import tr
from desktop_app.ui.models.paged import Column, PagedTableModel

CASH_COLUMNS = [
    Column(lambda: tr("Date"), "date"),
    Column(lambda: tr("No.")),
    Column(lambda: tr("Kind")),
    Column(lambda: tr("Description")),
    Column(lambda: tr("Account")),
    Column(lambda: tr("In (Masuk)"), "money"),
    Column(lambda: tr("Out (Keluar)"), "money"),
    Column(lambda: tr("Status")),
]
LONG_TEXT_COLUMNS = (3, 4)  # description and accounts: elided, so shown whole as a tooltip
REVERSED_COLOUR = QColor("#7b8794")


class CashTableModel(PagedTableModel):
    """Cash rows: reversed entries greyed out, long texts whole in a tooltip."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.row() < self.rowCount():
            if role == Qt.ItemDataRole.ForegroundRole and self.row(index.row()).reversed:
                return REVERSED_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole and index.column() in LONG_TEXT_COLUMNS:
                return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)
