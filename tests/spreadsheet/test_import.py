"""Importing workbooks as treasurers make them, and refusing every kind of bad row."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import ImportBatch, JournalEntry, Member
from desktop_app.domain.accounts import KAS, MODAL_DONASI, SIMPANAN_POKOK, SIMPANAN_SUKARELA
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.i18n import set_language
from desktop_app.services import imports, ledger, settings
from desktop_app.services.context import Actor, set_actor
from desktop_app.spreadsheet.importer import describe_counts, import_workbook
from tests.spreadsheet.workbooks import (
    CASH_HEADER,
    MEMBERS_HEADER,
    SAVINGS_HEADER,
    cache_formulas,
    make,
    member,
)


def _savings(session, number: str) -> dict[str, int]:
    member_id = session.scalar(select(Member.id).where(Member.number == number))
    return {code: -amount for code, amount in ledger.member_balances(session, member_id).items()}


def _nothing_written(session) -> None:
    assert session.scalar(select(func.count(JournalEntry.id))) == 0
    assert session.scalar(select(func.count(Member.id))) == 0
    assert session.scalar(select(func.count(ImportBatch.id))) == 0


def test_a_hand_made_book_with_titles_merges_text_amounts_and_totals(session, tmp_path):
    path = make(tmp_path / "buku.xlsx", {
        "Anggota": [
            ["DAFTAR ANGGOTA KOPERASI WANITA MANDIRI"], ["Balikpapan, 2024"], [],
            MEMBERS_HEADER,
            member("A-001", "Siti Aminah", "01/02/2024", **{"Kelompok": "Mawar"}),
            member("A-002", "Rina", "2024-02-01", **{"Jenis Kelamin": "perempuan"}),
        ],
        "Simpanan": [
            ["BUKU SIMPANAN"], SAVINGS_HEADER,
            ["01/02/2024", "A-001", "Simpanan Pokok", "Rp. 100.000,-", None, "pokok"],
            ["21 Maret 2024", "A-001", "SUKARELA", "50.000", None, None],
            [45376, "A-001", "sukarela", None, "20,000", "tarik"],  # 25/03/2024 as a serial
            [date(2024, 3, 1), "A-002", "Wajib", 20000, None, None],
            [None, None, None, None, None, None],
            ["TOTAL", None, None, 170000, 20000, None],
        ],
        "Kas": [CASH_HEADER, ["01-01-2024", "3301", "Rp 5.000.000", None, "Hibah LSM"],
                ["02/01/2024", 5201, None, "150.000", "ATK"]],
    }, merges={"Anggota": ["A1:K1", "A2:K2"], "Simpanan": ["A1:F1"]})

    result = import_workbook(session, path)

    assert result.problems == []
    assert result.counts == {"members": 2, "savings": 4, "cash": 2}
    assert _savings(session, "A-001") == {SIMPANAN_POKOK: 100_000, SIMPANAN_SUKARELA: 30_000}
    assert ledger.account_balance(session, KAS) == 5_000_000 - 150_000 + 170_000 - 20_000
    assert ledger.account_balance(session, MODAL_DONASI) == -5_000_000
    siti = session.scalar(select(Member).where(Member.number == "A-001"))
    assert (siti.name, siti.gender, siti.join_date, siti.group.name) == (
        "Siti Aminah", "F", date(2024, 2, 1), "Mawar")


def test_english_sheet_and_column_names_are_accepted(session, tmp_path):
    path = make(tmp_path / "en.xlsx", {
        "Members": [["Member No", "NAME", "Join Date", "Head of household", "gender"],
                    ["7", "Ani", "01/01/2024", "Yes", "F"]],
        "Savings": [["Date", "Member No", "Type", "Deposit", "Withdrawal", "Note"],
                    ["2024-01-05", 7, "Voluntary", 10000, None, None]],
    })
    result = import_workbook(session, path)
    assert result.problems == []
    assert _savings(session, "7") == {SIMPANAN_SUKARELA: 10_000}


def test_formulas_are_read_by_their_cached_value(session, tmp_path):
    path = make(tmp_path / "f.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")],
                                      "Simpanan": [SAVINGS_HEADER,
                                                   ["01/01/2024", "1", "Sukarela", "=2*5000", None]]})
    cache_formulas(path, 2, {"D2": 10000})
    assert import_workbook(session, path).problems == []
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 10_000}


def test_a_formula_without_a_cached_value_is_an_error_for_that_cell(session, tmp_path):
    path = make(tmp_path / "f.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")],
                                      "Simpanan": [SAVINGS_HEADER,
                                                   ["01/01/2024", "1", "Sukarela", "=2*5000", None]]})
    result = import_workbook(session, path)
    assert len(result.problems) == 1
    assert result.problems[0].startswith("Simpanan, row 2, column D (Setor): the formula")
    _nothing_written(session)


def test_a_date_merged_down_over_several_rows_applies_to_each(session, tmp_path):
    path = make(tmp_path / "m.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2")],
        "Simpanan": [SAVINGS_HEADER, ["05/01/2024", "1", "Wajib", 20000, None],
                     [None, "2", "Wajib", 20000, None]],
    }, merges={"Simpanan": ["A2:A3"]})
    assert import_workbook(session, path).problems == []
    assert session.scalar(select(func.count(JournalEntry.id)).where(
        JournalEntry.date == date(2024, 1, 5))) == 2


BAD_ROWS = [
    (["01/01/2024", "99", "Sukarela", 1000, None], "column B (No. Anggota): there is no member 99"),
    (["01/01/2024", "1", "Sukarela", None, 5000], "column E (Tarik): the withdrawal of Rp 5.000 is more than the Rp 1 saved on 01/01/2024"),
    (["01/01/2024", "1", "Sukarela", -5000, None], "column D (Setor): the amount must not be negative"),
    (["01/01/2024", "1", "Sukarela", 5000, 100], "column E (Tarik): fill in either Setor or Tarik"),
    (["01/01/2024", "1", "Sukarela", None, None], "column D (Setor): fill in either Setor or Tarik"),
    (["31/02/2024", "1", "Sukarela", 5000, None], "column A (Tanggal): '31/02/2024' is not a date"),
    (["01/01/2024", "1", "Arisan", 5000, None], "column C (Jenis): 'Arisan' is not a savings type"),
    (["01/01/2024", "1", "Wajib", None, 5000], "column C (Jenis): only Sukarela can be withdrawn"),
    (["01/01/2024", "1", "Sukarela", "lima ribu", None], "column D (Setor): 'lima ribu' is not an amount"),
    ([None, "1", "Sukarela", 5000, None], "column A (Tanggal): this cell must be filled in"),
]


@pytest.mark.parametrize(("row", "expected"), BAD_ROWS)
def test_each_bad_savings_row_is_named_and_nothing_is_written(session, tmp_path, row, expected):
    path = make(tmp_path / "bad.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Sukarela", 1, None], row],
    })
    result = import_workbook(session, path)
    assert [p for p in result.problems if p.startswith("Simpanan, row 3, " + expected)], result.problems
    assert "nothing was imported" in result.summary()
    _nothing_written(session)


BAD_MEMBERS = [
    ([member("1"), member("1")], "Anggota, row 3, column A (No. Anggota): member number 1 appears twice (also on row 2)"),
    ([member("1", NIK="123")], "Anggota, row 2, column C (NIK): the NIK must be exactly 16 digits"),
    ([member("1", **{"Jenis Kelamin": "X"})], "Anggota, row 2, column D (Jenis Kelamin): 'X' is not a gender (write P or L)"),
    ([member("1", **{"Kepala Keluarga": "mungkin"})], "Anggota, row 2, column J (Kepala Keluarga): 'mungkin' is not yes or no (write Ya or Tidak)"),
    ([member("1", **{"Tanggal Lahir": "01/06/2024"})], "Anggota, row 2, column E (Tanggal Lahir): the birth date must be before the joining date"),
    ([member("1", name=None)], "Anggota, row 2, column B (Nama): this cell must be filled in"),
]


@pytest.mark.parametrize(("rows", "expected"), BAD_MEMBERS)
def test_each_bad_member_row_is_named(session, tmp_path, rows, expected):
    result = import_workbook(session, make(tmp_path / "m.xlsx", {"Anggota": [MEMBERS_HEADER, *rows]}))
    assert expected in result.problems
    _nothing_written(session)


BAD_CASH = [
    (["01/01/2024", "9999", 100, None], "column B (Kode Akun): there is no account 9999"),
    (["01/01/2024", "1101", 100, None], "column B (Kode Akun): write the other account here"),
    (["01/01/2024", "2101", 100, None], "column B (Kode Akun): account 2101 belongs to members"),
    (["01/01/2024", "5201", 100, 100], "column D (Keluar): fill in either Masuk or Keluar"),
]


def test_cash_in_to_modal_donasi_is_a_grant_and_to_another_equity_account_a_transfer(
        session, tmp_path):
    """The same rule as the cash book's (domain/postings.cash_kind)."""
    result = import_workbook(session, make(tmp_path / "g.xlsx", {"Kas": [
        CASH_HEADER, ["01/01/2024", "3301", 5_000_000, None, "Hibah LSM"],
        ["02/01/2024", "3201", 200_000, None, "Cadangan dari kas lama"],
        ["03/01/2024", "5201", None, 150_000, "ATK"]]}))
    assert result.problems == []
    kinds = session.scalars(select(JournalEntry.kind).order_by(JournalEntry.date)).all()
    assert kinds == ["grant", "transfer", "expense"]
    assert ledger.account_balance(session, KAS) == 5_000_000 + 200_000 - 150_000


