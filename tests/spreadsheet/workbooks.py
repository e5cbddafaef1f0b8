"""Small workbooks made in the tests, as treasurers make them.

openpyxl cannot compute formulas, so `cache_formulas` writes the cached values into the
saved XML itself, the way Excel leaves them after a save.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl


def make(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merges or {}).get(title, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def cache_formulas(path: Path, sheet_index: int, values: dict[str, object]) -> None:
    """Give formula cells (by coordinate) a cached value, as Excel's save would."""
    member = f"xl/worksheets/sheet{sheet_index}.xml"
    temporary = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                xml = data.decode()
                for coordinate, value in values.items():
                    xml = re.sub(rf'(<c r="{coordinate}"[^>]*>(?:<f>[^<]*</f>))<v ?/>',
                                 rf"\g<1><v>{value}</v>", xml)
                data = xml.encode()
            target.writestr(info, data)
    shutil.move(temporary, path)


MEMBERS_HEADER = ["No. Anggota", "Nama", "NIK", "Jenis Kelamin", "Tanggal Lahir", "Alamat",
                  "No. HP", "Kelompok", "Tanggal Masuk", "Kepala Keluarga", "Status"]
SAVINGS_HEADER = ["Tanggal", "No. Anggota", "Jenis", "Setor", "Tarik", "Keterangan"]
CASH_HEADER = ["Tanggal", "Kode Akun", "Masuk", "Keluar", "Keterangan"]


def member(number: str, name: str = "Siti", joined: str = "01/01/2024", **more) -> list:
    row = dict(zip(MEMBERS_HEADER, [number, name, None, "P", None, None, None, None, joined,
                                    "Ya", "Aktif"], strict=True))
    row.update(more)
    return list(row.values())


def make_xls(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An Excel 97-2003 workbook, as old offices still save them (written by xlwt)."""
    import datetime

    import xlwt

    book = xlwt.Workbook()
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for title, rows in sheets.items():
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, datetime.date):
                    sheet.write(r, c, value, dates)
                elif value is not None:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _ods_cell(value) -> str:
    import datetime
    from xml.sax.saxutils import escape

    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, datetime.date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value}">'
                f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>")
    if isinstance(value, int | float):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")


def make_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An OpenDocument spreadsheet as LibreOffice saves it (the parts a reader needs)."""
    tables = "".join(
        f'<table:table table:name="{title}">' + "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            for row in rows) + "</table:table>"
        for title, rows in sheets.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
               f'office:version="1.2"><office:body><office:spreadsheet>{tables}'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def make_csv(path: Path, rows: list[list], separator: str = ",",
             encoding: str = "utf-8") -> Path:
    """A CSV as Excel saves it: `;` and decimal comma in Indonesian settings."""
    import csv
    import io

    text = io.StringIO()
    csv.writer(text, delimiter=separator, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    path.write_bytes(text.getvalue().encode(encoding))
    return path
