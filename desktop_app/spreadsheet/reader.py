"""Opening an untrusted workbook safely and reading its sheets row by row.

openpyxl parses XML through defusedxml when it is installed (entity bombs are refused);
before that, the zip's members are checked so that a small file cannot unpack into
gigabytes. Sheets are streamed in read-only mode with cached values for formulas.
Headers may sit below title rows; merged cells are filled from their top-left cell.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from defusedxml.ElementTree import iterparse
from openpyxl.utils import get_column_letter, range_boundaries

from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.spreadsheet.columns import Column, SheetSpec, match_header, normalise
from desktop_app.spreadsheet.values import is_blank

HEADER_SEARCH_ROWS = 10
MAX_UNPACKED_BYTES = 1_500_000_000
MAX_RATIO = 200  # unpacked / packed, for parts above SMALL_PART
SMALL_PART = 5_000_000
MAX_BYTES_PER_ROW = 50_000
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TOTAL_WORDS = ("total", "jumlah", "grandtotal", "subtotal", "totalkeseluruhan")
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell ")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')


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


@dataclass
class RawRow:
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


def check_file(path: Path) -> None:
    """Refuse what is not a readable, unencrypted, sanely sized .xlsx workbook."""
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
    if head == _OLE2_MAGIC:
        raise ValidationError(
            tr("The file {name} is protected with a password or is an old .xls file. Open it "
               "in Excel, remove the password and save it as .xlsx.", name=path.name)
        )
    if not zipfile.is_zipfile(path):
        raise ValidationError(
            tr("The file {name} is not an Excel workbook (.xlsx).", name=path.name)
        )
    with zipfile.ZipFile(path) as archive:
        _check_sizes(archive, path.name)


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    too_big = ValidationError(
        tr("The file {name} unpacks to an unreasonable size and was refused.", name=name)
    )
    members = archive.infolist()
    if sum(info.file_size for info in members) > MAX_UNPACKED_BYTES:
        raise too_big
    for info in members:
        if info.file_size > SMALL_PART and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise too_big
        if info.filename.startswith("xl/worksheets/") and info.file_size > SMALL_PART:
            with archive.open(info) as part:
                match = _DIMENSION.search(part.read(4096))
            rows = int(match.group(1)) if match and match.group(1) else 1
            if info.file_size > MAX_BYTES_PER_ROW * rows and rows > 1:
                raise too_big


class Workbook:
    """An opened untrusted workbook: its sheets, streamed, and the raw zip for pre-scans."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        check_file(self.path)
        if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
            raise ValidationError(tr("Safe workbook reading is not available (defusedxml)."))
        try:
            self.book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - any parser failure means a broken file
            raise ValidationError(
                tr("The file {name} could not be read as a workbook: {detail}",
                   name=self.path.name, detail=str(exc) or type(exc).__name__)
            ) from None
        self.archive = zipfile.ZipFile(self.path)

    def close(self) -> None:
        self.book.close()
        self.archive.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def sheet_titles(self) -> list[str]:
        return list(self.book.sheetnames)

    def row_count(self, title: str) -> int:
        """Rows as the file declares them, or a guess from the sheet's size (for progress
        only: asking openpyxl would parse a sheet without a dimension twice)."""
        path = getattr(self.book[title], "_worksheet_path", None)
        if not path:
            return 0
        name = path.lstrip("/")
        with self.archive.open(name) as part:
            match = _DIMENSION.search(part.read(4096))
        if match and match.group(1):
            return int(match.group(1))
        return self.archive.getinfo(name).file_size // 150

    def rows(self, title: str) -> Iterator[RawRow]:
        """Every row of a sheet, numbered as in Excel, merged cells and bad formulas fixed."""
        ws = self.book[title]
        path = getattr(ws, "_worksheet_path", None)
        fixer = self._prescan(path) if path else None
        ws.reset_dimensions()
        for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            if fixer is not None:
                values = fixer.fix(number, values)
            yield RawRow(number, values)

    def _prescan(self, path: str) -> _CellFixer | None:
        """Formula cells without a cached value, and merged ranges, if the sheet has any.

        Both are rare, so a byte scan decides first; only then is the XML parsed again.
        """
        name = path.lstrip("/")
        if not _scan(self.archive, name):
            return None
        fixer = _CellFixer()
        with self.archive.open(name) as part:
            for _, element in iterparse(part, events=("end",)):
                tag = element.tag.rsplit("}", 1)[-1]
                if tag == "c":
                    children = {child.tag.rsplit("}", 1)[-1]: child for child in element}
                    value = children.get("v", children.get("is"))
                    if "f" in children and (value is None or not (value.text or len(value))):
                        col, row, _, _ = range_boundaries(element.get("r"))
                        fixer.unset.setdefault(row, []).append(col)
                elif tag == "mergeCell":
                    fixer.add_merge(*range_boundaries(element.get("ref")))
                if tag in ("row", "c"):
                    element.clear()
        return fixer