@pytest.mark.parametrize(("row", "expected"), BAD_CASH)
def test_each_bad_cash_row_is_named(session, tmp_path, row, expected):
    result = import_workbook(session, make(tmp_path / "k.xlsx", {"Kas": [CASH_HEADER, row]}))
    assert [p for p in result.problems if p.startswith("Kas, row 2, " + expected)], result.problems
    _nothing_written(session)


def test_a_date_in_a_closed_period_is_refused(session, tmp_path):
    settings.set_closed_through(session, date(2024, 12, 31))
    session.commit()
    result = import_workbook(session, make(tmp_path / "k.xlsx", {
        "Kas": [CASH_HEADER, ["31/12/2024", "5201", None, 100], ["01/01/2025", "5201", None, 100]]}))
    assert result.problems == ["Kas, row 2, column A (Tanggal): the books are closed through "
                               "31/12/2024; this date cannot be imported"]


def test_missing_required_column_and_missing_header_are_reported(session, tmp_path):
    result = import_workbook(session, make(tmp_path / "h.xlsx", {
        "Anggota": [["No. Anggota", "Nama"], ["1", "Ani"]],
        "Kas": [["apa", "ini"], [1, 2]],
    }))
    assert "Anggota, row 1: the required column 'Tanggal Masuk' is missing" in result.problems
    assert result.problems[-1].startswith("Kas: no header row found in the first 10 rows")


