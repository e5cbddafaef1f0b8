"""Grids as treasurers keep them: one row per member, one column per month (or one sheet
per month with a column per kind), subtotals, a Jumlah column that must agree."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry, Member
from desktop_app.domain.accounts import (
    PIUTANG_PINJAMAN,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
)
from desktop_app.errors import ValidationError
from desktop_app.services import ledger
from desktop_app.spreadsheet.grids import GridOptions, grid_options, month_of
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import MEMBERS_HEADER, make, member

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ANGGOTA = [MEMBERS_HEADER, member("1", "Siti Aminah", "01/01/2023"),
           member("2", "Rina", "01/01/2023"), member("3", "Wati", "01/01/2023")]


def _savings(session, number: str) -> dict[str, int]:
    member_id = session.scalar(select(Member.id).where(Member.number == number))
    return {code: -amount for code, amount in ledger.member_balances(session, member_id).items()
            if code in (SIMPANAN_POKOK, SIMPANAN_WAJIB, SIMPANAN_SUKARELA)}


def _entry_dates(session) -> list[date]:
    return sorted(session.scalars(select(JournalEntry.date)))


@pytest.mark.parametrize(("header", "expected"), [
    ("Jan", (None, 1)), ("Januari 2025", (2025, 1)), ("01/2025", (2025, 1)),
    ("2025-03", (2025, 3)), ("Agt-24", (2024, 8)), ("DES", (None, 12)),
    (date(2024, 5, 1), (2024, 5)), ("Nopember 2023", (2023, 11)), ("Nama", None),
    ("13/2025", None), ("Jumlah", None),
])
def test_month_headers_in_every_form(header, expected):
    assert month_of(header) == expected


def test_a_year_grid_of_wajib_with_subtotals_imports_one_movement_per_cell(session, tmp_path):
    path = make(tmp_path / "grid.xlsx", {"Anggota": ANGGOTA, "Simpanan Wajib 2024": [
        ["KOPERASI WANITA MANDIRI"], ["Simpanan Wajib Tahun 2024"],
        ["No", "Nama", *MONTHS, "Jumlah"],
        ["1", "Siti Aminah", *[20000] * 12, 240000],
        ["2", "Rina", 20000, 20000, None, "-", *[None] * 8, 40000],
        ["Sub Jumlah Kelompok Mawar", None, *[40000, 40000] + [20000] * 10, 280000],
        ["3", "Wati", "Rp 20.000", *[None] * 11, "20.000"],
        ["JUMLAH", None, *[60000, 40000] + [20000] * 10, 300000],
    ]})
    result = import_workbook(session, path, options=GridOptions(date_rule="last"))
    assert result.problems == []
    assert result.counts == {"members": 3, "savings": 15}
    assert result.rows["Simpanan Wajib 2024"] == 15
    assert "Simpanan Wajib 2024: 2 total or subtotal row(s) skipped" in result.notices
    assert _savings(session, "1") == {SIMPANAN_WAJIB: 240_000}
    assert _savings(session, "2") == {SIMPANAN_WAJIB: 40_000}
    assert date(2024, 2, 29) in _entry_dates(session)  # the last day of each month


def test_a_wrong_jumlah_is_a_problem_at_that_row_and_nothing_is_written(session, tmp_path):
    path = make(tmp_path / "grid.xlsx", {"Anggota": ANGGOTA, "Wajib 2024": [
        ["No. Anggota", "Nama", *MONTHS[:3], "Jumlah"],
        ["1", "Siti", 20000, 20000, 20000, 60000],
        ["2", "Rina", 20000, 20000, 20000, 50000],
    ]})
    result = import_workbook(session, path)
    assert result.problems == [
        "Wajib 2024, row 3, column F (Jumlah): the months add up to 60.000 but this column "
        "says 50.000"]
    assert session.scalar(select(func.count(JournalEntry.id))) == 0


def test_kind_and_year_from_the_user_and_the_meeting_day(session, tmp_path):
    rows = [["No", "Januari", "Februari"], ["1", 5000, 7000], ["2", None, 2500]]
    path = make(tmp_path / "g.xlsx", {"Anggota": ANGGOTA, "Kelompok Mawar": rows,
                                      "Kelompok Melati": [rows[0], ["3", 1000, 1000]]})
    refused = import_workbook(session, path, dry_run=True)
    assert ("Kelompok Mawar, row 1, column B (Januari): the year of this month is not in the "
            "header or the sheet title; write it (e.g. Jan 2025) or choose the year when "
            "importing") in refused.problems
    missing_kind = import_workbook(session, path, dry_run=True, options=GridOptions(year=2024))
    assert any("does not say whether it holds wajib" in p for p in missing_kind.problems)
    result = import_workbook(session, path, options=grid_options("sukarela", 2024, "15"))
    assert result.problems == []
    assert result.rows == {"Anggota": 3, "Kelompok Mawar": 3, "Kelompok Melati": 2}
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 12_000}
    assert _savings(session, "3") == {SIMPANAN_SUKARELA: 2_000}
    assert _entry_dates(session)[-1] == date(2024, 2, 15)


def test_sheets_per_month_with_a_column_per_kind_and_members_by_name(session, tmp_path):
    header = ["Nama Anggota", "Pokok", "Wajib", "Sukarela", "Keterangan"]
    path = make(tmp_path / "bulan.xlsx", {
        "Anggota": ANGGOTA,
        "Januari 2024": [header, ["Siti  Aminah", 100000, 20000, None, "baru"],
                         ["rina", None, 20000, 5000, None]],
        "Februari 2024": [header, ["Siti Aminah", None, 20000, 10000, None],
                          ["Ani", None, 20000, None, None]],
    })
    result = import_workbook(session, path, dry_run=True)
    assert result.problems == ["Februari 2024, row 3, column A (Nama Anggota): there is no "
                               "member named Ani in the book or in the Anggota sheet"]
    path = make(tmp_path / "bulan2.xlsx", {
        "Anggota": ANGGOTA,
        "Januari 2024": [header, ["Siti  Aminah", 100000, 20000, None, "baru"],
                         ["rina", None, 20000, 5000, None]],
        "Februari 2024": [header, ["Siti Aminah", None, 20000, 10000, None]]})
    result = import_workbook(session, path)
    assert result.problems == []
    assert _savings(session, "1") == {SIMPANAN_POKOK: 100_000, SIMPANAN_WAJIB: 40_000,
                                      SIMPANAN_SUKARELA: 10_000}
    assert _savings(session, "2") == {SIMPANAN_WAJIB: 20_000, SIMPANAN_SUKARELA: 5_000}


def test_a_repayment_grid_pays_the_loan_running_then(session, tmp_path):
    loans = [["No. Pinjaman", "No. Anggota", "Tanggal Cair", "Pokok", "Bunga per Bulan (%)",
              "Tenor (Bulan)", "Metode"],
             ["P-1", "1", "01/01/2024", 1_200_000, 1, 12, "Flat"]]
    path = make(tmp_path / "angsuran.xlsx", {
        "Anggota": ANGGOTA, "Pinjaman": loans,
        "Angsuran 2024": [["No", "Nama", "Feb", "Mar", "Jumlah"],
                          ["1", "Siti", 112000, 112000, 224000],
                          ["2", "Rina", 50000, None, 50000]]})
    result = import_workbook(session, path, dry_run=True)
    assert result.problems == [
        "Angsuran 2024, row 3, column C (Feb): member 2 has no loan disbursed on or before "
        "01/02/2024"]
    path = make(tmp_path / "angsuran2.xlsx", {
        "Anggota": ANGGOTA, "Pinjaman": loans,
        "Angsuran 2024": [["No", "Nama", "Feb", "Mar", "Jumlah"],
                          ["1", "Siti", 112000, 112000, 224000]]})
    result = import_workbook(session, path)
    assert result.problems == []
    assert result.counts == {"members": 3, "loans": 1, "repayments": 2}


def test_a_bad_cell_in_a_grid_names_its_month_column(session, tmp_path):
    path = make(tmp_path / "g.xlsx", {"Anggota": ANGGOTA, "Sukarela 2024": [
        ["No", "Jan 2024", "Feb 2024"], ["1", "lima ribu", 5000], ["9", 5000, None]]})
    result = import_workbook(session, path)
    assert result.problems == [
        "Sukarela 2024, row 2, column B (Jan 2024): 'lima ribu' is not an amount",
        "Sukarela 2024, row 3, column A (No): there is no member 9 in the book or in the "
        "Anggota sheet"]


@pytest.mark.parametrize(("args", "message"), [
    (("wajib", None, "32"), "must be first, last or a day from 1 to 31"),
    (("wajib", 1800, "first"), "between 1950 and 2100"),
])
def test_grid_options_refuse_nonsense(args, message):
    with pytest.raises(ValidationError, match=message):
        grid_options(*args)


def test_the_grid_template_imports_as_its_notes_say(session, tmp_path):
    import openpyxl

    from desktop_app.spreadsheet.grid_template import write_grid_template

    path = write_grid_template(tmp_path / "grid.xlsx", 2024)
    sheets = openpyxl.load_workbook(path).sheetnames
    assert sheets == ["Simpanan Wajib 2024", "Angsuran 2024", "Januari 2024", "Notes"]
    loans = [["No. Pinjaman", "No. Anggota", "Tanggal Cair", "Pokok", "Bunga per Bulan (%)",
              "Tenor (Bulan)", "Metode"], ["P-001", "A-001", "01/01/2024", 1_000_000, 1.5, 10,
                                           "Flat"]]
    people = make(tmp_path / "v1.xlsx", {"Anggota": [
        MEMBERS_HEADER, member("A-001", "Siti Aminah", "01/01/2023"),
        member("A-002", "Rina Wati", "01/01/2023")], "Pinjaman": loans})
    assert import_workbook(session, people).problems == []
    result = import_workbook(session, path, options=GridOptions(date_rule="last"))
    assert result.problems == []
    assert result.counts == {"savings": 9, "repayments": 2}
    assert _savings(session, "A-001") == {SIMPANAN_WAJIB: 60_000}
    assert _savings(session, "A-002") == {SIMPANAN_WAJIB: 80_000, SIMPANAN_POKOK: 100_000,
                                          SIMPANAN_SUKARELA: 5_000}
    loan_left = ledger.member_balances(session, session.scalar(
        select(Member.id).where(Member.number == "A-001")))[PIUTANG_PINJAMAN]
    assert loan_left == 1_000_000 - 2 * 100_000  # two repayments of 115,000, flat 1.5%
