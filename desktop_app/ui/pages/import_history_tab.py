"""The Excel page's Import history tab: every import batch, and Undo of one (its entries
reversed, dated today, by the imports service)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import imports
from desktop_app.services.rows import ListSource
from desktop_app.spreadsheet.importer import describe_counts
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.forms import confirm, table_view


class BatchLine(NamedTuple):
    """An import as the undo table shows it."""

    id: int
    file_name: str
    imported_by: str
    imported_at: str
    counts: str
    undone_at: str


class ImportHistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout()
        self.batches_model = PagedTableModel(
            [Column(lambda: tr("Batch"), "int"), Column(lambda: tr("File")),
             Column(lambda: tr("Imported by")), Column(lambda: tr("Imported at")),
             Column(lambda: tr("What")), Column(lambda: tr("Undone"))], ListSource())
        self.batches_view = table_view(self.batches_model, alternate=True)
        layout.addWidget(self.batches_view, 1)
        self.undo_button = QPushButton(tr("Undo selected import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setEnabled(self.ctx.can(Permission.IMPORT))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.setLayout(layout)

    def set_busy(self, busy: bool) -> None:
        self.undo_button.setEnabled(not busy and self.ctx.can(Permission.IMPORT))

    def refresh(self) -> None:
        with self.ctx.session() as session:
            batches = imports.list_batches(session)
        self.batches_model.source.rows = [
            BatchLine(b.id, b.file_name, b.imported_by,
                      b.imported_at.strftime("%d/%m/%Y %H:%M"), describe_counts(b.counts),
                      b.undone_at.strftime("%d/%m/%Y %H:%M") if b.undone_at else "")
            for b in batches]
        self.batches_model.reload()
        self.batches_view.resizeColumnsToContents()

    def undo_selected(self) -> None:
        rows = self.batches_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, tr("Undo import"), tr("Select an import first."))
            return
        batch = self.batches_model.row(rows[0].row())
        batch_id, file_name = batch.id, batch.file_name
        if confirm(self, tr("Undo import"), tr(
                "Reverse every entry of import {batch} ({file})? The reversals are dated today.",
                batch=batch_id, file=file_name)):
            self.undo_batch(batch_id)

    def undo_batch(self, batch_id: int) -> None:
        try:
            with self.ctx.session() as session:
                count = imports.undo_batch(session, batch_id, date.today())
        except KoperasiError as exc:
            QMessageBox.warning(self, tr("Undo import"), "\n".join([exc.message, *exc.problems]))
            return
        self.refresh()
        QMessageBox.information(self, tr("Undo import"),
                                tr("{n} entries were reversed.", n=count))
