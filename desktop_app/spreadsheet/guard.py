"""Hard bounds on untrusted workbook files, checked before a parser allocates anything.

The fast reader (calamine) holds a sheet as a dense grid from its first to its last filled
cell, so what matters is the real extent of the data, never what the file declares:
- zip formats (.xlsx, .xlsm, .ods): the unpacked size of every part, its compression ratio;
- .xlsx/.xlsm sheets are streamed once as bytes: the real row numbers and cells per row
  give the extent (a row numbered 1,000,000,000 or a row of 3 million cells is refused
  here); the same pass finds formulas whose value Excel never saved (calamine reads them
  as blank) so the importer can name those cells;
- .ods: repeated rows or columns that carry a value (one cell repeated a million times);
- .xls: its binary records are walked by `xls_guard` (declared and real area per sheet);
- after loading, any sheet: width and area again.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

from defusedxml.ElementTree import fromstring
from openpyxl.utils import get_column_letter

from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

MAX_UNPACKED_BYTES = 1_500_000_000
MAX_RATIO = 200  # unpacked / packed, for parts above SMALL_PART
SMALL_PART = 5_000_000
MAX_BYTES_PER_ROW = 50_000
MAX_ROW = 1_048_576  # Excel's last row
MAX_COLUMNS = 512  # real columns per sheet (the format has at most 14; a grid about 20)
MAX_CELLS = 3_000_000  # first to last filled cell, rows x columns, per sheet
MAX_MERGED = 10_000  # merged ranges per sheet
MAX_CSV_BYTES = 100_000_000

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')
_ROW_SPLIT = re.compile(rb"<(?:\w+:)?row\b")
_ROW_NUMBER = re.compile(rb'[^>]*?\br="(\d+)"')
_ROW_WITH_CELLS = re.compile(rb'<row [^>]*?\br="(\d+)"[^>]*>\s*<c\b')  # literal start: fast
_PREFIXED_ROW_WITH_CELLS = re.compile(rb'<\w+:row\b[^>]*?\sr="(\d+)"[^>]*>\s*<\w+:c\b')
_REFERENCE_LETTERS = re.compile(rb'r="([A-Za-z]+)\d+"')  # calamine reads a1 as A1
_REFERENCE_ROW = re.compile(rb'r="[A-Za-z]+(\d+)"')
_NO_REFERENCE = re.compile(rb"<c(?:>|\s(?!r=\"))")  # a cell placed by its position
_FORMULA_OR_NO_REFERENCE = re.compile(rb"<(?:f\b|c(?:>|\s(?!r=\")))")  # both rare: one pass
_NO_VALUE = re.compile(rb'(?:</f>|<f\b[^>]*/>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')
_UNSET_CELL = re.compile(  # a formula cell with no value, or an empty one
    rb'<c\b[^>]*?\sr="([A-Z]+)(\d+)"[^>]*>\s*(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)\s*'
    rb'(?:<v\s*/>|<v>\s*</v>)?\s*</c>')
_ODS_REPEAT = re.compile(
    rb'<table:table-(cell|row)\b([^>]*?)table:number-(?:columns|rows)-repeated="(\d+)"'
    rb'([^>]*?)(/?)>')


def too_big(name: str) -> ValidationError:
    return ValidationError(
        tr("The file {name} unpacks to an unreasonable size and was refused.", name=name))


def check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip whose parts unpack to more than any real workbook."""
    members = archive.infolist()
    if sum(info.file_size for info in members) > MAX_UNPACKED_BYTES:
        raise too_big(name)
    for info in members:
        if info.file_size > SMALL_PART and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise too_big(name)
        if info.filename.startswith("xl/worksheets/") and info.file_size > SMALL_PART:
            with archive.open(info) as part:
                match = _DIMENSION.search(part.read(4096))
            rows = int(match.group(1)) if match and match.group(1) else 1
            if info.file_size > MAX_BYTES_PER_ROW * rows and rows > 1:
                raise too_big(name)


def _row_number(digits: bytes) -> int:
    """A row number as calamine reads it; past twelve digits, simply too far."""
    digits = digits.lstrip(b"0")
    return int(digits or b"0") if len(digits) <= 12 else 10**12


