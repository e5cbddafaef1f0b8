"""Opening an untrusted workbook safely and reading its sheets row by row.

Every format goes through one reader: .xlsx, .xlsm, .xls and .ods through calamine (a
Rust reader, about ten times faster than openpyxl), .csv through the csv module. Before
calamine allocates anything, `guard` checks the file's real extent (see there). Headers
may sit below title rows; merged cells are filled from their top-left cell; formulas are
read by their saved value, and a formula without one becomes UNSET so that the importer
can name the cell.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count, islice
from pathlib import Path
from typing import NamedTuple

import python_calamine
from openpyxl.utils import get_column_letter

from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.spreadsheet import guard, textfile, xls_guard
from desktop_app.spreadsheet.columns import Column, SheetSpec, match_header, normalise
from desktop_app.spreadsheet.values import is_blank

HEADER_SEARCH_ROWS = 10
BLANK_RUN = 10_000  # a sheet ends after this many blank rows in a row
MERGE_AREA = 100_000  # a merge over more cells is decoration (whole columns), not data
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TOTAL_WORDS = ("total", "jumlah", "grandtotal", "subtotal", "subjumlah", "totalkeseluruhan")
_AMOUNT_TEXT = re.compile(r"(?i)(rp\.?)?\s*[-(]?[\d.,\s]+\)?(,-)?")
ZIP_FORMATS = (".xlsx", ".xlsm", ".ods")
FORMATS = (*ZIP_FORMATS, ".xls", ".csv")


@dataclass(frozen=True)
class Problem:
    """A problem found in a workbook, located as precisely as the file allows."""

    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return tr("{sheet}: {message}", sheet=self.sheet, message=self.message)
        if self.column is None:
            return tr("{sheet}, row {row}: {message}", sheet=self.sheet, row=self.row,
                      message=self.message)
        return tr("{sheet}, row {row}, column {column}: {message}", sheet=self.sheet,
                  row=self.row, column=self.column, message=self.message)


class ProblemList(list):
    """Problems as they are found: the first KEEP are kept, the rest only counted, so a
    file of a million bad rows cannot fill the memory with messages."""

    KEEP = 10_000

    def __init__(self, problems=()):
        super().__init__()
        self.dropped = 0
        self.extend(problems)

    def append(self, problem: Problem) -> None:
        if len(self) < self.KEEP:
            super().append(problem)
        else:
            self.dropped += 1

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)

    @property
    def total(self) -> int:
        return len(self) + self.dropped


class RawRow(NamedTuple):
    number: int
    values: tuple


@dataclass
class SheetLayout:
    """Where a sheet's header is and which file column holds which format column."""

    title: str
    spec: SheetSpec
    header_row: int
    columns: dict[int, Column]  # 0-based position -> column
    headers: dict[str, str] = field(default_factory=dict)  # column key -> "C (Setor)"

    def label(self, key: str) -> str:
        return self.headers.get(key, self.spec.column(key).name)


