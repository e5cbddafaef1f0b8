"""The Excel page's Export tab: the whole book or a date range to a workbook, and the
empty templates. The work runs through the page's worker (`start`), which shows the
progress bar and disables the buttons meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.grid_template import write_grid_template
from desktop_app.spreadsheet.templates import write_template
from desktop_app.ui.context import AppContext
from desktop_app.ui.saved_notice import show_saved
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.workers import removing_on_failure

XLSX_FILTER = "Excel (*.xlsx)"

# start(work, on_success): run work(progress) off the GUI thread, then on_success(result)
Start = Callable[[Callable, Callable], None]


class ExportTab(QWidget):
    def __init__(self, ctx: AppContext, start: Start, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self._start = ctx, start
        layout = QVBoxLayout()
        self.whole_button = QRadioButton(tr("The whole book"))
        self.whole_button.setChecked(True)
        self.range_button = QRadioButton(tr("Only a date range:"))
        self.date_from, self.date_to = DateEdit(), DateEdit()
        self.date_from.setDate(QDate(QDate.currentDate().year(), 1, 1))
        row = QHBoxLayout()
        row.addWidget(self.range_button)
        row.addWidget(QLabel(tr("from")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.date_to)
        row.addStretch(1)
        layout.addWidget(self.whole_button)
        layout.addLayout(row)
        note = QLabel(tr("A date range exports all members, loans and products, the movements "
                         "in the range, and balances as of its last day."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.export_button.clicked.connect(self.choose_export)
        self.template_button = QPushButton(tr("Download empty template…"))
        self.template_button.clicked.connect(self.choose_template)
        self.grid_template_button = QPushButton(tr("Download grid template…"))
        self.grid_template_button.clicked.connect(self.choose_grid_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.grid_template_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setLayout(layout)

    def set_busy(self, busy: bool) -> None:
        for button in (self.export_button, self.template_button, self.grid_template_button):
            button.setEnabled(not busy)

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Export to Excel"), "koperasi.xlsx",
                                              XLSX_FILTER)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        span = (self.date_from.date().toPython(), self.date_to.date().toPython()) \
            if self.range_button.isChecked() else (None, None)

        def work(progress):
            with self.ctx.session() as session:
                return removing_on_failure(path, lambda: export_book(
                    session, path, date_from=span[0], date_to=span[1], progress=progress))

        self._start(work, lambda result: self._saved(str(path), result.notices))

    def choose_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save template"), "template-koperasi.xlsx",
                                              XLSX_FILTER)
        if name:
            self._start(lambda progress: write_template(name), lambda _: self._saved(name))

    def choose_grid_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save template"),
                                              "template-tabel-bulanan.xlsx", XLSX_FILTER)
        if name:
            self._start(lambda progress: write_grid_template(name), lambda _: self._saved(name))

    def _saved(self, name: str, notices: Sequence[str] = ()) -> None:
        show_saved(self, Path(name), "\n".join(notices) or None)
