"""The template, per-table exports, and the problem workbook a treasurer fixes from."""

from __future__ import annotations

from datetime import date

import openpyxl

from desktop_app.i18n import set_language
from desktop_app.spreadsheet.importer import import_workbook
from desktop_app.spreadsheet.table_export import export_table, problem_workbook
from desktop_app.spreadsheet.templates import write_template
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member


def test_the_template_has_lists_notes_and_an_example_that_imports(session, tmp_path):
    set_language("id")
    path = write_template(tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:7] == ["Anggota", "Simpanan", "Pinjaman", "Angsuran", "Produk",
                                   "Penjualan", "Kas"]
    lists = {v.formula1 for v in book["Simpanan"].data_validations.dataValidation}
    assert '"Pokok,Wajib,Sukarela"' in lists
    assert '"Flat,Menurun,Anuitas"' in {v.formula1 for v in book["Pinjaman"].data_validations.dataValidation}
    notes = book.worksheets[-1]
    assert notes.title == "Catatan"
    assert notes.max_row > 50
    set_language("en")
    result = import_workbook(session, path)
    assert result.problems == [] and result.notices == []  # its notes sheet is expected
    assert result.counts == {"members": 1, "savings": 1, "loans": 1, "repayments": 1,
                             "products": 1, "sales": 1, "cash": 1, "programmes": 1,
                             "trainings": 1, "participants": 1}


def test_the_english_template_uses_the_english_aliases_and_imports(session, tmp_path):
    path = write_template(tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Members"
    assert book["Savings"]["C2"].value == "Principal"
    assert import_workbook(session, path).problems == []


def test_a_table_exports_as_shown(tmp_path):
    path = tmp_path / "t.xlsx"
    rows = [("0001", "Ani", 150000, date(2024, 1, 2)), ("0002", "=cmd", 0, None)]
    assert export_table(path, "Anggota: aktif", ["No", "Nama", "Saldo", "Tanggal"], rows,
                        [None, None, "#,##0", None]) == 2
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Anggota  aktif"
    assert [c.value for c in sheet[3]][:3] == ["0002", "=cmd", 0]
    assert sheet["B3"].data_type == "s" and sheet["C2"].number_format == "#,##0"


def test_the_problem_workbook_holds_the_bad_rows_and_their_messages(session, tmp_path):
    source = make(tmp_path / "bad.xlsx", {
        "Anggota": [["DAFTAR"], MEMBERS_HEADER, member("1"), member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Sukarela", 500, None],
                     ["02/01/2024", "7", "Sukarela", "x", None]]})
    result = import_workbook(session, source)
    out = tmp_path / "problems.xlsx"
    assert problem_workbook(source, result.details, out) == 2
    book = openpyxl.load_workbook(out)
    members = list(book["Anggota"].iter_rows(values_only=True))
    assert members[0][:4] == ("Row", "Problem", "No. Anggota", "Nama")
    assert members[1][0] == 4 and "appears twice" in members[1][1]
    savings = list(book["Simpanan"].iter_rows(values_only=True))
    assert savings[1][0] == 3
    assert "'x' is not an amount" in savings[1][1]
