"""Gabungan koperasi: the NGO officer's window over many cooperatives' workbooks.

It needs no book of its own: it reads a folder of exported workbooks (or book files) off
the GUI thread with a progress bar, shows each cooperative's latest quarter beside the
total and the flags, and saves the consolidation as a workbook or a PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services.coop_figures import FIGURES, PERCENT
from desktop_app.services.rows import ListSource
from desktop_app.spreadsheet.consolidation import Consolidation, consolidate
from desktop_app.spreadsheet.consolidation_workbook import write_consolidation
from desktop_app.ui.consolidation_pdf import write_consolidation_pdf
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import table_view
from desktop_app.ui.workers import Task

SHOWN = ("members", "heads_of_household", "savings_total", "loans_outstanding", "par30",
         "repayment_rate")


class ConsolidationWindow(QMainWindow):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(tr("Consolidation of cooperatives"))
        self.resize(1300, 700)
        self.sources: list[str] = []
        self.result: Consolidation | None = None
        self._task: Task | None = None
        self._cancel = False

        self.folder_button = QPushButton(tr("Open a folder of workbooks…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(tr("Add files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.as_of = DateEdit(QDate.currentDate())
        self.quarters = QSpinBox()
        self.quarters.setRange(1, 40)
        self.quarters.setValue(4)
        self.read_button = QPushButton(tr("Read"))
        self.read_button.clicked.connect(self.read)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        top = QHBoxLayout()
        for widget in (self.folder_button, self.files_button, QLabel(tr("As of")), self.as_of,
                       QLabel(tr("Quarters")), self.quarters, self.read_button,
                       self.cancel_button):
            top.addWidget(widget)
        top.addStretch(1)

        self.status = QLabel(tr("Choose a folder with the cooperatives' exported workbooks."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        figures = [f for f in FIGURES if f.attr in SHOWN]
        self.figure_columns = figures
        self.coops = PagedTableModel(
            [Column(lambda: tr("Cooperative")), Column(lambda: tr("Included")),
             *(Column(f.label, "money" if f.kind == "money" else "text") for f in figures),
             Column(lambda: tr("Flags"), "int")], ListSource(), parent=self)
        self.flags = PagedTableModel(
            [Column(lambda: tr("Cooperative")), Column(lambda: tr("Needs attention"))],
            ListSource(), parent=self)
        self.coops_view, self.flags_view = (table_view(self.coops, alternate=True),
                                            table_view(self.flags, alternate=True))
        self.coops_view.horizontalHeader().setStretchLastSection(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.coops_view)
        split.addWidget(self.flags_view)
        split.setSizes([420, 200])

        self.save_xlsx = QPushButton(tr("Save as workbook…"))
        self.save_xlsx.clicked.connect(self.save_workbook)
        self.save_pdf = QPushButton(tr("Save as PDF…"))
        self.save_pdf.clicked.connect(self.save_document)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_xlsx)
        bottom.addWidget(self.save_pdf)

        body = QWidget()
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        body.setLayout(layout)
        self.setCentralWidget(body)
        self._busy(False)

    # ------------------------------------------------------------------ choosing

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Open a folder of workbooks…"))
        if folder:
            self.sources = [folder]
            self.read()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Add files…"), "",
            tr("Workbooks and books (*.xlsx *.xlsm *.xls *.ods *.csv *.sqlite3 *.db)"))
        if names:
            self.sources += names
            self.read()

    # ------------------------------------------------------------------ reading

    def read(self) -> None:
        if not self.sources:
            self.status.setText(tr("Choose a folder with the cooperatives' exported workbooks."))
            return
        as_of, quarters, sources = self.as_of.date().toPython(), self.quarters.value(), self.sources
        self._cancel = False

        def work(progress):
            return consolidate(sources, as_of, quarters,
                               lambda done, total, _source: progress(done, total),
                               lambda: self._cancel)

        self._task = Task(work, self)
        self._task.progressed.connect(self._progress)
        self._task.succeeded.connect(self.show_result)
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._finished)
        self._busy(True)
        self._task.start()

    def cancel(self) -> None:
        self._cancel = True
        self.status.setText(tr("Stopping after the workbook being read…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status.setText(tr("Reading {n} of {total}…", n=min(done + 1, total), total=total))

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _finished(self) -> None:
        self._task = None
        self._busy(False)

    def show_result(self, result: Consolidation) -> None:
        self.result = result
        rows = []
        for source in result.sources:
            latest = source.quarters[-1] if source.quarters else None
            rows.append([source.name, tr("Yes") if source.included else tr("No"),
                         *(self._shown(f, latest) for f in self.figure_columns),
                         len(source.flags)])
        latest = result.latest()
        if latest is not None:
            rows.append([tr("Total"), "", *(self._shown(f, latest) for f in self.figure_columns),
                         sum(len(s.flags) for s in result.included)])
        self.coops.source = ListSource(rows)
        self.coops.reload()
        self.coops_view.resizeColumnsToContents()
        flags = [[s.name, flag] for s in result.included for flag in s.flags]
        flags += [[s.source, tr("Left out of the totals: {problems}",
                                problems="; ".join(s.problems[:5]))]
                  for s in result.sources if not s.included]
        self.flags.source = ListSource(flags)
        self.flags.reload()
        self.flags_view.resizeColumnToContents(0)
        self.status.setText(tr("{n} of {total} sources included; figures of the quarter up to "
                               "{date}.", n=len(result.included), total=len(result.sources),
                               date=result.as_of.strftime("%d/%m/%Y")))

    @staticmethod
    def _shown(figure, item):
        if item is None:
            return None
        value = figure.of(item)
        if figure.kind == PERCENT:
            return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")
        return value

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.folder_button, self.files_button, self.read_button):
            button.setEnabled(not busy)
        ready = not busy and self.result is not None and bool(self.result.included)
        self.save_xlsx.setEnabled(ready)
        self.save_pdf.setEnabled(ready)

    def is_busy(self) -> bool:
        return self._task is not None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing while reading stops after the current source; nothing is left running."""
        if self._task is not None:
            self._cancel = True
            self._task.wait()
        super().closeEvent(event)

    # ------------------------------------------------------------------ saving

    def save_workbook(self) -> None:
        self._save(tr("Save as workbook…"), "gabungan-koperasi.xlsx", tr("Excel files (*.xlsx)"),
                   write_consolidation)

    def save_document(self) -> None:
        self._save(tr("Save as PDF…"), "gabungan-koperasi.pdf", tr("PDF files (*.pdf)"),
                   write_consolidation_pdf)

    def _save(self, title: str, suggested: str, kinds: str, write) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        if not name:
            return
        try:
            path = write(self.result, Path(name))
        except KoperasiError as exc:
            QMessageBox.warning(self, title, exc.message)
            return
        except OSError as exc:
            QMessageBox.warning(self, title, exc.strerror or str(exc))
            return
        self.status.setText(tr("Saved to {path}", path=path))
