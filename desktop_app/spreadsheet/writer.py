"""Writing sheets in openpyxl's write-only mode (flat memory) with the house style:
real numbers and dates with number formats, a bold frozen header, autofilter, widths,
and text that could be mistaken for a formula written as plain text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from desktop_app.domain.cells import escape_text
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

AMOUNT_FORMAT = "#,##0"
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0.00"
_BOLD = Font(bold=True)
_TEXT_LIMIT = 32767  # openpyxl cuts longer text to what a cell holds


@dataclass(frozen=True)
class OutColumn:
    header: str
    width: int = 14
    number_format: str | None = None  # for numbers; dates always get DATE_FORMAT


def safe_value(sheet, value: object) -> object:
    """`value` fit for a cell of `sheet`: text goes through `escape_text`, and text a
    spreadsheet could run as a formula becomes a text cell (quote prefix, type string)."""
    if not isinstance(value, str):
        return value
    text, as_text = escape_text(value)
    if not as_text:
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # never a formula, whatever Excel would make of it
    cell.quotePrefix = True
    return cell


class SheetWriter:
    """One write-only sheet: header first, then rows; `close()` sets the autofilter.

    A whole-book export writes hundreds of thousands of cells, so the common values
    (text, whole numbers, floats, dates) do not each get a new styled `WriteOnlyCell`
    (openpyxl builds one, binds its value and registers its style per cell): the sheet's
    rows are turned into cells by `_cells`, which fills one reused cell with the value,
    its type and a style computed once per number format. openpyxl writes each cell as it
    is yielded, as it does with its own reused cell. Other values take openpyxl's path.
    """

    def __init__(self, book: Workbook, title: str, columns: Sequence[OutColumn]):
        self.sheet = book.create_sheet(title)
        self.sheet._values_to_row = self._cells  # openpyxl's hook from row to cells
        self.columns = columns
        self.rows = 0
        for index, column in enumerate(columns, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = column.width
        self.sheet.freeze_panes = "A2"
        self._cell = WriteOnlyCell(self.sheet)
        self._style_of: dict[str | None, StyleArray | None] = {None: None}
        self._quoted = self._style(quotePrefix=True)
        self._date = self._number_style(DATE_FORMAT)
        self._column_styles = [self._number_style(c.number_format) for c in columns]
        self._row_styles = self._column_styles
        header = []
        for column in columns:
            cell = safe_value(self.sheet, column.header)
            if not isinstance(cell, Cell):
                cell = WriteOnlyCell(self.sheet, value=cell)
            cell.font = _BOLD
            header.append(cell)
        self.sheet.append(header)
        self.rows = 1

    def append(self, values: Sequence[object],
               formats: Sequence[str | None] | None = None) -> None:
        """One row; `formats` overrides the columns' number formats for this row."""
        self._row_styles = (self._column_styles if formats is None
                            else [self._number_style(f) for f in formats])
        self.sheet.append(values if isinstance(values, list | tuple) else tuple(values))
        self.rows += 1

    def extend(self, rows: Iterable[Sequence[object]]) -> None:
        for row in rows:
            self.append(row)

    def _style(self, **attributes) -> StyleArray:
        cell = WriteOnlyCell(self.sheet)
        for name, value in attributes.items():
            setattr(cell, name, value)
        return cell._style

    def _number_style(self, number_format: str | None) -> StyleArray | None:
        if number_format not in self._style_of:
            self._style_of[number_format] = self._style(number_format=number_format)
        return self._style_of[number_format]

    def _cells(self, values: Sequence[object], row: int) -> Iterator[Cell]:
        """The cells of one row (values past the last column left out), as openpyxl
        would make them from the values: the reused cell filled directly."""
        cell = self._cell
        cell.row = row
        for column, (value, number_style) in enumerate(zip(values, self._row_styles), 1):
            kind = type(value)
            if value is None:
                continue
            if kind is str:
                text, as_text = escape_text(value)
                cell._value = text[:_TEXT_LIMIT]
                cell.data_type = "e" if text in ERROR_CODES else "s"
                cell._style = self._quoted if as_text else None
            elif kind is int or kind is float:
                cell._value, cell.data_type, cell._style = value, "n", number_style
            elif kind is date or kind is datetime:
                cell._value, cell.data_type, cell._style = value, "d", self._date
            else:
                yield self._cell_of(value, number_style, column, row)
                continue
            cell.column = column
            yield cell

    def _cell_of(self, value: object, number_style: StyleArray | None, column: int,
                 row: int) -> Cell:
        """A value of any other kind (a bool, a Decimal, a ready cell) the usual way."""
        if isinstance(value, Cell):
            cell = value
        else:
            value = safe_value(self.sheet, value)
            cell = value if isinstance(value, Cell) else WriteOnlyCell(self.sheet, value=value)
            if isinstance(value, datetime | date):
                cell._style = StyleArray(self._date)
            elif (number_style and isinstance(value, int | float)
                  and not isinstance(value, bool)):
                cell._style = StyleArray(number_style)
        cell.column, cell.row = column, row
        return cell

    def close(self) -> None:
        last = get_column_letter(max(1, len(self.columns)))
        self.sheet.auto_filter.ref = f"A1:{last}{max(self.rows, 1)}"


@contextmanager
def discarded_on_failure(book: Workbook) -> Iterator[Workbook]:
    """A write-only workbook whose work may fail (or be cancelled) before it is saved:
    then each sheet's row stream is closed and its temporary file removed at once,
    rather than at garbage collection, when the stream writes into a closed file."""
    try:
        yield book
    except BaseException:
        for sheet in book.worksheets:
            if not sheet.closed:
                sheet.close()
                sheet._writer.cleanup()
        raise


@contextmanager
def written_in_place(path: Path) -> Iterator[Path]:
    """A temporary name beside `path` to write to: renamed onto `path` when the body ends,
    removed on any failure, so a workbook is never left half-written under its name."""
    temporary = path.with_name(path.name + ".part")
    try:
        yield temporary
        temporary.replace(path)
    except PermissionError:
        temporary.unlink(missing_ok=True)
        raise ValidationError(tr("The file {name} cannot be written: it may be open in Excel. "
                                 "Close it and try again.", name=path.name)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
