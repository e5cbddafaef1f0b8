"""Shows a ReportDocument on screen: title, key figures, notes and its tables."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services.report_shapes import ReportDocument
from desktop_app.ui.models.report_table import ReportTableModel

FIT_ROWS = 300


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