def file_format(path: Path) -> str:
    """The reader for `path`: its extension, or what its first bytes say it is; refuse
    what is none of the formats, naming the file and what to do."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ValidationError(tr("The file {name} does not exist.", name=path.name)) from None
    except PermissionError:
        raise ValidationError(
            tr("The file {name} cannot be read: it may be open in Excel. Close it and try "
               "again.", name=path.name)
        ) from None
    except IsADirectoryError:
        raise ValidationError(tr("{name} is a folder, not a workbook.", name=path.name)) from None
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return ".csv"
    if head == _OLE2_MAGIC:
        return ".xls"
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        if "content.xml" in names and "xl/workbook.xml" not in names:
            return ".ods"
        return ".xlsm" if suffix == ".xlsm" else ".xlsx"
    raise ValidationError(tr(
        "The file {name} is not a workbook (.xlsx, .xlsm, .xls, .ods or .csv).", name=path.name))


def check_file(path: Path) -> str:
    """Refuse what is not a readable, sanely sized workbook; return its format."""
    kind = file_format(path)
    if kind in ZIP_FORMATS:
        with zipfile.ZipFile(path) as archive:
            guard.check_zip(archive, path.name)
            if kind == ".ods":
                guard.check_ods(archive, path.name)
    elif kind == ".csv" and path.stat().st_size > guard.MAX_CSV_BYTES:
        raise guard.too_big(path.name)
    return kind


class Workbook:
    """An opened untrusted workbook: its sheets, each streamed as numbered rows."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.format = check_file(self.path)
        self.scans: dict[str, guard.SheetScan] = {}
        if self.format == ".csv":
            self.book = None
            self.text = textfile.read(self.path)
            return
        if self.format in (".xlsx", ".xlsm"):
            self._scan_xlsx()
        elif self.format == ".xls":
            xls_guard.check_xls(self.path)
        try:
            self.book = python_calamine.CalamineWorkbook.from_path(str(self.path))
        except Exception as exc:  # noqa: BLE001 - any parser failure means a broken file
            raise self._unreadable(exc) from None

    def _unreadable(self, exc: Exception) -> ValidationError:
        if self.format == ".xls":
            return ValidationError(tr(
                "The file {name} is protected with a password or is not a valid .xls file. "
                "Open it in Excel, remove the password and save it again.", name=self.path.name))
        return ValidationError(
            tr("The file {name} could not be read as a workbook: {detail}",
               name=self.path.name, detail=str(exc) or type(exc).__name__))

    def _scan_xlsx(self) -> None:
        with zipfile.ZipFile(self.path) as archive:
            try:
                parts = guard.xlsx_sheet_parts(archive)
            except Exception as exc:  # noqa: BLE001 - entity bombs, broken XML
                raise self._unreadable(exc) from None
            for title, member in parts.items():
                if member in archive.namelist():
                    self.scans[title] = guard.scan_xlsx_sheet(archive, member, title)

    def close(self) -> None:
        if self.book is not None:
            self.book.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def sheet_titles(self) -> list[str]:
        if self.book is None:
            return [self.path.stem]
        return [m.name for m in self.book.sheets_metadata
                if m.typ == python_calamine.SheetTypeEnum.WorkSheet]

    def row_count(self, title: str) -> int:
        """Rows for the progress bar: counted for .xlsx, guessed from the size otherwise."""
        if title in self.scans:
            return self.scans[title].rows
        return self.path.stat().st_size // 40 // max(1, len(self.sheet_titles))

    def rows(self, title: str) -> Iterator[RawRow]:
        """Every row of a sheet, numbered as the user sees it; blank cells are None (or ""),
        merged cells carry their top-left value, unsaved formulas are UNSET. A long run of
        blank rows ends the sheet."""
        return numbered(self.chunks(title))

    def chunks(self, title: str) -> Iterator[RowChunk]:
        """The rows of `rows()`, CHUNK_ROWS consecutive rows at a time, for readers that
        work a column at a time."""
        blank = 0
        for chunk in self._chunks(title):
            firsts = [values[0] if values else None for values in chunk.rows]
            if "" not in firsts and None not in firsts:  # no blank row (the usual chunk)
                blank = 0
                yield chunk
                continue
            for offset, values in enumerate(chunk.rows):
                blank = blank + 1 if values.count("") + values.count(None) == len(values) else 0
                if blank > BLANK_RUN:
                    if offset:
                        yield RowChunk(chunk.first, chunk.rows[:offset])
                    return
            yield chunk

    def _chunks(self, title: str) -> Iterator[RowChunk]:
        if self.book is None:
            yield from _batched(values for _, values in textfile.rows(self.text, title))
            return
        try:
            sheet = self.book.get_sheet_by_name(title)
        except Exception as exc:  # noqa: BLE001 - a broken or hostile sheet
            raise self._unreadable(exc) from None
        guard.refuse_extent(title, sheet.height, sheet.width)
        first_col = sheet.start[1] if sheet.start else 0
        pad = (None,) * first_col
        merges = _Merges(sheet.merged_cell_ranges or (), sheet.height, first_col + sheet.width,
                         title)
        unset = self.scans[title].unset if title in self.scans else {}
        if not (unset or merges):  # a blank cell stays ""
            rows = map(tuple, sheet.iter_rows())
            yield from _batched(map(pad.__add__, rows) if pad else rows)
            return
        yield from _batched(_fixed(sheet.iter_rows(), pad, merges, unset))


CHUNK_ROWS = 1000


class RowChunk(NamedTuple):
    first: int  # the number of its first row
    rows: list[tuple]  # the values of consecutive rows


def numbered(chunks: Iterator[RowChunk]) -> Iterator[RawRow]:
    for chunk in chunks:
        yield from map(RawRow, count(chunk.first), chunk.rows)


def _batched(rows: Iterator[tuple]) -> Iterator[RowChunk]:
    first = 1
    while chunk := list(islice(rows, CHUNK_ROWS)):
        yield RowChunk(first, chunk)
        first += len(chunk)


def _fixed(cells, pad: tuple, merges: _Merges, unset: dict[int, list[int]]) -> Iterator[tuple]:
    for number, row in enumerate(cells, 1):
        values = merges.fix(number, pad + tuple(row))
        for col in unset.get(number, ()):
            values = _put(values, col, UNSET)
        yield values


UNSET = object()  # stands for a formula whose value Excel never saved