def _largest(numbers: list[bytes]) -> int:
    """The largest of many row numbers, compared as text: the longest, once leading
    zeros are gone, then the last in order."""
    numbers = list(map(bytes.lstrip, numbers, repeat(b"0")))
    longest = max(map(len, numbers), default=0)
    return _row_number(max((n for n in numbers if len(n) == longest), default=b"0"))


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@dataclass
class SheetScan:
    """What a byte scan of one .xlsx sheet found."""

    rows: int = 0  # the last row holding a cell
    columns: int = 0  # the widest row
    unset: dict[int, list[int]] = field(default_factory=dict)  # row -> columns (1-based)


def refuse_extent(sheet: str, rows: int, columns: int) -> None:
    """Refuse a sheet wider or larger than the bounds, naming how to fix it."""
    if columns > MAX_COLUMNS:
        raise ValidationError(tr(
            "Sheet '{sheet}' has {columns} columns; at most {limit} are read. Delete the "
            "columns to the right of your data and try again.",
            sheet=sheet, columns=columns, limit=MAX_COLUMNS))
    if rows > MAX_ROW or rows * columns > MAX_CELLS:
        raise ValidationError(tr(
            "Sheet '{sheet}' reaches row {rows} and column {columns}, more than {limit} cells; "
            "delete what lies below or beside your data (or split the sheet) and try again.",
            sheet=sheet, rows=f"{rows:,}".replace(",", "."), columns=columns,
            limit=f"{MAX_CELLS:,}".replace(",", ".")))


def scan_xlsx_sheet(archive: zipfile.ZipFile, member: str, sheet: str) -> SheetScan:
    """Stream a sheet's XML once, in C-speed passes per megabyte: the real extent from
    the cells' own references, and the formulas without a saved value."""
    scan = SheetScan()
    rows = RowCounter()
    tail = b""
    with archive.open(member) as part:
        while True:
            chunk = part.read(1 << 20)
            if not scan.rows and not tail:
                refuse_doctype(chunk, sheet)
            block = tail + chunk
            cut = block.rfind(b"</c>") + 4 if chunk else len(block)
            if cut < 4:
                cut = max(0, len(block) - 4096)
            block, tail = block[:cut], block[cut:]
            _scan_block(block, scan, rows, sheet)
            if not chunk:
                return scan


def _scan_block(block: bytes, scan: SheetScan, rows: RowCounter, sheet: str) -> None:
    rare = _FORMULA_OR_NO_REFERENCE.search(block)
    if (rare and _NO_REFERENCE.search(block, rare.start())
            or not _within_last_row(block, scan)):
        _measure_block(block, scan, rows, sheet)
    refuse_extent(sheet, scan.rows, scan.columns)
    if rare and _NO_VALUE.search(block, rare.start()):
        for letters, number in _UNSET_CELL.findall(block):
            scan.unset.setdefault(int(number), []).append(column_number(letters))


def _within_last_row(block: bytes, scan: SheetScan) -> bool:
    """The usual block, whose cells all have their reference, checked in one pass: no row
    or cell reference lies below the block's last row or right of the widest column so
    far; the extent grows to that last row."""
    start = block.rfind(b"<row ")
    last = _ROW_WITH_CELLS.match(block, start) if start >= 0 else None
    if last is None or not scan.columns:
        return False
    bottom = max(scan.rows, _row_number(last.group(1)))
    if _beyond(bottom, scan.columns).search(block):
        return False
    scan.rows = bottom
    return True


@lru_cache(maxsize=64)
def _beyond(row: int, column: int) -> re.Pattern:
    """A reference (`r="..."`, of a row or a cell) below `row` or right of `column`."""
    digits, letters = str(row), get_column_letter(column)
    below = "|".join(filter(None, (f"[1-9][0-9]{{{len(digits)},}}", _after(digits, _DIGITS))))
    right = "|".join(filter(None, (f"[A-Z]{{{len(letters) + 1},}}", _after(letters, _LETTERS),
                                   "[A-Z]*[a-z]")))
    return re.compile(f'r="(?:[A-Za-z]*0*(?:{below})"|(?:{right})[0-9])'.encode())


