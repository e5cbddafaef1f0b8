"""Turning a workbook's sheets into typed records, one per data row, with every
unreadable cell reported as a Problem (sheet, row, column, message)."""

from __future__ import annotations

import hashlib
import re
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice, repeat
from operator import itemgetter

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
    SheetSpec,
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
    numbered,
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
    for title, spec in _sheets(workbook, mapping):
        if spec is not None and spec.key in read:
            result.problems.append(Problem(title, None, None, tr(
                "this sheet appears twice in the workbook; keep only one")))
            continue
        chunks = workbook.chunks(title)
        head = []  # the chunks holding the first rows
        while sum(len(c.rows) for c in head) < HEADER_SEARCH_ROWS and (
                chunk := next(chunks, None)):
            head.append(chunk)
        first = list(islice(numbered(head), HEADER_SEARCH_ROWS))
        chunks = chain(head, chunks)
        result.headers.append(_header_key(first))
        layout, problems, notices = (find_layout(title, spec, first, mapping.columns.get(spec.key))
                                     if spec else (None, [], []))
        if layout is not None and not problems:
            read.add(spec.key)
            result.notices.extend(notices)
            _read_sheet(chunks, layout, minor_digits, result, progress)
            continue
        grid = find_grid(title, first)
        if grid is not None:
            _read_grid(numbered(chunks), grid, first, options, minor_digits, result, progress)
        elif spec is not None:
            result.problems.extend(problems)
            result.notices.extend(notices)
        else:
            result.notices.append(
                tr("Sheet '{sheet}' is not part of the format and was skipped.", sheet=title))
    return result


def _sheets(workbook: Workbook, mapping: Mapping) -> list[tuple[str, SheetSpec | None]]:
    """The sheets to read, in order, each with the sheet of the format it is (by its name
    or the user's mapping). Sheets the export computes (balances, totals) and the
    template's notes are left out."""
    sheets = [(title, find_sheet(title) or next(
        (s for s in IMPORT_SHEETS if s.key == mapping.sheets.get(normalise(title))), None))
        for title in workbook.sheet_titles]
    return [(title, spec) for title, spec in sheets if spec is not None or (
        find_sheet(title, COMPUTED_SHEETS) is None and normalise(title) not in _NOTES)]


def _header_key(first: list) -> str:
    """The row with the most texts among the first rows, without digits (years change)."""
    texts = max(([normalise(v) for v in raw.values if isinstance(v, str) and v.strip()]
                 for raw in first), key=len, default=[])
    return ",".join(re.sub(r"\d+", "", t) for t in texts)


def _read_sheet(chunks, layout: SheetLayout, minor_digits, result, progress) -> None:
    """The records of a sheet of the format, read a chunk of rows and a column at a time."""
    sheet = SheetRecords(layout)
    result.sheets[layout.spec.key] = sheet
    # a record made straight from a tuple of all its fields, without namedtuple's Python
    # __new__: a tenth of the reading of a 100,000-row sheet
    make = partial(tuple.__new__, RECORD_TYPES[layout.spec.key])
    readers = {column.key: _ColumnReader(index, column, minor_digits)
               for index, column in sorted(layout.columns.items())}
    width = 1 + max(layout.columns)
    for first, rows in chunks:
        below = max(0, layout.header_row + 1 - first)  # rows of this chunk down to the header
        numbers, rows = range(first + below, first + len(rows)), rows[below:]
        progress(len(rows))
        numbers, rows = _data_rows(numbers, rows, sheet)
        if not rows:
            continue
        if min(map(len, rows)) < width:
            rows = [v + (None,) * (width - len(v)) for v in rows]
        columns = list(zip(*rows))  # zip stops at the shortest row: all reach `width`
        found = []  # (position, column order, problem)
        fields = [numbers]
        for key in (c.key for c in layout.spec.columns):
            reader = readers.get(key)
            if reader is None:
                fields.append(repeat(None))
                continue
            values, failed = reader.read(columns[reader.index])
            fields.append(values)
            found.extend((at, reader.index, Problem(layout.title, numbers[at],
                                                    layout.label(key), message))
                         for at, message in failed)
        records = map(make, zip(*fields, repeat(None)))
        if found:
            found.sort(key=itemgetter(0, 1))
            result.problems.extend(problem for _, _, problem in found)
            bad = {at for at, _, _ in found}
            records = (r for at, r in enumerate(records) if at not in bad)
        sheet.records.extend(records)
    result.rows[layout.title] = len(sheet.records)
    _count_totals(result, layout.title, sheet.totals)


