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
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop_app.domain.cells import escape_text
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

AMOUNT_FORMAT = "#,##0"
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0.00"
_BOLD = Font(bold=True)


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
    """One write-only sheet: header first, then rows; `close()` sets the autofilter."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[OutColumn]):
        self.sheet = book.create_sheet(title)
        self.columns = columns
        self.rows = 0
        for index, column in enumerate(columns, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = column.width
        self.sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = safe_value(self.sheet, column.header)
            if not isinstance(cell, Cell):
                cell = WriteOnlyCell(self.sheet, value=cell)
            cell.font = _BOLD
            header.append(cell)
        self.sheet.append(header)
        self.rows = 1
        self._formats = [c.number_format for c in columns]

    def append(self, values: Sequence[object],
               formats: Sequence[str | None] | None = None) -> None:
        """One row; `formats` overrides the columns' number formats for this row."""
        formats = self._formats if formats is None else formats
        self.sheet.append([self._cell(v, f) for v, f in zip(values, formats, strict=False)])
        self.rows += 1

    def extend(self, rows: Iterable[Sequence[object]]) -> None:
        for row in rows:
            self.append(row)

    def _cell(self, value: object, number_format: str | None) -> object:
        if value is None:
            return None
        if isinstance(value, str):
            return safe_value(self.sheet, value)
        if isinstance(value, datetime | date):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        if number_format and isinstance(value, int | float) and not isinstance(value, bool):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = number_format
            return cell
        return value

    def close(self) -> None:
        last = get_column_letter(max(1, len(self.columns)))
        self.sheet.auto_filter.ref = f"A1:{last}{max(self.rows, 1)}"


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
