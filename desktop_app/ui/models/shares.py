"""Tanggung renteng shares as a table: who is present (or paid), her share, and whether
it comes from (or goes into) her voluntary savings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desktop_app.domain.money import AmountError
from desktop_app.i18n import tr
from desktop_app.services.joint_liability import Share
from desktop_app.ui.context import Money

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@dataclass
class ShareLine:
    """One member in the shares table: ticked or not, her share and where it comes from."""

    member_id: int
    label: str
    hint: str  # e.g. what she is owed
    ticked: bool = True
    amount: int = 0
    from_savings: bool = False


class SharesModel(QAbstractTableModel):
    """Members with a tick (present / paid), her share (editable), and a tick for
    voluntary savings instead of cash. A short list: one group's members."""

    edited = Signal()

    def __init__(self, money: Money, people: list[tuple[int, str, str, int]], tick_title: str,
                 savings_title: str, parent=None):
        super().__init__(parent)
        self.money = money
        self.rows = [ShareLine(pid, f"{number} — {name}", hint)
                     for pid, number, name, hint in people]
        self.titles = [tick_title, tr("Member"), "", tr("Share"), savings_title]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (0, 4):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 3:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (0, 4):
            return CHECKED if (row.ticked if column == 0 else row.from_savings) else UNCHECKED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 1:
                return row.label
            if column == 2:
                return row.hint
            if column == 3:
                return self.money.number(row.amount) if row.ticked else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (0, 4):
            checked = Qt.CheckState(value) == CHECKED
            if column == 0:
                row.ticked = checked
            else:
                row.from_savings = checked
        elif role == Qt.ItemDataRole.EditRole and column == 3:
            try:
                row.amount = self.money.parse(value) if str(value).strip() else 0
            except AmountError:
                return False
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        self.edited.emit()
        return True

    def set_amounts(self, amounts: dict[int, int]) -> None:
        for row in self.rows:
            row.amount = amounts.get(row.member_id, 0)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))

    def ticked(self) -> list[int]:
        return [row.member_id for row in self.rows if row.ticked]

    def shares(self) -> list[Share]:
        return [Share(row.member_id, row.amount, "savings" if row.from_savings else "cash")
                for row in self.rows if row.ticked]