_ASCII_DIGITS = frozenset("0123456789")
_TEXT_OR_NONE = frozenset((str, type(None)))


def _data_rows(numbers, rows: list[tuple], sheet: SheetRecords) -> tuple:
    """The rows that are neither blank nor a total row; those are counted in `sheet`. A row
    whose first cell is a number, a date or a text beginning with a digit is data."""
    if min(map(len, rows), default=0) and not _TEXT_OR_NONE.intersection(
            map(type, map(itemgetter(0), rows))):
        return numbers, rows  # every row starts with a number or a date (C loops only)
    suspects = [at for at, v in enumerate(rows) if not v or v[0] is None or (
        type(v[0]) is str and v[0][:1] not in _ASCII_DIGITS)]
    skipped = []
    for at in suspects:
        if is_blank_row(rows[at]):
            skipped.append(at)
        elif is_total_row(rows[at]):
            skipped.append(at)
            sheet.totals += 1
    if not skipped:
        return numbers, rows
    sheet.skipped += len(skipped)
    kept = sorted(set(range(len(rows))).difference(skipped))
    return [numbers[at] for at in kept], [rows[at] for at in kept]


SEEN_VALUES = 5000  # distinct values remembered per column: dates, amounts, types repeat
_NUMBERS = {int, float, bool}  # 1, 1.0 and True are equal keys


class _Failed(str):
    """A cell's problem, standing in a column's values for what could not be read."""


class _ColumnReader:
    """One column of a sheet read as its kind. Each distinct value is read once and
    remembered by type (up to SEEN_VALUES), since dates, amounts and types repeat."""

    def __init__(self, index: int, column, minor_digits: int):
        self.index, self.column, self.minor_digits = index, column, minor_digits
        self.parser = PARSERS[column.kind]
        self.seen: dict[type, dict] = {}
        self.size = 0

    def read(self, values: tuple) -> tuple[list, list[tuple[int, str]]]:
        """The values read, and (position, message) for each cell that could not be."""
        types = set(map(type, values))
        mixed = len(types & _NUMBERS) > 1  # 1 and 1.0 in one chunk: tell them apart by type
        if mixed:
            values = list(zip(map(type, values), values))
            known = {(kind, value): read for kind in types
                     for value, read in self.seen.get(kind, {}).items()}
        elif len(types) == 1:
            known = self.seen.setdefault(next(iter(types)), {})
        else:
            known = {}
            for kind in types:
                known.update(self.seen.get(kind, ()))
        new = set(values).difference(known)
        if not new:
            return list(map(known.__getitem__, values)), []
        known = dict(known) if known is self.seen.get(next(iter(types))) else known
        failed = False
        for key in new:
            value = key[1] if mixed else key
            try:
                known[key] = read = _cell(value, self.column, self.parser, self.minor_digits)
            except CellError as exc:
                known[key] = _Failed(str(exc))
                failed = True
                continue
            if self.size < SEEN_VALUES:
                self.seen.setdefault(type(value), {})[value] = read
                self.size += 1
        out = list(map(known.__getitem__, values))
        return out, ([(at, str(v)) for at, v in enumerate(out) if type(v) is _Failed]
                     if failed else [])


def _cell(value, column, parser, minor_digits: int):
    """One cell read as its column's kind (None when blank)."""
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
    for title, spec in _sheets(workbook, mapping):
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
