"""Shows a ReportDocument on screen: title, key figures, notes and its tables."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services.report_documents import INT, MONEY, PERCENT, ReportDocument, Table, show

RAW_ROLE = Qt.ItemDataRole.UserRole
FIT_ROWS = 300


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


class ReportView(QWidget):
    """The document on screen; `show_document(None)` clears it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.tabs = QTabWidget()
        self.models: list[ReportTableModel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)

    def show_document(self, doc: ReportDocument | None, minor_digits: int = 0) -> None:
        self.tabs.clear()
        self.models = []
        if doc is None:
            self.heading.clear()
            self.facts.clear()
            return
        self.heading.setText(f"<h2 style='margin:0'>{doc.title}</h2>{doc.period}")
        lines = [f"<b>{label}:</b> {value}" for label, value in doc.facts]
        lines += [f"<i>{note}</i>" for note in doc.notes]
        self.facts.setText("<br>".join(lines))
        self.facts.setVisible(bool(lines))
        for table in doc.tables:
            model = ReportTableModel(table, minor_digits, self)
            view = QTableView()
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setResizeContentsPrecision(FIT_ROWS)  # measure a sample, not every row
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.models.append(model)
            self.tabs.addTab(view, table.title)
        self.tabs.tabBar().setVisible(len(doc.tables) > 1)