class _Merges:
    """Fills merged cells from their top-left value as rows stream past. Ranges are
    clipped to the sheet's real extent, so a merge declared over a million rows costs
    nothing beyond the data."""

    def __init__(self, ranges, height: int, width: int, title: str):
        if len(ranges) > guard.MAX_MERGED:
            raise ValidationError(tr(
                "Sheet '{sheet}' has {n} merged ranges; at most {limit} are read. Unmerge the "
                "cells and try again.", sheet=title, n=len(ranges), limit=guard.MAX_MERGED))
        self.by_start: dict[int, list[tuple[int, int, int, int]]] = {}
        for (top, left), (bottom, right) in ranges:
            bottom, right = min(bottom, height - 1), min(right, width - 1)
            if bottom < top or right < left:
                continue
            if (bottom - top + 1) * (right - left + 1) > MERGE_AREA:
                continue
            self.by_start.setdefault(top + 1, []).append((top + 1, left + 1, bottom + 1,
                                                          right + 1))
        self.active: list[tuple[int, int, int, object]] = []  # (left, bottom, right, value)

    def __bool__(self) -> bool:
        return bool(self.by_start or self.active)

    def fix(self, number: int, values: tuple) -> tuple:
        self.active = [m for m in self.active if m[1] >= number]
        for _, left, bottom, right in self.by_start.pop(number, ()):
            value = values[left - 1] if left <= len(values) else None
            self.active.append((left, bottom, right, value))
        for left, _, right, value in self.active:
            for col in range(left, right + 1):
                values = _put(values, col, value)
        return values


def _put(values: tuple, col: int, value: object) -> tuple:
    if len(values) < col:
        values = values + (None,) * (col - len(values))
    return values[:col - 1] + (value,) + values[col:]


def find_layout(
    title: str, spec: SheetSpec, first_rows: list[RawRow], mapped: dict[str, str] | None = None,
) -> tuple[SheetLayout | None, list[Problem], list[str]]:
    """Find the header row among the first rows; report missing and unknown columns.
    `mapped` is the user's own mapping (normalised header -> column key or "ignore")."""
    mapped = mapped or {}
    best: tuple[int, RawRow, dict[int, Column]] | None = None
    for raw in first_rows[:HEADER_SEARCH_ROWS]:
        matched: dict[int, Column] = {}
        for index, value in enumerate(raw.values):
            column = _mapped_column(spec, value, mapped) if isinstance(value, str) else None
            if column is not None and column not in matched.values():
                matched[index] = column
        if matched and (best is None or len(matched) > best[0]):
            best = (len(matched), raw, matched)
    if best is None or best[0] < min(2, len(spec.required)):
        expected = ", ".join(c.name for c in spec.required)
        return None, [Problem(title, None, None, tr(
            "no header row found in the first {n} rows (expected columns such as {columns})",
            n=HEADER_SEARCH_ROWS, columns=expected))], []
    _, header, columns = best
    problems = [
        Problem(title, header.number, None,
                tr("the required column '{column}' is missing", column=column.name))
        for column in spec.required
        if column not in columns.values()
    ]
    notices = [
        tr("{sheet}: column '{column}' is not part of the format and was ignored",
           sheet=title, column=str(value).strip())
        for index, value in enumerate(header.values)
        if not is_blank(value) and index not in columns and mapped.get(normalise(value)) != IGNORE
    ]
    layout = SheetLayout(title, spec, header.number, columns, {
        column.key: f"{get_column_letter(index + 1)} ({str(header.values[index]).strip()})"
        for index, column in columns.items()
    })
    return layout, problems, notices


IGNORE = "ignore"  # a mapped header the user chose to leave out


def _mapped_column(spec: SheetSpec, header: str, mapped: dict[str, str]) -> Column | None:
    key = mapped.get(normalise(header))
    if key is None:
        return match_header(spec, header)
    return next((c for c in spec.columns if c.key == key), None)


def is_total_row(values: tuple) -> bool:
    """A total or subtotal row: its first filled cell begins with Jumlah, Total, Sub total,
    Subtotal, Grand total or Total keseluruhan (any case and spacing) and every other cell
    is empty, a number or a formula, so `Siti Jumlah` or `Jumlah` as a member's text in a
    row of text cells is still data."""
    for index, first in enumerate(values):
        if first is None or first == "":
            continue
        if type(first) is not str:
            return False  # a date or a number first: a data row (the usual case)
        if not first.strip():
            continue
        if not normalise(first).startswith(_TOTAL_WORDS):
            return False
        return all(is_blank(v) or v is UNSET or _is_number(v) for v in values[index + 1:])
    return False


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or (
        isinstance(value, str) and _AMOUNT_TEXT.fullmatch(value.strip()) is not None)


def is_blank_row(values: tuple) -> bool:
    for value in values:
        if value is not None and value != "" and not (type(value) is str and not value.strip()):
            return False
    return True
