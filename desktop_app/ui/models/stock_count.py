"""A stock count (stok opname) as a table: each product's stock by the books and the
quantity counted (editable), with the difference."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop_app.i18n import tr

CODE, NAME, EXPECTED, COUNTED, DIFFERENCE = range(5)


class StockCountTableModel(QAbstractTableModel):
    """Active products with their stock; the Counted column is editable."""

    HEADERS = (lambda: tr("Code"), lambda: tr("Product"), lambda: tr("In the books"),
               lambda: tr("Counted"), lambda: tr("Difference"))

    def __init__(self, rows: list[tuple[int, str, str, int]], parent=None):
        super().__init__(parent)
        self.rows = rows  # (product id, code, name, expected)
        self.counted: dict[int, int] = {}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]()
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COUNTED else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        pid, code, name, expected = self.rows[row]
        counted = self.counted.get(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (code, name, expected, "" if counted is None else counted,
                      "" if counted is None else counted - expected)
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= EXPECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or index.column() != COUNTED:
            return False
        text = str(value).strip()
        if text == "":
            self.counted.pop(index.row(), None)
        else:
            try:
                number = int(text)
            except ValueError:
                return False
            if number < 0:
                return False
            self.counted[index.row()] = number
        self.dataChanged.emit(index, index.siblingAtColumn(DIFFERENCE))
        return True

    def counts(self) -> list[tuple[int, int]]:
        """(product id, counted) for every row the user filled in."""
        return [(self.rows[row][0], value) for row, value in sorted(self.counted.items())]
