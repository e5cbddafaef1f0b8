"""Turning a workbook's sheets into typed records, one per data row, with every
unreadable cell reported as a Problem (sheet, row, column, message)."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.i18n import tr
from desktop_app.spreadsheet.columns import (
    COMPUTED_SHEETS,
    IMPORT_SHEETS,
    SheetSpec,
    find_sheet,
    normalise,
)
from desktop_app.spreadsheet.reader import (
    HEADER_SEARCH_ROWS,
    UNSET,
    Problem,
    SheetLayout,
    Workbook,
    find_layout,
    is_blank_row,
    is_total_row,
)
from desktop_app.spreadsheet.values import CellError, is_blank, parse

# One record type per sheet: the Excel row number, then the columns by key.
RECORD_TYPES = {
    spec.key: namedtuple(spec.key, ["row", *(c.key for c in spec.columns)])
    for spec in IMPORT_SHEETS
}


@dataclass
class SheetRecords:
    layout: SheetLayout
    records: list = field(default_factory=list)
    skipped: int = 0  # blank and total rows

    @property
    def title(self) -> str:
        return self.layout.title

    def problem(self, record, key: str | None, message: str) -> Problem:
        column = self.layout.label(key) if key else None
        return Problem(self.title, record.row, column, message)


@dataclass
class WorkbookRecords:
    sheets: dict[str, SheetRecords] = field(default_factory=dict)  # by spec key
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def records(self, key: str) -> list:
        sheet = self.sheets.get(key)
        return sheet.records if sheet else []


_NOTES = {"catatan", "notes"}  # the template's own notes sheet, skipped without a word


def read_records(
    workbook: Workbook,
    minor_digits: int,
    progress: Callable[[int], None] = lambda rows: None,
) -> WorkbookRecords:
    """Read every sheet of the format; other sheets are skipped with a notice."""
    result = WorkbookRecords()
    for title in workbook.sheet_titles:
        spec = find_sheet(title)
        if spec is None:
            if find_sheet(title, COMPUTED_SHEETS) is None and normalise(title) not in _NOTES:
                result.notices.append(
                    tr("Sheet '{sheet}' is not part of the format and was skipped.", sheet=title)
                )
            continue
        if spec.key in result.sheets:
            result.problems.append(Problem(title, None, None, tr(
                "this sheet appears twice in the workbook; keep only one")))
            continue
        _read_sheet(workbook, title, spec, minor_digits, result, progress)
    return result


def _read_sheet(workbook, title, spec: SheetSpec, minor_digits, result, progress) -> None:
    rows = workbook.rows(title)
    first = []
    for raw in rows:
        first.append(raw)
        if len(first) == HEADER_SEARCH_ROWS:
            break
    layout, problems, notices = find_layout(title, spec, first)
    result.problems.extend(problems)
    result.notices.extend(notices)
    if layout is None or problems:
        return
    sheet = SheetRecords(layout)
    result.sheets[spec.key] = sheet
    make = RECORD_TYPES[spec.key]
    columns = [(index, column) for index, column in sorted(layout.columns.items())]
    keys = [c.key for c in spec.columns]
    pending = (raw for raw in first if raw.number > layout.header_row)
    count = 0
    for raw in _chain(pending, rows):
        count += 1
        if count % 5000 == 0:
            progress(5000)
        values = raw.values
        if is_blank_row(values) or is_total_row(values):
            sheet.skipped += 1
            continue
        cells = dict.fromkeys(keys)
        bad = False
        for index, column in columns:
            value = values[index] if index < len(values) else None
            if value is UNSET:
                result.problems.append(Problem(title, raw.number, layout.label(column.key), tr(
                    "the formula in this cell has no saved value; open the file in Excel "
                    "or LibreOffice, save it, and import again")))
                bad = True
                continue
            if is_blank(value):
                if column.required:
                    result.problems.append(Problem(title, raw.number, layout.label(column.key),
                                                   tr("this cell must be filled in")))
                    bad = True
                continue
            try:
                cells[column.key] = parse(column.kind, value, minor_digits)
            except CellError as exc:
                result.problems.append(
                    Problem(title, raw.number, layout.label(column.key), str(exc)))
                bad = True
        if not bad:
            sheet.records.append(make(raw.number, *cells.values()))
    progress(count % 5000)


def _chain(first, rest):
    yield from first
    yield from rest
