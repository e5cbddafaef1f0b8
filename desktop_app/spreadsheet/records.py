"""Turning a workbook's sheets into typed records, one per data row, with every
unreadable cell reported as a Problem (sheet, row, column, message)."""

from __future__ import annotations

import hashlib
import re
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.db.models import Account, Loan, MarketDay, Member, MemberGroup, Product
from desktop_app.domain.limits import LimitError, check_text
from desktop_app.i18n import tr
from desktop_app.services.import_presets import Mapping
from desktop_app.spreadsheet.columns import (
    COMPUTED_SHEETS,
    IMPORT_SHEETS,
    REPAYMENTS,
    SAVINGS,
    Kind,
    find_sheet,
    normalise,
)
from desktop_app.spreadsheet.grids import GridLayout, GridOptions, GridReader, find_grid
from desktop_app.spreadsheet.reader import (
    HEADER_SEARCH_ROWS,
    UNSET,
    Problem,
    ProblemList,
    SheetLayout,
    Workbook,
    find_layout,
    is_blank_row,
    is_total_row,
)
from desktop_app.spreadsheet.values import PARSERS, CellError

# The schema's length of each text column (String(n)); other texts are notes.
TEXT_LENGTHS = {key: column.type.length for key, column in {
    "member_no": Member.number, "name": Member.name, "nik": Member.nik, "phone": Member.phone,
    "group": MemberGroup.name, "loan_no": Loan.number, "guarantor": Loan.guarantor_name,
    "code": Product.code, "unit": Product.unit, "owner": Member.number,
    "market": MarketDay.market, "account": Account.code,
}.items()}

# One record type per sheet: the Excel row number, then the columns by key, then where a
# grid record came from (None for a row of format v1).
RECORD_TYPES = {
    spec.key: namedtuple(spec.key, ["row", *(c.key for c in spec.columns), "where"],
                         defaults=(None,))
    for spec in IMPORT_SHEETS
}


@dataclass
class SheetRecords:
    layout: SheetLayout
    records: list = field(default_factory=list)
    skipped: int = 0  # blank and total rows
    totals: int = 0  # of which total and subtotal rows

    @property
    def title(self) -> str:
        return self.layout.title

    def problem(self, record, key: str | None, message: str) -> Problem:
        if record.where is not None:
            return Problem(record.where.sheet, record.row, record.where.label(key), message)
        column = self.layout.label(key) if key else None
        return Problem(self.title, record.row, column, message)


@dataclass
class WorkbookRecords:
    sheets: dict[str, SheetRecords] = field(default_factory=dict)  # by spec key
    problems: ProblemList = field(default_factory=ProblemList)
    notices: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # records read per sheet title
    headers: list[str] = field(default_factory=list)  # each sheet's header row, normalised

    @property
    def signature(self) -> str:
        """The workbook's layout, whatever its data and years: presets are found by it."""
        return hashlib.sha256("|".join(sorted(self.headers)).encode()).hexdigest()[:32]

    def records(self, key: str) -> list:
        sheet = self.sheets.get(key)
        return sheet.records if sheet else []


_NOTES = {"catatan", "notes"}  # the template's own notes sheet, skipped without a word


def read_records(
    workbook: Workbook,
    minor_digits: int,
    progress: Callable[[int], None] = lambda rows: None,
    options: GridOptions | None = None,
    mapping: Mapping | None = None,
) -> WorkbookRecords:
    """Read every sheet of the format and every grid; other sheets are skipped with a
    notice. `mapping` is the user's: sheets and headers the format does not know."""
    result = WorkbookRecords()
    options = options or GridOptions()
    mapping = mapping or Mapping()
    read: set[str] = set()
    for title in workbook.sheet_titles:
        spec = find_sheet(title) or next(
            (s for s in IMPORT_SHEETS if s.key == mapping.sheets.get(normalise(title))), None)
        if spec is not None and spec.key in read:
            result.problems.append(Problem(title, None, None, tr(
                "this sheet appears twice in the workbook; keep only one")))
            continue
        if spec is None and (find_sheet(title, COMPUTED_SHEETS) is not None
                             or normalise(title) in _NOTES):
            continue
        rows = workbook.rows(title)
        first = [raw for _, raw in zip(range(HEADER_SEARCH_ROWS), rows, strict=False)]
        result.headers.append(_header_key(first))
        layout, problems, notices = (find_layout(title, spec, first, mapping.columns.get(spec.key))
                                     if spec else (None, [], []))
        if layout is not None and not problems:
            read.add(spec.key)
            result.notices.extend(notices)
            _read_sheet(_chain(first, rows), layout, minor_digits, result, progress)
            continue
        grid = find_grid(title, first)
        if grid is not None:
            _read_grid(_chain(first, rows), grid, first, options, minor_digits, result, progress)
        elif spec is not None:
            result.problems.extend(problems)
            result.notices.extend(notices)
        else:
            result.notices.append(
                tr("Sheet '{sheet}' is not part of the format and was skipped.", sheet=title))
    return result


def _header_key(first: list) -> str:
    """The row with the most texts among the first rows, without digits (years change)."""
    texts = max(([normalise(v) for v in raw.values if isinstance(v, str) and v.strip()]
                 for raw in first), key=len, default=[])
    return ",".join(re.sub(r"\d+", "", t) for t in texts)


