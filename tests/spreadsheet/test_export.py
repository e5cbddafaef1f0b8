"""Exports: the format's sheets with real numbers and dates, never a formula, and a
round trip through an empty book that keeps every balance."""

from __future__ import annotations

import gc
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import JournalEntry, Loan, Member
from desktop_app.domain.accounts import KAS, EntryKind
from desktop_app.domain.postings import deposit_draft
from desktop_app.errors import ValidationError
from desktop_app.services import check, demo, imports, ledger, loan_history, loans, member_exit
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def _member_balances(session) -> dict[tuple[str, str], int]:
    """Per member and account, leaving out Kas: a cash line names a member only to say
    who paid (tanggung renteng), and the workbook's cash sheet implies Kas."""
    rows = session.execute(text(
        "SELECT m.number, a.code, b.balance FROM member_balance b JOIN member m "
        "ON m.id = b.member_id JOIN account a ON a.id = b.account_id WHERE b.balance != 0 "
        f"AND a.code != '{KAS}'"))
    return {(number, code): balance for number, code, balance in rows}


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    """A small demo book (with its loan write-offs) exported once."""
    path = tmp_path_factory.mktemp("export") / "demo.xlsx"
    book = create_book(None, DEFAULT_PROFILE)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        demo.generate(session, members=25, years=2, seed=3, today=date(2025, 6, 15))
        write_offs = session.scalar(select(func.count()).where(
            JournalEntry.kind == str(EntryKind.LOAN_WRITE_OFF)))
        assert write_offs, "the demo seed should write a loan off"
        result = export_book(session, path)
        expected = (ledger.account_balances(session), _member_balances(session))
    book.close()
    return path, result, expected


def test_an_export_reimports_into_an_empty_book_with_identical_balances(session, demo_export):
    path, result, (accounts, members) = demo_export
    assert result.notices == []
    imported = import_workbook(session, path)
    assert imported.problems == []
    assert ledger.account_balances(session) == accounts
    assert _member_balances(session) == members
    assert check.check_book(session) == []
    statuses = dict(session.execute(select(Loan.status, func.count()).group_by(Loan.status)).all())
    assert statuses["written_off"] > 0


def test_a_written_off_loan_carries_its_date_on_pinjaman(demo_export):
    path, _, _ = demo_export
    rows = list(openpyxl.load_workbook(path)["Pinjaman"].iter_rows(values_only=True))
    assert rows[0][10:12] == ("Tanggal Hapus Buku", "Tanggal Lunas Saat Keluar")
    assert any(isinstance(row[10], datetime) for row in rows[1:])


def _loan_book(session) -> tuple[int, int]:
    """One member with savings and one loan with a repayment; returns (member, loan) ids."""
    session.add(Member(number="1", name="Siti", join_date=date(2024, 1, 1)))
    session.flush()
    member_id = session.scalar(select(Member.id))
    for kind, amount in (("wajib", 500_000), ("sukarela", 300_000)):
        ledger.post(session, deposit_draft(member_id, kind, amount, date(2024, 1, 5)))
    made = loan_history.create_loans_from_history(session, [loan_history.PastLoan(
        number="P-1", member_id=member_id, principal=600_000,
        monthly_rate=Decimal("1.5"), term_months=6, method="flat", admin_fee=0,
        disbursed_on=date(2024, 2, 1))])[0]
    ledger.post_in_transaction(session, made.draft)
    session.commit()
    loans.repay(session, made.loan_id, date(2024, 3, 1), 109_000)
    return member_id, made.loan_id


def _round_trip(session, tmp_path) -> tuple:
    expected = (ledger.account_balances(session), _member_balances(session))
    result = export_book(session, tmp_path / "book.xlsx")
    assert result.notices == []
    fresh = create_book(None, DEFAULT_PROFILE)
    with fresh.session() as other:
        set_actor(other, SYSTEM_ACTOR)
        imported = import_workbook(other, result.path)
        assert imported.problems == []
        assert (ledger.account_balances(other), _member_balances(other)) == expected
        assert check.check_book(other) == []
        loan = other.scalar(select(Loan))
        outcome = (loan.status, loan.exit_settled, loan.outstanding)
        assert imports.undo_batch(other, imported.batch_id, date(2025, 1, 1)) > 0
        assert set(ledger.account_balances(other).values()) == {0}
    fresh.close()
    return outcome


def test_an_exit_netted_against_a_loan_survives_a_round_trip(session, tmp_path):
    member_id, _ = _loan_book(session)
    member_exit.exit_member(session, member_id, date(2024, 4, 10))
    # savings 800.000 less the 500.000 principal still owed: 300.000 paid out
    assert ledger.account_balance(session, KAS) == 800_000 - 600_000 + 109_000 - 300_000
    assert _round_trip(session, tmp_path) == ("paid", 500_000, 0)


def test_a_write_off_survives_a_round_trip_and_undo(session, tmp_path):
    _, loan_id = _loan_book(session)
    loans.write_off(session, loan_id, date(2024, 9, 1), "moved away")
    assert _round_trip(session, tmp_path) == ("written_off", 0, 0)


