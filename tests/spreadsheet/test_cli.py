"""`koperasi import` and `koperasi export` on the command line."""

from __future__ import annotations

from datetime import date

import openpyxl
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.db.book import open_book
from desktop_app.db.models import JournalEntry, Member
from desktop_app.domain import journal
from desktop_app.domain.accounts import KAS, PIUTANG_PINJAMAN, EntryKind
from desktop_app.services import ledger
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member


def _counts(path):
    book = open_book(path)
    try:
        with book.session() as session:
            return (session.scalar(select(func.count(Member.id))),
                    session.scalar(select(func.count(JournalEntry.id))))
    finally:
        book.close()


def test_import_prints_each_problem_exits_non_zero_and_writes_nothing(book_file, tmp_path, capsys):
    bad = make(tmp_path / "bad.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1"), member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "9", "Sukarela", "abc", None]]})
    assert main(["--lang", "en", "--db", str(book_file), "import", str(bad)]) != 0
    lines = capsys.readouterr().out.splitlines()
    assert "Anggota, row 3, column A (No. Anggota): member number 1 appears twice (also on row 2)" in lines
    assert "Simpanan, row 2, column D (Setor): 'abc' is not an amount" in lines
    assert _counts(book_file) == (0, 0)


def test_dry_run_then_import_then_export(book_file, tmp_path, capsys):
    good = make(tmp_path / "good.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, ["01/01/2024", "1", "Sukarela", "Rp 50.000", None]]})
    assert main(["--lang", "en", "--db", str(book_file), "import", str(good), "--dry-run"]) == 0
    assert "Dry run: the import would create members 1, savings rows 1." in capsys.readouterr().out
    assert _counts(book_file) == (0, 0)
    assert main(["--lang", "en", "--db", str(book_file), "import", str(good)]) == 0
    assert _counts(book_file) == (1, 1)
    assert main(["--lang", "en", "--db", str(book_file), "import", str(good)]) != 0  # again
    output = capsys.readouterr().out
    assert "already imported" in output and "member 1 is already in the book" in output
    more = make(tmp_path / "more.xlsx", {
        "Simpanan": [SAVINGS_HEADER, ["02/01/2024", "1", "Sukarela", "Rp 25.000", None]]})
    assert main(["--lang", "en", "--db", str(book_file), "import", str(more)]) == 0
    assert main(["--lang", "en", "--db", str(book_file), "import", str(more)]) != 0
    assert main(["--lang", "en", "--db", str(book_file), "import", str(more), "--force"]) == 0
    assert _counts(book_file) == (1, 3)

    out = tmp_path / "out.xlsx"
    assert main(["--lang", "en", "--db", str(book_file), "export", str(out), "--to", "2024-12-31"]) == 0
    sheet = openpyxl.load_workbook(out)["Saldo Anggota"]
    assert sheet["E2"].value == 100_000


def test_import_of_something_that_is_not_a_workbook_is_a_clear_error(book_file, tmp_path, capsys):
    text_file = tmp_path / "notes.xlsx"
    text_file.write_text("just text")
    assert main(["--lang", "en", "--db", str(book_file), "import", str(text_file)]) != 0
    assert "is not a workbook (.xlsx, .xlsm, .xls, .ods or .csv)" in capsys.readouterr().err


def test_export_prints_each_notice_on_its_own_line(book_file, tmp_path, capsys):
    """A hand-posted entry on loan principal has no place in the workbook: said, not hidden."""
    book = open_book(book_file)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        for day in (date(2024, 1, 1), date(2024, 2, 1)):
            ledger.post(session, journal.EntryDraft(day, EntryKind.TRANSFER, "koreksi", [
                journal.debit(PIUTANG_PINJAMAN, 1000), journal.credit(KAS, 1000)]))
    book.close()
    out = tmp_path / "out.xlsx"
    assert main(["--lang", "en", "--db", str(book_file), "export", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == [
        "2 entries of kind transfer cannot be written in the workbook format and were left "
        "out of the movement sheets.", f"Exported to {out}"]


def test_a_grid_needs_its_kind_and_year_then_imports_with_the_chosen_day(book_file, tmp_path,
                                                                         capsys):
    grid = make(tmp_path / "grid.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2")],
        "Kelompok Mawar": [["No", "Jan", "Feb", "Jumlah"], ["1", 5000, 5000, 10000],
                           ["2", 5000, None, 5000], ["Jumlah", 10000, 5000, 15000]]})
    base = ["--lang", "en", "--db", str(book_file), "import", str(grid)]
    assert main(base) == 1
    out = capsys.readouterr().out
    assert "the year of this month is not in the header" in out
    assert "add up to" not in out  # unknown months: the Jumlah column is not checked
    assert main([*base, "--grid-year", "2024", "--grid-date", "40"]) == 1
    assert "must be first, last or a day from 1 to 31" in capsys.readouterr().err
    assert main([*base, "--grid-year", "2024", "--grid-kind", "sukarela",
                 "--grid-date", "last"]) == 0
    out = capsys.readouterr().out
    assert "Kelompok Mawar: 1 total or subtotal row(s) skipped" in out
    assert "Imported members 2, savings rows 3" in out
