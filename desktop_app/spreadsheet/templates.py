"""An empty workbook of the format for treasurers to fill in: every import sheet with
its headers (in the UI language), one example row, drop-down lists where the answer is
one of a few words, and a notes sheet explaining each column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.i18n import language, tr
from desktop_app.spreadsheet.columns import IMPORT_SHEETS, Column, Kind, SheetSpec
from desktop_app.spreadsheet.writer import AMOUNT_FORMAT, DATE_FORMAT, safe_value

_EXAMPLES = {
    "members": ["A-001", "Siti Aminah", "6471010101800001", "P", date(1980, 1, 1),
                "Jl. Merpati 5, Balikpapan", "0812 3456 7890", "Mawar", date(2024, 1, 15), "Ya",
                "Aktif"],
    "savings": [date(2024, 1, 15), "A-001", "Pokok", 100000, None, ""],
    "loans": ["P-001", "A-001", date(2024, 2, 1), 1000000, 1.5, 10, "Flat", 10000, "Modal warung",
              "", None, None],
    "repayments": [date(2024, 3, 1), "P-001", 115000, ""],
    "products": ["K-01", "Kerupuk amplang", "bks", 15000, 11000, "", None, 40, 10],
    "sales": [date(2024, 3, 2), "Pasar Klandasan", "K-01", 5, 15000],
    "cash": [date(2024, 1, 5), "5201", None, 150000, "ATK rapat kelompok", ""],
    "programmes": ["Dapur Sehat", "LSM", "Yayasan Mitra Desa", "Hibah Yayasan",
                   date(2024, 1, 1), date(2024, 12, 31), ""],
    "trainings": ["Dapur Sehat", "Kue kering", date(2024, 3, 10), "Kuliner", "Balai Desa",
                  "Bu Ratna", 20],
    "attendance": ["Dapur Sehat", "Kue kering", date(2024, 3, 10), "A-001", "Siti Aminah",
                   None, None, None, "Ya", "Ya", "DS-001"],
}


def _choices() -> dict[Kind, list[str]]:
    english = language() == "en"
    return {
        Kind.SAVINGS_TYPE: ["Principal", "Mandatory", "Voluntary"] if english
        else ["Pokok", "Wajib", "Sukarela"],
        Kind.METHOD: ["Flat", "Declining", "Annuity"] if english else ["Flat", "Menurun", "Anuitas"],
        Kind.YES_NO: ["Yes", "No"] if english else ["Ya", "Tidak"],
        Kind.GENDER: ["F", "M"] if english else ["P", "L"],
        Kind.STATUS: ["Active", "Left"] if english else ["Aktif", "Keluar"],
    }


def _notes() -> dict[tuple[str, str], str]:
    return {
        ("members", "member_no"): tr("The member's number, unique in the book."),
        ("members", "name"): tr("Full name."),
        ("members", "nik"): tr("National ID (NIK): 16 digits, or empty."),
        ("members", "gender"): tr("P (perempuan) or L (laki-laki)."),
        ("members", "birth_date"): tr("A date such as 21/03/1980."),
        ("members", "join_date"): tr("The date she joined, such as 15/01/2024."),
        ("members", "head_of_household"): tr("Ya or Tidak."),
        ("members", "status"): tr("Aktif, or Keluar for a member who has left."),
        ("savings", "type"): tr("Pokok, Wajib or Sukarela (with or without the word Simpanan)."),
        ("savings", "deposit"): tr("Amount paid in; fill in Setor or Tarik, not both."),
        ("savings", "withdrawal"): tr("Amount taken out: Sukarela only, or Pokok and Wajib "
                                      "returned to a member who has left."),
        ("loans", "loan_no"): tr("The loan's number, unique in the book."),
        ("loans", "principal"): tr("The amount lent."),
        ("loans", "rate"): tr("Interest per month in percent, such as 1,5."),
        ("loans", "term"): tr("Number of installments (months for a monthly loan)."),
        ("loans", "frequency"): tr("Optional: Bulanan, Dua Mingguan or Mingguan; empty = "
                                   "monthly. The rate stays per month."),
        ("loans", "grace"): tr("Optional: the first N installments carry no principal."),
        ("loans", "grace_kind"): tr("Bayar Jasa (interest only in the grace period) or Tanpa "
                                    "Bayar (nothing; its interest comes with the next "
                                    "installment)."),
        ("loans", "rounding"): tr("Optional: round installments to this amount, such as 500."),
        ("loans", "rounding_mode"): tr("Terdekat (half up) or Ke Atas (up)."),
        ("loans", "first_due"): tr("Optional: the first due date; its interest is by days."),
        ("loans", "method"): tr("Flat, Menurun (declining) or Anuitas (annuity)."),
        ("loans", "admin_fee"): tr("Fee kept at disbursement, or empty."),
        ("loans", "written_off_on"): tr("Only for a loan written off: the date. Its principal "
                                        "still unpaid after the Angsuran rows is written off."),
        ("loans", "settled_at_exit_on"): tr("Only for a loan closed when its member left: the "
                                            "exit date. Its principal still unpaid is netted "
                                            "against her savings (enter the savings paid back as "
                                            "Tarik rows)."),
        ("repayments", "loan_no"): tr("A loan from the Pinjaman sheet or already in the book."),
        ("repayments", "amount"): tr("Amount paid; it goes to interest, then principal, oldest "
                                     "installment first."),
        ("products", "owner"): tr("Member number of the producer for consignment goods; empty "
                                  "for the cooperative's own goods."),
        ("products", "commission"): tr("The cooperative's commission in percent on consignment "
                                       "sales."),
        ("products", "opening_stock"): tr("Stock on hand at the start, dated on the workbook's "
                                          "first date."),
        ("sales", "quantity"): tr("Quantity sold."),
        ("sales", "unit_price"): tr("Price per unit; empty means the product's sale price."),
        ("cash", "account"): tr("Account code of the other side, such as 5201 (operating "
                                "costs) or 3301 (grants); not Kas itself."),
        ("cash", "cash_in"): tr("Cash received; fill in Masuk or Keluar, not both."),
        ("cash", "member_no"): tr("Optional: the member the line belongs to."),
    }


def _header(column: Column) -> str:
    return column.alias if language() == "en" else column.name


def _title(sheet: SheetSpec) -> str:
    return sheet.alias if language() == "en" else sheet.name


def write_template(path: Path | str) -> Path:
    book = Workbook()
    book.remove(book.active)
    choices, notes = _choices(), _notes()
    for sheet in IMPORT_SHEETS:
        ws = book.create_sheet(_title(sheet))
        ws.append([safe_value(ws, _header(c)) for c in sheet.columns])
        ws.append([safe_value(ws, v) for v in _EXAMPLES[sheet.key]])
        ws.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = max(column.width, len(_header(column)) + 3)
            ws[f"{letter}1"].font = Font(bold=True)
            cell = ws[f"{letter}2"]
            if column.kind in (Kind.DATE, Kind.BIRTH_DATE):
                cell.number_format = DATE_FORMAT
            elif column.kind in (Kind.AMOUNT, Kind.QUANTITY):
                cell.number_format = AMOUNT_FORMAT
            if column.kind in choices:
                if isinstance(cell.value, str) and language() == "en":
                    cell.value = choices[column.kind][0]
                listed = DataValidation(type="list", formula1='"' + ",".join(choices[column.kind]) + '"',
                                        allow_blank=True)
                listed.add(f"{letter}2:{letter}5000")
                ws.add_data_validation(listed)
    notes_sheet = book.create_sheet(tr("Notes"))
    notes_sheet.append([tr("Sheet"), tr("Column"), tr("Required"), tr("What to write")])
    for cell in notes_sheet[1]:
        cell.font = Font(bold=True)
    for sheet in IMPORT_SHEETS:
        for column in sheet.columns:
            notes_sheet.append([safe_value(notes_sheet, v) for v in (
                _title(sheet), _header(column), tr("yes") if column.required else "",
                notes.get((sheet.key, column.key), _default_note(column)))])
    notes_sheet.append([])
    notes_sheet.append([tr("Amounts may be written as 50000, 50.000 or Rp 50.000. Dates as "
                           "21/03/2025, 2025-03-21 or 21 Maret 2025. Title rows above the header "
                           "and a total row at the bottom are allowed.")])
    for letter, width in zip("ABCD", (14, 24, 10, 90), strict=True):
        notes_sheet.column_dimensions[letter].width = width
    for row in notes_sheet.iter_rows(min_row=2):
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)
    return Path(path)


def _default_note(column: Column) -> str:
    return {
        Kind.DATE: tr("A date such as 21/03/2025."),
        Kind.BIRTH_DATE: tr("A date such as 21/03/2025."),
        Kind.AMOUNT: tr("An amount such as 50000 or Rp 50.000."),
        Kind.QUANTITY: tr("A whole number."),
        Kind.PERCENT: tr("A percentage such as 1,5."),
    }.get(column.kind, tr("Text."))
