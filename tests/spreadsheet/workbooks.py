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
