"""Loans never paid out (applied, approved, rejected) survive an export and re-import
through the optional Status Pengajuan / Tanggal Pengajuan columns on Pinjaman; files
without them import as before."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.db.models import ImportBatch, JournalEntry, Loan
from desktop_app.services import check, demo
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import MEMBERS_HEADER, make, member

HEADER = ["No. Pinjaman", "No. Anggota", "Tanggal Cair", "Pokok", "Bunga per Bulan (%)",
          "Tenor (Bulan)", "Metode", "Biaya Admin", "Tujuan", "Penjamin", "Tanggal Hapus Buku",
          "Tanggal Lunas Saat Keluar", "Status Pengajuan", "Tanggal Pengajuan"]


def loan_states(session) -> dict[str, str]:
    return dict(session.execute(select(Loan.number, Loan.status)).all())


def test_every_loan_round_trips_whatever_its_state(session, tmp_path):
    path = tmp_path / "demo.xlsx"
    source = create_book(None, DEFAULT_PROFILE)
    with source.session() as demo_session:
        set_actor(demo_session, SYSTEM_ACTOR)
        demo.generate(demo_session, members=40, years=1, seed=1, today=date(2025, 6, 15))
        expected = loan_states(demo_session)
        export_book(demo_session, path)
    source.close()
    assert {"applied", "approved", "rejected", "active", "paid"} <= set(expected.values())
    sheet = openpyxl.load_workbook(path)["Pinjaman"]
    assert [c.value for c in sheet[1]][-2:] == ["Status Pengajuan", "Tanggal Pengajuan"]
    result = import_workbook(session, path)
    assert result.problems == []
    assert loan_states(session) == expected
    assert check.check_book(session) == []


def loans_file(tmp_path, *rows, header=HEADER):
    return make(tmp_path / "loans.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")],
                                           "Pinjaman": [header, *rows]})


def test_an_application_row_imports_without_posting(session, tmp_path):
    path = loans_file(tmp_path, ["A-1", "1", None, 500_000, 1.5, 5, "Flat", None, "warung", None,
                                 None, None, "Disetujui", "03/02/2024"])
    assert import_workbook(session, path).problems == []
    loan = session.scalar(select(Loan).where(Loan.number == "A-1"))
    assert (loan.status, loan.applied_on, loan.disbursed_on, loan.outstanding) == (
        "approved", date(2024, 2, 3), None, 0)
    assert session.scalar(select(func.count(JournalEntry.id))) == 0


@pytest.mark.parametrize(("row", "expected"), [
    (["A-1", "1", None, 500_000, 1.5, 5, "Flat"],
     "Pinjaman, row 2, column C (Tanggal Cair): this cell must be filled in"),
    (["A-1", "1", "01/02/2024", 500_000, 1.5, 5, "Flat", None, None, None, None, None, "Diajukan",
      "01/01/2024"],
     "Pinjaman, row 2, column M (Status Pengajuan): a loan that was paid out has no application "
     "status; leave this cell empty"),
    (["A-1", "1", None, 500_000, 1.5, 5, "Flat", None, None, None, None, None, "Ditolak"],
     "Pinjaman, row 2, column N (Tanggal Pengajuan): fill in the application date of a loan "
     "that was not paid out"),
    (["A-1", "1", None, 500_000, 1.5, 5, "Flat", None, None, None, None, None, "Hilang",
      "01/01/2024"],
     "Pinjaman, row 2, column M (Status Pengajuan): 'Hilang' is not an application status "
     "(write Diajukan, Disetujui or Ditolak)"),
])
def test_bad_application_rows_are_named_and_nothing_is_written(session, tmp_path, row, expected):
    result = import_workbook(session, loans_file(tmp_path, row))
    assert expected in result.problems
    assert session.scalar(select(func.count(Loan.id))) == 0
    assert session.scalar(select(func.count(ImportBatch.id))) == 0


def test_an_older_file_without_the_columns_imports_as_before(session, tmp_path):
    path = loans_file(tmp_path, ["P-1", "1", "01/02/2024", 600_000, 1.5, 6, "Flat"],
                      header=HEADER[:10])
    assert import_workbook(session, path).problems == []
    assert loan_states(session) == {"P-1": "active"}
