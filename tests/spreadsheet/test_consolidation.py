"""The NGO officer's consolidation: many books and workbooks side by side."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date

import loan_book
import pytest
import report_book
from openpyxl import load_workbook
from sqlalchemy import text

from desktop_app.db.models import Member
from desktop_app.domain import accounts as acc
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.i18n import set_language
from desktop_app.services import ledger, reports
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.consolidation import consolidate
from desktop_app.spreadsheet.consolidation_workbook import write_consolidation
from desktop_app.spreadsheet.exporter import export_book
from tests.spreadsheet.workbooks import SAVINGS_HEADER, make

AS_OF = date(2025, 3, 31)


def book_file(path, name, build):
    """A book file named `name`, filled by `build(session)`."""
    book = create_book(path, dataclasses.replace(DEFAULT_PROFILE, name=name))
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            build(session)
    finally:
        book.close()
    return path


def borrowers(session):
    """Two members with savings and one loan that has not been repaid since January."""
    first = loan_book.add_member(session, "B01", "Ani", savings=2_000_000)
    loan_book.add_member(session, "B02", "Ina", savings=500_000)
    product = loan_book.add_product(session)
    loan_book.running_loan(session, first, product, on=date(2025, 1, 10))


def own_figures(path, start, end):
    """What the book's own reports say (the in-app NGO indicators and balance sheet)."""
    from desktop_app.db.book import open_book

    book = open_book(path)
    try:
        with book.session() as session:
            return reports.indicators(session, start, end), reports.balance_sheet(session, end)
    finally:
        book.close()


@pytest.fixture
def two_books(tmp_path):
    return (book_file(tmp_path / "melati.sqlite3", "Koperasi Melati", report_book.build),
            book_file(tmp_path / "mawar.sqlite3", "Koperasi Mawar", borrowers))


def test_totals_are_the_sum_of_each_books_own_report(two_books):
    result = consolidate([str(p) for p in two_books], AS_OF, quarters=2)
    assert [s.name for s in result.sources] == ["Koperasi Melati", "Koperasi Mawar"]
    assert result.periods == [(date(2024, 10, 1), date(2024, 12, 31)),
                              (date(2025, 1, 1), date(2025, 3, 31))]
    total = result.latest()
    own = [own_figures(p, date(2025, 1, 1), AS_OF) for p in two_books]
    assert total.members == sum(ind.members for ind, _ in own) == 6
    assert total.heads_of_household == sum(ind.women_heads_of_household for ind, _ in own)
    assert total.loans_disbursed_amount == sum(i.loans_disbursed_amount for i, _ in own)
    assert total.loans_disbursed_amount == 1_200_000
    assert total.market_sales == sum(ind.market_sales for ind, _ in own)
    savings_lines = {acc.SIMPANAN_POKOK, acc.SIMPANAN_WAJIB, acc.SIMPANAN_SUKARELA}
    assert total.savings_total == sum(
        row.amount for _, sheet in own for row in sheet.liabilities + sheet.equity
        if row.code in savings_lines)
    assert total.savings_total == 300_000 + 380_000 + 400_000 + 2_500_000
    assert total.loans_outstanding == 900_000 + 1_200_000
    # ratios of the total come from summed parts, not from averaging two ratios
    assert total.par30 == pytest.approx(1_200_000 / 2_100_000)


def test_an_exported_workbook_reads_as_the_book_it_came_from(tmp_path, two_books):
    mawar = two_books[1]
    from desktop_app.db.book import open_book

    book = open_book(mawar)
    with book.session() as session:
        export_book(session, tmp_path / "mawar.xlsx")
    book.close()
    result = consolidate([str(mawar), str(tmp_path / "mawar.xlsx")], AS_OF, quarters=2)
    from_book, from_workbook = result.sources
    assert from_workbook.included, from_workbook.problems
    assert from_workbook.name == "Koperasi Mawar"  # carried in the workbook's properties
    assert from_workbook.exported_on == date.today()
    assert from_workbook.quarters == from_book.quarters
    assert from_book.quarters[-1].loans_outstanding == 1_200_000


