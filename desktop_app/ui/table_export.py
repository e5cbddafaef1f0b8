"""Export the table a user is looking at to Excel, as shown: its columns, its filters,
its sort order. Paged tables are streamed from their row source, so a filtered list of
10,000 members is written without loading it into the view."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.spreadsheet.table_export import export_table
from desktop_app.spreadsheet.writer import AMOUNT_FORMAT
from desktop_app.ui.models.paged import PAGE_SIZE, PagedTableModel
from desktop_app.ui.saved_notice import show_saved
from desktop_app.ui.workers import Task, removing_on_failure, run_with_progress


def shown_table(page: QWidget) -> QTableView | None:
    """The table on `page` the user is working with: the focused one, else the first shown."""
    views = [
        view for view in page.findChildren(QTableView)
        if view.isVisibleTo(page) and view.model() is not None and view.model().columnCount()
    ]
    focused = [view for view in views if view.hasFocus()]
    return (focused or views or [None])[0]


def table_contents(model: QAbstractItemModel) -> tuple[list[str], list[str | None], Iterator]:
    """Headers, number formats and rows of `model` as the user sees them."""
    columns = range(model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    if isinstance(model, PagedTableModel):
        formats = [AMOUNT_FORMAT if col.kind in ("money", "int") else None
                   for col in model.columns]
        return headers, formats, _paged_rows(model)
    rows = ([model.index(r, c).data() for c in columns] for r in range(model.rowCount()))
    return headers, [None] * len(headers), rows


def _paged_rows(model: PagedTableModel) -> Iterator[list]:
    """Every row the source gives under the model's current filters and order."""
    scale = Decimal(10) ** model.minor_digits
    money = [col.kind == "money" for col in model.columns]
    offset = 0
    while rows := model.source.fetch(offset, PAGE_SIZE):
        for row in rows:
            yield [
                Decimal(value) / scale if is_money and model.minor_digits and value is not None
                else value
                for value, is_money in zip(row, money)  # rows may carry hidden ids after
            ]
        offset += len(rows)


def export_shown_table(parent: QWidget, page: QWidget, title: str) -> Task | None:
    """Ask for a file and write the table shown on `page` off the GUI thread, with a
    progress dialog and Cancel (a cancelled export leaves no file); None if there was no
    table or the user cancelled the file dialog."""
    view = shown_table(page)
    if view is None:
        QMessageBox.information(parent, tr("Export to Excel"),
                                tr("This page has no table to export."))
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Export to Excel"), f"{title}.xlsx", tr("Excel workbooks (*.xlsx)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
    model = view.model()
    headers, formats, rows = table_contents(model)
    total = model.total() if isinstance(model, PagedTableModel) else model.rowCount()

    def work(progress) -> int:
        try:
            return removing_on_failure(path, lambda: export_table(
                path, title, headers, _reporting(rows, total, progress), formats))
        except OSError as exc:
            raise KoperasiError(
                tr("The table could not be written: {detail}", detail=exc)) from exc

    def written(count: int) -> None:
        show_saved(parent, path, tr("{n} rows written.", n=count))

    return run_with_progress(parent, tr("Export to Excel"),
                             tr("Writing {path}…", path=path.name), work, written)


def _reporting(rows: Iterator, total: int, progress) -> Iterator:
    """`rows`, reporting how many went by every few hundred (and stopping on Cancel)."""
    progress(0, total)
    for done, row in enumerate(rows, start=1):
        if done % 500 == 0:
            progress(done, total)
        yield row
