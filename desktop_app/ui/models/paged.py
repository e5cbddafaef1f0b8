"""A read-only table model that fetches rows from a service in pages.

Pages hand the model a `RowSource` (`services/rows.py`; plain Python: a count and a fetch
by offset, with the filters and sort order already applied), so the query logic is
testable without Qt and large tables load only the rows the view scrolls to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_number
from desktop_app.services.rows import RowSource

PAGE_SIZE = 200
RAW_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                    RAW_ROLE, ROW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """One column: a translated title and how to show its values."""

    title: Callable[[], str]
    kind: str = "text"  # text | money | date | int


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], source: RowSource, minor_digits: int = 0,
                 parent=None, *, load: bool = True):
        """`load=False` leaves the model empty until `reload` (a table not on screen yet)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.source = source
        self.minor_digits = minor_digits
        self._rows: list[Sequence[Any]] = []
        self._total = 0
        self.loaded = False
        if load:
            self.reload()

    # -- loading
    def reload(self) -> None:
        """Re-count and drop the loaded rows (after a filter change or a posting). A first
        page that is not full holds every row, so it is its own count (a search typed
        letter by letter soon narrows to less than a page)."""
        self.beginResetModel()
        self.loaded = True
        self._rows = list(self.source.fetch(0, PAGE_SIZE))
        self._total = self.source.count() if len(self._rows) == PAGE_SIZE else len(self._rows)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = list(self.source.fetch(len(self._rows), PAGE_SIZE))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def total(self) -> int:
        return self._total

    def row(self, row: int) -> Sequence[Any]:
        return self._rows[row]

    # -- Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title()
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # the view asks for a dozen roles per cell as it paints and fits columns: the
        # roles this model has no answer for return before any other work
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        value = row[index.column()]
        if role == RAW_ROLE:
            return value
        kind = self.columns[index.column()].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(value, kind)
        if kind in ("money", "int"):  # the alignment role
            return _RIGHT
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order == Qt.SortOrder.DescendingOrder)
        if self.loaded:  # a model not loaded yet reads in the new order when it is
            self.reload()

    def _display(self, value: Any, kind: str) -> str:
        if value is None:
            return ""
        if kind == "money":
            return format_number(value, self.minor_digits)
        if kind == "int":
            return f"{value:,}".replace(",", ".")
        if kind == "date" and isinstance(value, date):
            return format_date(value)
        return str(value)