def test_a_bad_workbook_is_listed_with_its_problems_and_left_out(tmp_path, two_books):
    bad = make(tmp_path / "rusak.xlsx", {"Simpanan": [
        SAVINGS_HEADER, ["05/01/2025", "X99", "Wajib", 20_000, None, None]]})
    good = consolidate([str(p) for p in two_books], AS_OF, quarters=1)
    mixed = consolidate([str(two_books[0]), str(bad), str(two_books[1])], AS_OF, quarters=1)
    left_out = mixed.sources[1]
    assert not left_out.included
    assert any("X99" in problem for problem in left_out.problems)
    assert [s.name for s in mixed.included] == ["Koperasi Melati", "Koperasi Mawar"]
    assert mixed.totals() == good.totals()


def test_a_folder_is_read_whole_and_a_missing_file_is_named(tmp_path, two_books):
    result = consolidate([str(tmp_path), str(tmp_path / "hilang.xlsx")], AS_OF, quarters=1)
    assert sorted(s.name for s in result.included) == ["Koperasi Mawar", "Koperasi Melati"]
    assert result.sources[-1].problems == [f"There is no file {tmp_path / 'hilang.xlsx'}."]


def test_flags_fire_on_books_made_to_trip_them(tmp_path):
    def troubled(session):
        borrowers(session)  # its loan is unpaid since February: PAR30 100%
        ledger.post(session, EntryDraft(date(2019, 12, 1), EntryKind.EXPENSE, "Sewa",
                                        [debit(acc.BEBAN_OPERASIONAL, 50_000),
                                         credit(acc.KAS, 50_000)]))
        session.execute(text(  # an unbalanced line slipped in past the services
            "INSERT INTO journal_line (entry_id, account_id, amount) SELECT MAX(e.id), "
            "(SELECT id FROM account WHERE code = :beban), 7 FROM journal_entry e"),
            {"beban": acc.BEBAN_OPERASIONAL})
        session.commit()

    path = book_file(tmp_path / "sulit.sqlite3", "Koperasi Sulit", troubled)
    (flags,) = [s.flags for s in consolidate([str(path)], date(2025, 6, 30), 1).sources]
    assert "The trial balance is out of balance by Rp 7." in flags
    assert "Cash fell below zero: -Rp 50.000 on 01/12/2019." in flags
    assert "PAR30 is 100,0%, above 10,0%." in flags
    assert "2 of 2 active members are 3 or more months behind on Simpanan Wajib." in flags
    assert any(f.startswith("No entries for ") for f in flags)


def test_a_sound_book_raises_no_flag_and_an_old_export_does(tmp_path):
    def sound(session):
        sri = Member(number="C01", name="Sri", join_date=date(2025, 1, 2))
        session.add(sri)
        session.flush()
        for month in range(1, 4):
            ledger.post(session, EntryDraft(date(2025, month, 5), EntryKind.DEPOSIT, "Wajib",
                                            [debit(acc.KAS, 20_000),
                                             credit(acc.SIMPANAN_WAJIB, 20_000, member_id=sri.id)]))

    path = book_file(tmp_path / "sehat.sqlite3", "Koperasi Sehat", sound)
    assert consolidate([str(path)], date(2025, 3, 31), 1).sources[0].flags == []
    from desktop_app.db.book import open_book

    book = open_book(path)
    with book.session() as session:
        export_book(session, tmp_path / "sehat.xlsx")
    book.close()
    later = date.today().replace(year=date.today().year + 1)
    (source,) = consolidate([str(tmp_path / "sehat.xlsx")], later, 1).sources
    assert any(flag.startswith("The workbook was exported ") for flag in source.flags)


