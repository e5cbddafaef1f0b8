"""The Excel page: import a workbook (check → preview → import), export the book or a
date range, download the template, and list import batches with Undo.

The import flow is here; the Export tab is `spreadsheet_export_tab.py` and the Import
history tab `import_history_tab.py`, both run through this page's worker.

Reading, checking, importing and exporting run on a worker thread with a progress bar;
the page only shows what the spreadsheet services return.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import import_presets
from desktop_app.services.import_presets import Mapping
from desktop_app.services.rows import ListSource
from desktop_app.spreadsheet.importer import ImportResult, import_workbook
from desktop_app.spreadsheet.reader import Workbook as SourceWorkbook
from desktop_app.spreadsheet.records import sheet_headers
from desktop_app.spreadsheet.table_export import problem_workbook
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.column_mapping import ColumnMappingDialog
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.import_history_tab import ImportHistoryTab
from desktop_app.ui.pages.spreadsheet_export_tab import XLSX_FILTER, ExportTab
from desktop_app.ui.saved_notice import show_saved
from desktop_app.ui.widgets.forms import confirm, table_view
from desktop_app.ui.workers import Task

IMPORT_FILTER = "Excel, LibreOffice, CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"


class SpreadsheetsPage(Page):
    key = "spreadsheets"

    @classmethod
    def title(cls) -> str:
        return tr("Excel")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._tasks: list[Task] = []
        self.file: Path | None = None
        self.mapping: Mapping | None = None
        self.result: ImportResult | None = None
        layout = QVBoxLayout()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._import_tab(), tr("Import"))
        self.export_tab = ExportTab(ctx, self._start)
        self.history = ImportHistoryTab(ctx)
        self.tabs.addTab(self.export_tab, tr("Export"))
        self.tabs.addTab(self.history, tr("Import history"))
        layout.addWidget(self.tabs)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_note = QLabel()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        progress_row.addWidget(self.progress_note)
        layout.addLayout(progress_row)
        self.setLayout(layout)
        self._fill_presets()
        self.refresh()

    # ------------------------------------------------------------------ import

    def _import_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout()
        row = QHBoxLayout()
        self.choose_button = QPushButton(tr("Choose workbook…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(tr("No file chosen. Step 1: choose the workbook to import."))
        self.file_label.setWordWrap(True)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        self.preset_combo = QComboBox()
        self.preset_combo.activated.connect(self.use_preset)
        self.map_button = QPushButton(tr("Map columns…"))
        self.map_button.clicked.connect(self.map_columns)
        row.addWidget(QLabel(tr("Preset:")))
        row.addWidget(self.preset_combo)
        row.addWidget(self.map_button)
        layout.addLayout(row)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.sheets_model = PagedTableModel(
            [Column(lambda: tr("Sheet")), Column(lambda: tr("Rows recognised"), "int")],
            ListSource())
        self.problems_model = PagedTableModel(
            [Column(lambda: tr("Sheet")), Column(lambda: tr("Row"), "int"),
             Column(lambda: tr("Column")), Column(lambda: tr("Problem"))], ListSource())
        previews = QHBoxLayout()
        sheets_box = QGroupBox(tr("Sheets"))
        QVBoxLayout(sheets_box).addWidget(table_view(self.sheets_model, alternate=True))
        problems_box = QGroupBox(tr("Problems"))
        self.problems_view = table_view(self.problems_model, alternate=True)
        QVBoxLayout(problems_box).addWidget(self.problems_view)
        previews.addWidget(sheets_box, 1)
        previews.addWidget(problems_box, 3)
        layout.addLayout(previews, 1)
        self.notices_label = QLabel()
        self.notices_label.setWordWrap(True)
        layout.addWidget(self.notices_label)
        buttons = QHBoxLayout()
        self.save_problems_button = QPushButton(tr("Save problems as workbook…"))
        self.save_problems_button.clicked.connect(self.save_problems)
        self.import_button = QPushButton(tr("Import now"))
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(self.save_problems_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self._show_result(None)
        tab.setLayout(layout)
        return tab

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose workbook"), "", IMPORT_FILTER)
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path, mapping: Mapping | None = None) -> None:
        """Step 2: read and check the whole file without writing (a dry run), read as
        `mapping` says (the assistant's or a preset's) when there is one."""
        self.file, self.mapping = path, mapping
        self.file_label.setText(tr("File: {name}", name=path.name))
        self._show_result(None)
        self._start(lambda progress: self._import(path, True, progress), self._checked)

    def _checked(self, result: ImportResult) -> None:
        self._show_result(result)
        if self.mapping is None and result.presets:  # offered again for the same headers
            self.preset_combo.setCurrentIndex(self.preset_combo.findText(result.presets[0]))
            self.use_preset()

    def _fill_presets(self) -> None:
        with self.ctx.session() as session:
            names = import_presets.preset_names(session)
        self.preset_combo.clear()
        self.preset_combo.addItem(tr("(none)"))
        self.preset_combo.addItems(names)

    def use_preset(self) -> None:
        if self.file is None:
            return
        name = self.preset_combo.currentText() if self.preset_combo.currentIndex() > 0 else None
        if name is None:
            self.check_file(self.file)
            return
        with self.ctx.session() as session:
            mapping = import_presets.get_preset(session, name).mapping
        self.check_file(self.file, mapping)

    def map_columns(self) -> None:
        """The column-mapping assistant: read the headers off the GUI thread, then ask."""
        if self.file is None:
            return
        path, mapping = self.file, self.mapping or Mapping()

        def work(progress):
            with SourceWorkbook(path) as workbook:
                return sheet_headers(workbook, mapping)

        self._start(work, self._ask_mapping)  # a method: it runs on the GUI thread

    def _ask_mapping(self, sheets) -> None:
        dialog = ColumnMappingDialog(sheets, self.mapping or Mapping(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.mapping()
        name = dialog.preset_name.text().strip()
        if name and self.result is not None:
            try:
                with self.ctx.session() as session:
                    import_presets.save_preset(session, name, self.result.signature, chosen)
            except KoperasiError as exc:
                QMessageBox.warning(self, tr("Map columns"), exc.message)
                return
            self._fill_presets()
            self.preset_combo.setCurrentIndex(self.preset_combo.findText(" ".join(name.split())))
        self.check_file(self.file, chosen)

    def run_import(self) -> None:
        if self.file is None or self.result is None or not self.result.ok:
            return
        if not confirm(self, tr("Import"), tr("Import the file {name} into the book? {summary}",
                                              name=self.file.name, summary=self.result.summary())):
            return
        self._start(lambda progress: self._import(self.file, False, progress), self._imported)

    def _import(self, path: Path, dry_run: bool, progress) -> ImportResult:
        with self.ctx.session() as session:
            return import_workbook(session, path, dry_run=dry_run, progress=progress,
                                   mapping=self.mapping)

    def _show_result(self, result: ImportResult | None) -> None:
        self.result = result
        self.sheets_model.source.rows = list((result.rows if result else {}).items())
        self.sheets_model.reload()
        self.problems_model.source.rows = [
            (p.sheet, p.row, p.column or "", p.message) for p in (result.details if result else [])]
        self.problems_model.reload()
        self.problems_view.resizeColumnsToContents()
        self.summary_label.setText(result.summary() if result else "")
        self.notices_label.setText("\n".join(result.notices[:20]) if result else "")
        self.import_button.setEnabled(bool(result and result.ok and result.counts)
                                      and self.ctx.can(Permission.IMPORT))
        self.save_problems_button.setEnabled(bool(result and result.details))
        self.map_button.setEnabled(result is not None)

    def _imported(self, result: ImportResult) -> None:
        self._show_result(result)
        self.import_button.setEnabled(False)
        self.refresh()
        QMessageBox.information(self, tr("Import"), result.summary())

    def save_problems(self) -> None:
        if self.file is None or self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save problems"), str(self.file.with_name(self.file.stem + "-masalah.xlsx")),
            XLSX_FILTER)
        if name:
            self._start(lambda progress: problem_workbook(self.file, self.result.details, name),
                        lambda _: show_saved(self, Path(name)))

    def refresh(self) -> None:
        self.history.refresh()

    # ------------------------------------------------------------------ worker

    def _start(self, work, on_success) -> None:
        """Run `work` off the GUI thread with the progress bar; buttons wait meanwhile."""
        task = Task(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(on_success)
        task.failed.connect(lambda message: QMessageBox.warning(self, tr("Excel"), message))
        task.cancelled.connect(lambda: self.progress_note.setText(tr("Cancelled.")))
        task.finished.connect(lambda: self._finished(task))
        self._tasks.append(task)
        self.progress_note.clear()
        self._busy(True)
        task.start()

    def cancel(self) -> None:
        """Stop the running work: an export leaves no file, an import writes nothing."""
        for task in self._tasks:
            task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finished(self, task: Task) -> None:
        self._tasks = [t for t in self._tasks if t is not task]
        self._busy(bool(self._tasks))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
        self.export_tab.set_busy(busy)
        self.history.set_busy(busy)
        for button in (self.choose_button, self.map_button):
            button.setEnabled(not busy)
        if not busy:
            self.map_button.setEnabled(self.result is not None)
            self.import_button.setEnabled(bool(self.result and self.result.ok and self.result.counts)
                                          and self.ctx.can(Permission.IMPORT))
        else:
            self.import_button.setEnabled(False)

    def is_busy(self) -> bool:
        return bool(self._tasks)
