"""The hostile workbooks of issue 13, generated (never stored): each is a few kilobytes
to a megabyte on disk and would take gigabytes or hours from a reader that trusts it.

Each function writes the file and returns its path; `scale` < 1 makes a smaller one of
the same shape for the test suite (the benchmark uses the full size).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Simpanan" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_START = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
HEADER = ("Tanggal", "No. Anggota", "Jenis", "Setor", "Tarik", "Keterangan")


def letters(number: int) -> str:
    text = ""
    while number:
        number, rest = divmod(number - 1, 26)
        text = chr(65 + rest) + text
    return text


def cell(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def row(number: int, values) -> str:
    cells = "".join(cell(f"{letters(i)}{number}", v) for i, v in enumerate(values, 1))
    return f'<row r="{number}">{cells}</row>'


def write_xlsx(path: Path, sheet_parts) -> Path:
    """A minimal one-sheet workbook ("Simpanan") whose sheet XML is `sheet_parts`, streamed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for text in sheet_parts:
                part.write(text.encode())
    return path


def merged_ranges(path: Path, scale: float = 1.0) -> Path:
    """300 merged ranges over 99,990 rows beside two real rows (3.6 KB in issue 13)."""
    rows = int(99_990 * scale)
    merges = "".join(f'<mergeCell ref="{letters(10 + i)}1:{letters(10 + i)}{rows}"/>'
                     for i in range(300))
    return write_xlsx(path, [
        _SHEET_START, "<sheetData>", row(1, HEADER),
        row(2, ("01/02/2024", "0001", "Wajib", 5000, None, None)),
        row(3, ("01/03/2024", "0001", "Wajib", 5000, None, None)),
        "</sheetData>", f'<mergeCells count="300">{merges}</mergeCells></worksheet>'])


def wide_row(path: Path, scale: float = 1.0) -> Path:
    """One row of 3 million cells (0.76 MB in issue 13)."""
    cells = int(3_000_000 * scale)

    def parts():
        yield _SHEET_START + "<sheetData>" + row(1, HEADER) + '<row r="2">'
        for start in range(1, cells + 1, 10_000):
            yield "".join(f'<c r="{letters(i)}2"><v>{i % 7}</v></c>'
                          for i in range(start, min(start + 10_000, cells + 1)))
        yield "</row></sheetData></worksheet>"

    return write_xlsx(path, parts())


def declared_dimension(path: Path, scale: float = 1.0) -> Path:
    """`<dimension ref="A1:K1048576"/>` over real rows of eleven junk cells, compressed
    about 175 times (under the ratio guard of 200): 0.69 MB in issue 13."""
    rows = int(1_048_575 * scale)

    def parts():
        yield _SHEET_START + '<dimension ref="A1:K1048576"/><sheetData>' + row(1, HEADER)
        for start in range(2, rows + 2, 5_000):
            yield "".join(row(n, [f"x{n % 97}"] * 11) for n in range(start, min(start + 5_000,
                                                                           rows + 2)))
        yield "</sheetData></worksheet>"

    return write_xlsx(path, parts())


def far_row(path: Path, scale: float = 1.0) -> Path:
    """One row numbered 1,000,000,000 after the header (2.2 KB in issue 13)."""
    return write_xlsx(path, [_SHEET_START, "<sheetData>", row(1, HEADER),
                             row(1_000_000_000, ("01/02/2024", "0001", "Wajib", 5000)),
                             "</sheetData></worksheet>"])


def far_cell(path: Path, scale: float = 1.0, reference: str = "SR1048576",
             after_rows: int = 20_000) -> Path:
    """Ordinary rows, then a row 2 numbered right whose one cell names itself `reference`:
    calamine places a cell by its own reference, so a trusting reader holds 512 columns of
    1,048,576 rows (536 million cells) for a file of a few hundred kilobytes."""
    rows = max(2, int(after_rows * scale))

    def parts():
        yield _SHEET_START + "<sheetData>" + row(1, HEADER)
        for start in range(2, rows + 2, 5_000):
            yield "".join(row(n, ("01/02/2024", "0001", "Wajib", 5000, None, None))
                          for n in range(start, min(start + 5_000, rows + 2)))
        yield f'<row r="{rows + 2}"><c r="{reference}"><v>1</v></c></row>'
        yield row(rows + 3, ("01/03/2024", "0001", "Wajib", 5000))
        yield "</sheetData></worksheet>"

    return write_xlsx(path, parts())


def dense_xls(path: Path, scale: float = 1.0) -> Path:
    """An .xls with a cell in A1 and one in IV65536, the last an .xls holds: 6 KB whose
    dense grid is 16.7 million cells (calamine took 1 GB for it before the guard)."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Simpanan")
    sheet.write(0, 0, "Tanggal")
    sheet.write(65535, 255, 1)
    book.save(str(path))
    return path


def declared_xls(path: Path, scale: float = 1.0) -> Path:
    """A two-row .xls whose DIMENSIONS record declares the whole sheet, A1:IV65536."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Simpanan")
    for number, values in enumerate((HEADER, ("01/02/2024", "0001", "Wajib", 5000))):
        for column, value in enumerate(values):
            sheet.write(number, column, value)
    book.save(str(path))
    data = bytearray(path.read_bytes())
    at = data.index(b"\x00\x02\x0e\x00") + 4  # DIMENSIONS: first row, row after last, …
    data[at + 4:at + 8] = (65536).to_bytes(4, "little")
    data[at + 10:at + 12] = (256).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


BOMBS = {"merged_ranges": merged_ranges, "wide_row": wide_row,
         "declared_dimension": declared_dimension, "far_row": far_row, "far_cell": far_cell}
XLS_BOMBS = {"dense_xls": dense_xls, "declared_xls": declared_xls}
