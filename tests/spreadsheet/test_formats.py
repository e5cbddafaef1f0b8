"""The same treasurer's book saved as .xlsx, .xlsm, .xls, .ods and .csv imports the same,
with the same tolerance and the same problem reports; total rows in any wording skipped."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import Member
from desktop_app.domain.accounts import SIMPANAN_SUKARELA, SIMPANAN_WAJIB
from desktop_app.services import ledger
from desktop_app.spreadsheet.importer import import_workbook
from desktop_app.spreadsheet.reader import is_total_row
from tests.spreadsheet.workbooks import (
    MEMBERS_HEADER,
    SAVINGS_HEADER,
    make,
    make_csv,
    make_ods,
    make_xls,
    member,
)

MEMBERS = [["DAFTAR ANGGOTA"], MEMBERS_HEADER, member("1", "Siti Jumlah"),
           member("2", "Total Wati"), ["Jumlah anggota", None, None, None, None, None, None,
                                       None, None, None, 2]]
SAVINGS = [
    ["BUKU SIMPANAN 2024"], [], SAVINGS_HEADER,
    [date(2024, 2, 1), "1", "Wajib", 20000, None, None],
    ["21 Maret 2024", "1", "Sukarela", "Rp. 50.000,-", None, None],
    ["Sub Jumlah Kelompok Melati", None, None, 70000, None, None],
    ["25/03/2024", "2", "sukarela", "15.000", None, "setor"],
    ["TOTAL KESELURUHAN s/d Desember", None, None, "Rp 85.000", 0, None],
    ["Grand Total", None, None, 85000, None, None],
]


def _savings(session, number: str) -> dict[str, int]:
    member_id = session.scalar(select(Member.id).where(Member.number == number))
    return {code: -amount for code, amount in ledger.member_balances(session, member_id).items()}


def _check_imported(session, result) -> None:
    assert result.problems == []
    assert result.counts == {"members": 2, "savings": 3}
    assert _savings(session, "1") == {SIMPANAN_WAJIB: 20_000, SIMPANAN_SUKARELA: 50_000}
    assert _savings(session, "2") == {SIMPANAN_SUKARELA: 15_000}
    assert "Simpanan: 3 total or subtotal row(s) skipped" in result.notices
    assert "Anggota: 1 total or subtotal row(s) skipped" in result.notices
    names = set(session.scalars(select(Member.name)))
    assert names == {"Siti Jumlah", "Total Wati"}


@pytest.mark.parametrize("maker", ["xlsx", "xlsm", "xls", "ods"])
def test_each_workbook_format_imports_the_same(session, tmp_path, maker):
    sheets = {"Anggota": MEMBERS, "Simpanan": SAVINGS}
    path = tmp_path / f"buku.{maker}"
    {"xlsx": make, "xlsm": make, "xls": make_xls, "ods": make_ods}[maker](path, sheets)
    _check_imported(session, import_workbook(session, path))


@pytest.mark.parametrize(("separator", "encoding"), [(",", "utf-8"), (";", "utf-8-sig"),
                                                    (";", "cp1252"), ("\t", "utf-8")])
def test_csv_in_either_separator_and_encoding(session, tmp_path, separator, encoding):
    make_csv(tmp_path / "Anggota.csv", MEMBERS, separator, encoding)
    rows = [[v.strftime("%d/%m/%Y") if isinstance(v, date) else v for v in row]
            for row in SAVINGS]
    rows[5][0] = "Sub Jumlah Kelompok Melati – Désirée"  # a Windows-1252 character
    make_csv(tmp_path / "Simpanan.csv", rows, separator, encoding)
    import_workbook(session, tmp_path / "Anggota.csv")
    result = import_workbook(session, tmp_path / "Simpanan.csv")
    assert result.problems == []
    assert result.counts == {"savings": 3}
    assert _savings(session, "1") == {SIMPANAN_WAJIB: 20_000, SIMPANAN_SUKARELA: 50_000}


def test_a_csv_with_decimal_commas_and_a_bad_row_names_row_and_column(session, tmp_path):
    make_csv(tmp_path / "Anggota.csv", MEMBERS, ";")
    import_workbook(session, tmp_path / "Anggota.csv")
    path = make_csv(tmp_path / "Simpanan.csv", [
        SAVINGS_HEADER, ["01/02/2024", "1", "Wajib", "20.000,00", "", ""],
        ["31/02/2024", "9", "Wajib", "lima", "", ""]], ";")
    result = import_workbook(session, path)
    assert result.problems == [
        "Simpanan, row 3, column A (Tanggal): '31/02/2024' is not a date (write it as 21/03/2025)",
        "Simpanan, row 3, column D (Setor): 'lima' is not an amount"]


@pytest.mark.parametrize("values", [
    ("Jumlah",), ("jumlah anggota", None, 12), ("  Sub total  ", 5, "Rp 5.000"),
    ("SUBTOTAL kelompok Mawar", 1.5), ("Grand Total", None), ("Total keseluruhan", 3),
    (None, "Sub Jumlah Kelompok Melati", 70000), ("TOTAL s/d Desember", "1.250.000,-"),
])
def test_total_and_subtotal_rows_in_any_wording(values):
    assert is_total_row(values)


@pytest.mark.parametrize("values", [
    ("Siti Jumlah", "0001", "Wajib"), ("Jumlah", "Wajib", 5000), ("Totok", 5),
    ("Total Wati", "01/01/2024", "Sukarela"), (date(2024, 1, 1), "Total", 5),
])
def test_data_rows_that_merely_contain_the_words_are_kept(values):
    assert not is_total_row(values)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_as_xls_and_ods_imports(session, tmp_path):
    source = make(tmp_path / "buku.xlsx", {"Anggota": MEMBERS, "Simpanan": SAVINGS})
    for target in ("xls", "ods"):
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", target, "--outdir", str(tmp_path / target), str(source)],
                       check=True, capture_output=True, timeout=120)
    result = import_workbook(session, tmp_path / "xls" / "buku.xls", dry_run=True)
    assert result.problems == [] and result.counts == {"members": 2, "savings": 3}
    _check_imported(session, import_workbook(session, tmp_path / "ods" / "buku.ods"))