def test_unknown_columns_and_sheets_are_notices_not_problems(session, tmp_path):
    result = import_workbook(session, make(tmp_path / "n.xlsx", {
        "Anggota": [[*MEMBERS_HEADER, "Catatan"], member("1")], "Rekap": [["x"]]}))
    assert result.problems == []
    assert "Anggota: column 'Catatan' is not part of the format and was ignored" in result.notices
    assert "Sheet 'Rekap' is not part of the format and was skipped." in result.notices


def test_history_keeps_an_old_pokok_amount_with_a_notice(session, tmp_path):
    result = import_workbook(session, make(tmp_path / "p.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2020", "1", "Pokok", 25000, None]]}))
    assert result.problems == []
    assert _savings(session, "1") == {SIMPANAN_POKOK: 25_000}
    assert any("differ from today's amount Rp 100.000" in n for n in result.notices)


def test_withdrawals_are_checked_in_date_order_not_file_order(session, tmp_path):
    path = make(tmp_path / "o.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["10/01/2024", "1", "Sukarela", None, 5000],
                     ["05/01/2024", "1", "Sukarela", 5000, None]]})
    assert import_workbook(session, path).problems == []
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 0}


def test_dry_run_counts_and_writes_nothing(session, tmp_path):
    result = import_workbook(session, make(tmp_path / "d.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2")]}), dry_run=True)
    assert result.counts["members"] == 2
    assert result.summary() == "Dry run: the import would create members 2."
    _nothing_written(session)


def test_the_same_file_twice_is_refused_unless_forced_and_undo_reverses_it(session, tmp_path):
    path = make(tmp_path / "s.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Sukarela", 5000, None]]})
    first = import_workbook(session, path)
    second = import_workbook(session, path)
    assert second.problems[0].startswith("s.xlsx: This file was already imported on ")
    assert session.scalar(select(func.count(ImportBatch.id))) == 1

    imports.undo_batch(session, first.batch_id, on=date(2025, 1, 1))
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 0}
    assert ledger.account_balance(session, KAS) == 0
    with pytest.raises(ValidationError):
        imports.undo_batch(session, first.batch_id)
    # after an undo, the same file imports again and takes its members over
    again = import_workbook(session, path)
    assert again.problems == []
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 5_000}
    assert session.scalar(select(func.count(Member.id))) == 1
    forced = import_workbook(session, make(tmp_path / "s2.xlsx", {
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Sukarela", 5000, None]]}))
    assert forced.problems == []
    assert import_workbook(session, tmp_path / "s2.xlsx", force=True).problems == []
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 15_000}


def test_undo_is_refused_when_the_savings_were_since_withdrawn(session, tmp_path):
    first = import_workbook(session, make(tmp_path / "a.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Sukarela", 5000, None]]}))
    import_workbook(session, make(tmp_path / "b.xlsx", {
        "Simpanan": [SAVINGS_HEADER, ["02/01/2024", "1", "Sukarela", None, 5000]]}))
    with pytest.raises(ValidationError) as refused:
        imports.undo_batch(session, first.batch_id)
    assert refused.value.problems == ["Member 1: savings taken out since the import would go below zero."]


