"""One report table on screen: rows in memory (reports are computed whole), amounts right
aligned, the total row bold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.services.report_shapes import INT, MONEY, PERCENT, Table, show
from desktop_app.ui.models.paged import RAW_ROLE


class ReportTableModel(QAbstractTableModel):
    """One report table, rows in memory (reports are computed whole); the total row bold."""

    def __init__(self, table: Table, minor_digits: int = 0, parent=None):
        super().__init__(parent)
        self.table = table
        self.minor_digits = minor_digits
        self._rows = list(table.rows) + ([table.total] if table.total is not None else [])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.table.columns):
                return self.table.columns[section].title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        kind = self.table.columns[index.column()].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return show(value, kind, self.minor_digits)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in (MONEY, INT, PERCENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == RAW_ROLE:
            return value
        return None

    def _is_total(self, row: int) -> bool:
        return self.table.total is not None and row == len(self._rows) - 1