def test_the_workbook_has_totals_a_sheet_per_figure_flags_and_sources(tmp_path, two_books):
    evil = book_file(tmp_path / "evil.sqlite3", "=HYPERLINK(\"http://x\")", borrowers)
    result = consolidate([*(str(p) for p in two_books), str(evil)], AS_OF, quarters=2)
    out = write_consolidation(result, tmp_path / "gabungan.xlsx")
    sheets = load_workbook(out)
    assert {"Totals", "Members", "PAR30", "Total savings", "Flags", "Sources"} <= set(
        sheets.sheetnames)
    totals = {row[0]: row[1:] for row in sheets["Totals"].iter_rows(values_only=True)}
    assert totals["Members"][:2] == (8, 8)
    assert totals["Total savings"][1] == result.latest().savings_total
    members = list(sheets["Members"].iter_rows(values_only=True))
    assert members[0] == ("Cooperative", "2024 Q4", "2025 Q1")
    assert members[-1] == ("Total", 8, 8)
    cell = sheets["Members"]["A4"]
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"
    flagged = [row[0] for row in sheets["Flags"].iter_rows(min_row=2, values_only=True)]
    assert "Koperasi Mawar" in flagged


def run_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize(("lang", "title", "members"), [
    ("en", "Consolidation of cooperatives", "Members"),
    ("id", "Gabungan koperasi", "Anggota"),
])
def test_cli_writes_the_workbook_and_a_pdf_with_its_text(tmp_path, two_books, lang, title,
                                                         members):
    from pypdf import PdfReader

    done = run_cli("--lang", lang, "consolidate", str(two_books[0]), str(two_books[1]),
                   "--out", str(tmp_path / "g.xlsx"), "--pdf", str(tmp_path / "g.pdf"),
                   "--as-of", "2025-03-31", "--quarters", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Koperasi Mawar" in done.stdout
    pdf = " ".join(" ".join(page.extract_text().split())
                   for page in PdfReader(tmp_path / "g.pdf").pages)
    for expected in (title, "Koperasi Melati", "Koperasi Mawar", members, "PAR30",
                     "3.580.000", "2.100.000"):
        assert expected in pdf
    assert load_workbook(tmp_path / "g.xlsx").sheetnames[0] in ("Totals", "Total")


def test_cli_refuses_when_no_source_can_be_read(tmp_path):
    done = run_cli("--lang", "en", "consolidate", str(tmp_path / "none.xlsx"),
                   "--out", str(tmp_path / "g.xlsx"), cwd=tmp_path)
    assert done.returncode == 1
    assert "No source could be read; nothing was written." in done.stderr
    assert not (tmp_path / "g.xlsx").exists()
    bad_quarters = run_cli("consolidate", "x", "--out", "g.xlsx", "--quarters", "0",
                           cwd=tmp_path)
    assert bad_quarters.returncode == 1


def test_many_sources_read_by_several_processes_give_the_same_figures_in_order(
        tmp_path, two_books):
    bad = make(tmp_path / "rusak.xlsx", {"Simpanan": [
        SAVINGS_HEADER, ["05/01/2025", "X99", "Wajib", 20_000, None, None]]})
    sources = [str(two_books[0]), str(bad), str(two_books[1]), str(two_books[0])]
    set_language("id")
    try:
        alone = consolidate(sources, AS_OF, quarters=2, readers=1)
        together = consolidate(sources, AS_OF, quarters=2, readers=2)
    finally:
        set_language("en")
    assert [s.name for s in together.sources] == [
        "Koperasi Melati", "rusak", "Koperasi Mawar", "Koperasi Melati"]
    assert together.sources == alone.sources  # figures, flags and problems alike
    assert any("X99" in p for p in together.sources[1].problems)
    assert together.totals() == alone.totals()
    assert together.latest().members == 2 * 4 + 2  # Melati twice, Mawar once


def test_a_cancel_stops_the_readers_before_the_remaining_sources(tmp_path, two_books):
    sources = [str(two_books[0])] * 6
    seen = []
    result = consolidate(sources, AS_OF, quarters=1, readers=2,
                         progress=lambda done, total, source: seen.append(done),
                         cancelled=lambda: len(seen) >= 2)
    assert len(result.sources) == 2 and seen[-1] == 6