def test_a_crash_while_posting_leaves_the_book_as_before(session, tmp_path, monkeypatch):
    path = make(tmp_path / "c.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")],
                                      "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Wajib", 1, None]]})

    def crash(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ledger.JournalWriter, "flush", crash)
    with pytest.raises(RuntimeError):
        import_workbook(session, path)
    monkeypatch.undo()
    _nothing_written(session)


def test_an_auditor_may_preview_but_not_import(session, tmp_path):
    path = make(tmp_path / "r.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")]})
    set_actor(session, Actor("ani", Role.AUDITOR))
    assert import_workbook(session, path, dry_run=True).ok
    with pytest.raises(PermissionDenied):
        import_workbook(session, path)


LOANS_HEADER = ["No. Pinjaman", "No. Anggota", "Tanggal Cair", "Pokok", "Bunga per Bulan (%)",
                "Tenor (Bulan)", "Metode", "Biaya Admin", "Tujuan", "Penjamin",
                "Tanggal Hapus Buku", "Tanggal Lunas Saat Keluar"]
LOAN = ["P-1", "1", "01/02/2024", 600_000, 1.5, 6, "Flat", None, None, None]
BAD_LOAN_ENDS = [
    ([*LOAN, "01/03/2024", "01/03/2024"], [], "column L (Tanggal Lunas Saat Keluar): a loan is either written off or settled at exit, not both"),
    ([*LOAN, "01/01/2024", None], [], "column K (Tanggal Hapus Buku): this date is before the loan was paid out (01/02/2024)"),
    ([*LOAN, None, "01/03/2024"], [], "column L (Tanggal Lunas Saat Keluar): member 1 is not marked as left (Status Keluar)"),
    ([*LOAN, "01/03/2024", None], [["01/04/2024", "P-1", 109_000]], "Angsuran, row 2, column A (Tanggal): loan P-1 was written off or settled at exit on 01/03/2024; no repayment can follow"),
    ([*LOAN, "01/09/2024", None], [["01/03/2024", "P-1", 654_000]], "column K (Tanggal Hapus Buku): loan P-1 is fully repaid; there is nothing to write off"),
]


@pytest.mark.parametrize(("loan", "repayments", "expected"), BAD_LOAN_ENDS)
def test_each_bad_loan_end_is_named_and_nothing_is_written(session, tmp_path, loan, repayments,
                                                           expected):
    path = make(tmp_path / "bad.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")], "Pinjaman": [LOANS_HEADER, loan],
        "Angsuran": [["Tanggal", "No. Pinjaman", "Jumlah"], *repayments]})
    problems = import_workbook(session, path).problems
    assert [p for p in problems if p.endswith(expected)], problems
    _nothing_written(session)


def test_an_exit_settles_every_open_loan_of_the_member(session, tmp_path):
    path = make(tmp_path / "bad.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1", Status="Keluar")],
        "Pinjaman": [LOANS_HEADER, [*LOAN, None, "01/03/2024"],
                     ["P-2", *LOAN[1:], None, None]]})
    problems = import_workbook(session, path).problems
    assert problems == ["Pinjaman, row 3, column L (Tanggal Lunas Saat Keluar): member 1 left on "
                        "01/03/2024 with loans settled from her savings; this loan is still open, "
                        "so settle it on that date too"]
    _nothing_written(session)


def test_problems_notices_and_summary_read_in_indonesian(session, tmp_path):
    set_language("id")
    result = import_workbook(session, make(tmp_path / "id.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1", **{"Jenis Kelamin": "X"})], "Rekap": [["x"]]}))
    assert result.problems == [
        "Anggota, baris 2, kolom D (Jenis Kelamin): 'X' bukan jenis kelamin (tulis P atau L)"]
    assert result.notices == ["Lembar 'Rekap' bukan bagian dari format dan dilewati."]
    assert result.summary() == (
        "Ditemukan 1 masalah; tidak ada yang diimpor. Perbaiki berkas lalu coba lagi.")
    ok = import_workbook(session, make(tmp_path / "ok.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2")]}))
    assert ok.summary() == f"Berhasil diimpor: anggota 2 (impor no. {ok.batch_id})."
    assert describe_counts(imports.list_batches(session)[0].counts) == "anggota 2"