_DIGITS, _LETTERS = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _after(text: str, alphabet: str) -> str:
    """A pattern for the strings as long as `text`, over `alphabet`, that sort after it."""
    first, rest = text[0], text[1:]
    higher = alphabet[alphabet.index(first) + 1:]
    options = [f"[{higher[0]}-{higher[-1]}][{alphabet[0]}-{alphabet[-1]}]{{{len(rest)}}}"
               ] if higher else []
    if rest and (after := _after(rest, alphabet)):
        options.append(f"{first}(?:{after})")
    return "|".join(options)


def _measure_block(block: bytes, scan: SheetScan, rows: RowCounter, sheet: str) -> None:
    """The extent a block gives, from every row and cell reference it holds."""
    prefixed = b":row " in block  # a namespace prefix on every element (rare)
    numbers = (_PREFIXED_ROW_WITH_CELLS if prefixed else _ROW_WITH_CELLS).findall(block)
    if numbers:
        scan.rows = max(scan.rows, _largest(numbers))
    if letters := {t.upper() for t in set(_REFERENCE_LETTERS.findall(block))}:
        widest = max(letters, key=lambda t: (len(t), t))  # a cell's own column and row
        scan.columns = max(scan.columns, column_number(widest[:4]))  # count, whatever
        scan.rows = max(scan.rows, _largest(_REFERENCE_ROW.findall(block)))  # its row says
    if _cells(block, prefixed) > block.count(b' r="') - len(numbers):  # cells by position
        rows.count(block, scan)


def _cells(block: bytes, prefixed: bool = True) -> int:
    return block.count(b"<c ") + block.count(b"<c>") + (block.count(b":c ") if prefixed else 0)


class RowCounter:
    """Cells per row for sheets that leave out cell references (rare, but calamine then
    places them by position)."""

    def __init__(self):
        self.number = 0
        self.cells = 0

    def count(self, block: bytes, scan: SheetScan) -> None:
        pieces = _ROW_SPLIT.split(block)
        self.cells += _cells(pieces[0])
        for piece in pieces[1:]:
            match = _ROW_NUMBER.match(piece)
            self.number = _row_number(match.group(1)) if match else self.number + 1
            self.cells = _cells(piece)
            if self.cells:
                scan.rows = max(scan.rows, self.number)
            scan.columns = max(scan.columns, self.cells)
        scan.columns = max(scan.columns, self.cells)


def xlsx_sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> the zip member holding its XML."""
    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts = {}
    for element in book.iter():
        if element.tag.rsplit("}", 1)[-1] != "sheet":
            continue
        rid = next((v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "id"), None)
        target = targets.get(rid, "")
        if target:
            parts[element.get("name")] = (target.lstrip("/") if target.startswith("/")
                                          else "xl/" + target)
    return parts


def refuse_doctype(head: bytes, name: str) -> None:
    """No spreadsheet part declares a DTD; one that does may hide an entity bomb."""
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise ValidationError(tr(
            "{name} declares XML entities, which no spreadsheet program writes; it was "
            "refused for safety.", name=name))


def check_ods(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an .ods whose repeated rows or columns would multiply a value."""
    try:
        info = archive.getinfo("content.xml")
    except KeyError:
        raise ValidationError(
            tr("The file {name} is not a spreadsheet (content.xml is missing).", name=name)
        ) from None
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(1 << 20):
            if not tail:
                refuse_doctype(chunk, name)
            block = tail + chunk
            for match in _ODS_REPEAT.finditer(block):
                kind, before, count, after, closed = match.groups()
                attributes = before + after
                repeats = _row_number(count)
                limit = MAX_COLUMNS if kind == b"cell" else 10_000
                if repeats <= limit:
                    continue
                if kind == b"cell" and (b"value" in attributes or not closed):
                    refuse_extent(name, 1, repeats)
                if kind == b"row" and not closed:
                    end = block.find(b"</table:table-row>", match.end())
                    if b"value" in block[match.end():end if end >= 0 else None][:100_000]:
                        refuse_extent(name, repeats, 1)
            tail = block[-4096:]