def _scan(archive: zipfile.ZipFile, name: str) -> bool:
    """True when the sheet's XML contains a formula or a merged cell."""
    tail = b""
    with archive.open(name) as part:
        while chunk := part.read(1 << 20):
            block = tail + chunk
            if _FORMULA.search(block) or _MERGE.search(block):
                return True
            tail = block[-32:]
    return False


UNSET = object()  # stands for a formula whose value Excel never saved


class _CellFixer:
    """Patches rows as they stream: merged cells take their top-left value, and formulas
    without a cached value become UNSET (so the importer can name the cell)."""

    def __init__(self):
        self.unset: dict[int, list[int]] = {}
        self.copies: dict[int, list[tuple[int, tuple[int, int]]]] = {}
        self.tops: dict[int, list[int]] = {}
        self.top_values: dict[tuple[int, int], object] = {}

    def add_merge(self, min_col: int, min_row: int, max_col: int, max_row: int) -> None:
        if (max_row - min_row + 1) * (max_col - min_col + 1) > 100_000:
            return  # a merge over whole columns is decoration, not data
        self.tops.setdefault(min_row, []).append(min_col)
        for row in range(min_row, max_row + 1):
            for col in range(min_col, max_col + 1):
                if (row, col) != (min_row, min_col):
                    self.copies.setdefault(row, []).append((col, (min_row, min_col)))

    def fix(self, number: int, values: tuple) -> tuple:
        for col in self.tops.get(number, ()):
            self.top_values[(number, col)] = values[col - 1] if col <= len(values) else None
        copies, unset = self.copies.get(number), self.unset.get(number)
        if not copies and not unset:
            return values
        patched = list(values)
        for col, top in copies or ():
            _put(patched, col, self.top_values.get(top))
        for col in unset or ():
            _put(patched, col, UNSET)
        return tuple(patched)


def _put(values: list, col: int, value: object) -> None:
    while len(values) < col:
        values.append(None)
    values[col - 1] = value


def find_layout(
    title: str, spec: SheetSpec, first_rows: list[RawRow]
) -> tuple[SheetLayout | None, list[Problem], list[str]]:
    """Find the header row among the first rows; report missing and unknown columns."""
    best: tuple[int, RawRow, dict[int, Column]] | None = None
    for raw in first_rows[:HEADER_SEARCH_ROWS]:
        matched: dict[int, Column] = {}
        for index, value in enumerate(raw.values):
            column = match_header(spec, value) if isinstance(value, str) else None
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
        if not is_blank(value) and index not in columns
    ]
    layout = SheetLayout(title, spec, header.number, columns, {
        column.key: f"{get_column_letter(index + 1)} ({str(header.values[index]).strip()})"
        for index, column in columns.items()
    })
    return layout, problems, notices


def is_total_row(values: tuple) -> bool:
    """A row whose first filled cell says Total or Jumlah (a sum under the data)."""
    first = next((v for v in values if not is_blank(v)), None)
    if not isinstance(first, str):
        return False
    key = normalise(first)
    return key in _TOTAL_WORDS or key.startswith("total")


def is_blank_row(values: tuple) -> bool:
    return all(is_blank(v) for v in values)
