"""An empty workbook of the grid layouts treasurers keep (see grids.py), with notes:
a year of wajib deposits (a row per member, a column per month, Jumlah and a total row),
a year of loan repayments, and one month's sheet with a column per kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop_app.i18n import tr
from desktop_app.spreadsheet.writer import AMOUNT_FORMAT

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
_MEMBERS = [("A-001", "Siti Aminah"), ("A-002", "Rina Wati")]


def _sheet(book: Workbook, title: str, header: list[str], rows: list[list],
           sum_from: int | None) -> None:
    """A grid sheet; `sum_from` is the first month column, summed into the last one."""
    ws = book.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    last = len(header)
    for row in rows:
        ws.append(row)
    if sum_from is not None:
        first, end = get_column_letter(sum_from), get_column_letter(last - 1)
        for number in range(2, len(rows) + 2):
            ws.cell(number, last, f"=SUM({first}{number}:{end}{number})")
        total = len(rows) + 2
        ws.cell(total, 1, "Jumlah").font = Font(bold=True)
        for col in range(sum_from, last + 1):
            letter = get_column_letter(col)
            ws.cell(total, col, f"=SUM({letter}2:{letter}{total - 1})").font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row[1:]:
            cell.number_format = AMOUNT_FORMAT
    ws.freeze_panes = "C2"
    ws.column_dimensions["B"].width = 22


def write_grid_template(path: Path | str, year: int | None = None) -> Path:
    year = year or date.today().year
    book = Workbook()
    book.remove(book.active)
    _sheet(book, f"Simpanan Wajib {year}", ["No", "Nama", *MONTHS, "Jumlah"],
           [[number, name, 20000, 20000, 20000] for number, name in _MEMBERS], 3)
    _sheet(book, f"Angsuran {year}", ["No", "Nama", "No. Pinjaman", *MONTHS, "Jumlah"],
           [["A-001", "Siti Aminah", "P-001", None, 115000, 115000]], 4)
    _sheet(book, f"Januari {year}", ["No", "Nama", "Pokok", "Wajib", "Sukarela", "Angsuran"],
           [["A-002", "Rina Wati", 100000, 20000, 5000, None]], None)
    notes = book.create_sheet(tr("Notes"))
    notes.append([tr("What to write")])
    notes["A1"].font = Font(bold=True)
    for line in (
        tr("Each filled cell is one movement: one row per member, one column per month (Jan … "
           "Des, Januari 2025, 01/2025), or one sheet per month with a column per kind."),
        tr("What the cells are (Wajib, Pokok, Sukarela or Angsuran) and the year come from the "
           "column header or the sheet title; if neither says, choose them when importing."),
        tr("Members by No. Anggota, or by name when the grid has no numbers. Repayments go to "
           "the loan in the No. Pinjaman column, else to the member's loan running then."),
        tr("The day of each movement is chosen when importing: the 1st, the last day of the "
           "month, or the meeting day."),
        tr("A Jumlah column is checked against the months of its row; total and subtotal rows "
           "(Jumlah, Sub Jumlah Kelompok …, Total) are skipped."),
        tr("Sheets of the same layout (one per group or per month) are read together. Members "
           "and loans must be in the book or in Anggota and Pinjaman sheets of the format."),
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    for row in notes.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)
    return Path(path)