def test_sheets_headers_formats_and_freeze_panes(demo_export):
    path, _, _ = demo_export
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Anggota", "Simpanan", "Pinjaman", "Angsuran", "Produk",
                               "Penjualan", "Kas", "Program", "Pelatihan", "Peserta Pelatihan",
                               "Saldo Anggota", "Jadwal Angsuran", "Stok", "Neraca Saldo", "Tanggung Renteng"]
    balances = book["Saldo Anggota"]
    assert [c.value for c in balances[1]] == [
        "No. Anggota", "Nama", "Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela",
        "Total Simpanan", "Sisa Pinjaman", "Tunggakan", "Hak Konsinyasi"]
    assert [c.value for c in book["Stok"][1]] == [
        "Kode", "Nama Produk", "Pemilik", "Stok", "Nilai Stok", "Terjual", "Penjualan"]
    assert [c.value for c in book["Neraca Saldo"][1]] == ["Kode Akun", "Nama Akun", "Debit", "Kredit"]
    savings = book["Simpanan"]
    assert savings["A1"].font.bold and savings.freeze_panes == "A2"
    assert savings.auto_filter.ref.startswith("A1:F")
    assert savings["A2"].is_date and savings["A2"].number_format == "dd/mm/yyyy"
    assert isinstance(savings["D2"].value, int) and savings["D2"].number_format == "#,##0"
    trial = list(book["Neraca Saldo"].iter_rows(min_row=2, values_only=True))
    assert sum(r[2] for r in trial) == sum(r[3] for r in trial) > 0


def test_text_that_looks_like_a_formula_is_written_as_text(session, tmp_path):
    risky = ["=HYPERLINK(\"http://x\")", "+62 812", "-5", "@SUM(A1)", "\tTab", "\nBaris"]
    session.add_all([Member(number=str(i), name=f"Ani {i}", address=value,
                            join_date=date(2024, 1, 1)) for i, value in enumerate(risky)])
    session.commit()
    out = export_book(session, tmp_path / "out.xlsx").path
    sheet = openpyxl.load_workbook(out)["Anggota"]
    assert [sheet.cell(row, 6).value for row in range(2, 8)] == risky
    assert {sheet.cell(row, 6).data_type for row in range(2, 8)} == {"s"}
    # a second reader: the raw XML has no formula element at all
    with zipfile.ZipFile(out) as archive:
        names = {ET.fromstring(archive.read("xl/workbook.xml")).find("m:sheets", NS)[0].get("name")}
        root = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    assert names == {"Anggota"}
    assert root.findall(".//m:f", NS) == []
    cells = {c.get("r"): c for c in root.iterfind(".//m:c", NS)}
    assert cells["F2"].get("t") == "inlineStr"
    assert cells["F2"].find("m:is/m:t", NS).text == risky[0]


def test_a_date_range_filters_movements_and_keeps_master_sheets(session, tmp_path):
    import_workbook(session, make(tmp_path / "in.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["05/01/2024", "1", "Sukarela", 1000, None],
                     ["05/02/2024", "1", "Sukarela", 2000, None],
                     ["05/03/2024", "1", "Sukarela", 4000, None]]}))
    out = export_book(session, tmp_path / "r.xlsx", date_from=date(2024, 2, 1),
                      date_to=date(2024, 2, 29)).path
    book = openpyxl.load_workbook(out, read_only=True)
    assert [r[3] for r in book["Simpanan"].iter_rows(min_row=2, values_only=True)] == [2000]
    assert len(list(book["Anggota"].iter_rows(min_row=2))) == 1
    # balances as of the end of the range
    assert list(book["Saldo Anggota"].iter_rows(min_row=2, values_only=True))[0][4] == 3000


def test_export_refuses_a_reversed_range_and_a_wrong_suffix(session, tmp_path):
    with pytest.raises(ValidationError, match="start date is after the end date"):
        export_book(session, tmp_path / "x.xlsx", date_from=date(2024, 2, 1), date_to=date(2024, 1, 1))
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        export_book(session, tmp_path / "x.csv")


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_progress_moves_with_the_rows_written_and_a_cancel_stops_mid_sheet(
        session, tmp_path, monkeypatch):
    """A whole-book export spends most of its time on two or three long sheets: the bar
    moves as their rows are written, and Cancel (raised from a report) removes the file."""
    member_id, _ = _loan_book(session)
    for day in range(1, 13):
        ledger.post(session, deposit_draft(member_id, "sukarela", 1_000, date(2024, 4, day)))
    monkeypatch.setattr("desktop_app.spreadsheet.exporter._PROGRESS_ROWS", 2)
    reports = []
    export_book(session, tmp_path / "book.xlsx", progress=lambda *report: reports.append(report))
    dones = [done for done, _ in reports]
    total = reports[-1][1]
    assert {t for _, t in reports} == {total} and dones == sorted(dones)
    assert reports[-1] == (total, total) and max(dones) == total
    savings_rows = 2 + 12  # wajib, sukarela, then the twelve deposits
    assert total >= savings_rows and len(reports) > 15 + savings_rows // 2

    class Cancelled(Exception):
        pass

    def cancel_in_savings(done, _total):
        if done > 3:  # members (1 row) and the sheet break are behind: inside Simpanan
            raise Cancelled

    with pytest.raises(Cancelled):
        export_book(session, tmp_path / "cancelled.xlsx", progress=cancel_in_savings)
    assert list(tmp_path.iterdir()) == [tmp_path / "book.xlsx"]
    gc.collect()  # a sheet left open would write into its closed file here