def _read_sheet(rows, layout: SheetLayout, minor_digits, result, progress) -> None:
    title, spec = layout.title, layout.spec
    sheet = SheetRecords(layout)
    result.sheets[spec.key] = sheet
    make = RECORD_TYPES[spec.key]
    keys = [c.key for c in spec.columns]
    # (file column, place in the record, column, its parser, the values it already read)
    columns = [(index, keys.index(column.key), column, PARSERS[column.kind], {},
                not column.required) for index, column in sorted(layout.columns.items())]
    empty = [None] * len(keys)
    count = 0
    for number, values in rows:
        if number <= layout.header_row:
            continue
        count += 1
        if count % 5000 == 0:
            progress(5000)
        if is_blank_row(values):
            sheet.skipped += 1
            continue
        if is_total_row(values):
            sheet.skipped += 1
            sheet.totals += 1
            continue
        cells = empty.copy()
        bad = False
        width = len(values)
        for index, place, column, parser, seen, optional in columns:
            value = values[index] if index < width else None
            if value is None and optional:
                continue
            known = seen.get(value)
            if known is not None and known[0] is type(value):
                cells[place] = known[1]
                continue
            try:
                cells[place] = _cell(value, column, parser, minor_digits, seen)
            except CellError as exc:
                result.problems.append(Problem(title, number, layout.label(column.key), str(exc)))
                bad = True
        if not bad:
            sheet.records.append(make(number, *cells))
    progress(count % 5000)
    result.rows[title] = len(sheet.records)
    _count_totals(result, title, sheet.totals)


SEEN_VALUES = 5000  # distinct values remembered per column: dates, amounts, types repeat


def _cell(value, column, parser, minor_digits: int, seen: dict):
    """One cell read as its column's kind (None when blank); a value read once is
    remembered in `seen` with its type, since 1, 1.0 and True are equal keys."""
    if value is UNSET:
        raise CellError(tr("the formula in this cell has no saved value; open the file in "
                           "Excel or LibreOffice, save it, and import again"))
    if value is None or value == "" or (type(value) is str and not value.strip()):
        if column.required:
            raise CellError(tr("this cell must be filled in"))
        return None
    try:
        parsed = parser(value, minor_digits)
        if column.kind == Kind.TEXT:
            check_text(parsed, length=TEXT_LENGTHS.get(column.key))
    except LimitError as exc:
        raise CellError(str(exc)) from None
    if len(seen) < SEEN_VALUES:
        seen[value] = (type(value), parsed)
    return parsed


def _count_totals(result: WorkbookRecords, title: str, totals: int) -> None:
    if totals:
        result.notices.append(tr("{sheet}: {n} total or subtotal row(s) skipped",
                                 sheet=title, n=totals))


def _read_grid(rows, grid: GridLayout, first, options, minor_digits, result, progress) -> None:
    """One movement per filled cell, into the Simpanan and Angsuran records."""
    reader = GridReader(grid, first, options, minor_digits)
    savings, repayments = [], []
    count = 0
    for raw in rows:
        if raw.number <= grid.header_row:
            continue
        count += 1
        reader.read(raw, savings, repayments)
    progress(count)
    result.problems.extend(reader.problems)
    for key, spec, made, build in (
        ("savings", SAVINGS, savings,
         lambda row, on, member, kind, paid, where: (row, on, member, kind, paid, None, None,
                                                     where)),
        ("repayments", REPAYMENTS, repayments,
         lambda row, on, loan, paid, where: (row, on, loan, paid, None, where)),
    ):
        if not made:
            continue
        sheet = result.sheets.get(key)
        if sheet is None:
            sheet = result.sheets[key] = SheetRecords(SheetLayout(grid.title, spec,
                                                                  grid.header_row, {}))
        make = RECORD_TYPES[key]
        sheet.records.extend(make(*build(*item)) for item in made)
    result.rows[grid.title] = len(savings) + len(repayments)
    _count_totals(result, grid.title, reader.totals)


def _chain(first, rest):
    yield from first
    yield from rest


@dataclass(frozen=True)
class SheetHeaders:
    """A sheet the column-mapping assistant shows: the format sheet it was read as (None
    when none), its header texts, and those not matched to a column."""

    title: str
    sheet_key: str | None
    headers: tuple[str, ...]
    unmatched: tuple[str, ...]


def sheet_headers(workbook: Workbook, mapping: Mapping | None = None) -> list[SheetHeaders]:
    """The sheets whose headers the format (and the mapping) do not fully explain."""
    mapping = mapping or Mapping()
    found = []
    for title in workbook.sheet_titles:
        spec = find_sheet(title) or next(
            (s for s in IMPORT_SHEETS if s.key == mapping.sheets.get(normalise(title))), None)
        if spec is None and (find_sheet(title, COMPUTED_SHEETS) is not None
                             or normalise(title) in _NOTES):
            continue
        first = [raw for _, raw in zip(range(HEADER_SEARCH_ROWS), workbook.rows(title),
                                       strict=False)]
        if spec is None and find_grid(title, first) is not None:
            continue
        layout, problems, _ = (find_layout(title, spec, first, mapping.columns.get(spec.key))
                               if spec else (None, [], []))
        if layout is not None:
            header = next(raw.values for raw in first if raw.number == layout.header_row)
        else:
            header = max((raw.values for raw in first),
                         key=lambda values: sum(isinstance(v, str) for v in values), default=())
        texts = tuple(str(v).strip() for v in header if isinstance(v, str) and v.strip())
        matched = {str(header[i]).strip() for i in layout.columns} if layout else set()
        unmatched = tuple(t for t in texts if t not in matched)
        if unmatched or problems or spec is None:
            found.append(SheetHeaders(title, spec.key if spec else None, texts, unmatched))
    return found
