"""`koperasi --db B report NAME … (--pdf F | --xlsx F)`: the Reports page's documents from
the command line, read back as a reader sees them (PDF text, workbook cells)."""

from __future__ import annotations

import gc
import subprocess
import sys
from datetime import date

import inventory_book
import loan_book
import pytest
from openpyxl import load_workbook
from pdf_text import pdf_text
from report_book import build

from desktop_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from desktop_app.db.book import open_book
from desktop_app.services import loans
from desktop_app.services.context import SYSTEM_ACTOR, set_actor

# title, and a figure of the known book (tests/report_book.py) as the page prints it
EXPECTED = {
    "trial-balance": ({"id": "Neraca Saldo", "en": "Trial balance"}, "1.387.655"),  # Kas
    "balance-sheet": ({"id": "Neraca", "en": "Balance sheet"}, "2.287.655"),  # total assets
    "income-statement": ({"id": "Perhitungan Hasil Usaha", "en": "Income statement"},
                         "47.655"),
    "cash-book": ({"id": "Buku Kas", "en": "Cash book"}, "1.000.000"),  # the grant
    "member-savings": ({"id": "Rekap simpanan anggota", "en": "Member savings summary"},
                       "740.000"),  # Siti Aminah's total
    "loan-portfolio": ({"id": "Portofolio pinjaman", "en": "Loan portfolio"}, "PAR30"),
    "inventory": ({"id": "Persediaan dan penjualan", "en": "Inventory and sales"}, "0"),
    "ngo-indicators": ({"id": "Indikator LSM", "en": "NGO indicators"}, "4"),
    "shu": ({"id": "SHU", "en": "SHU"}, "4.910"),  # Siti Aminah's jasa modal
}


@pytest.fixture
def known_book(book_file, qapp):  # qapp: the PDF is drawn by Qt in this process
    book = open_book(book_file)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        build(session)
    book.close()
    return book_file


def report(book_file, *args, lang="id"):
    return main(["--lang", lang, "--db", str(book_file), "report", *args])


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_report_prints_its_title_and_figures(known_book, tmp_path, name, language):
    target = tmp_path / f"{name}.pdf"
    assert report(known_book, name, "--year", "2024", "--pdf", str(target),
                  lang=language) == EXIT_OK
    text = pdf_text(target)
    titles, figure = EXPECTED[name]
    assert titles[language] in text
    assert figure in text
    assert "Koperasi" in text  # the cooperative's name heads every page


@pytest.mark.parametrize("language, words", [
    ("id", ["Portofolio pinjaman", "Per 28/02/2025", "Sisa pokok pinjaman: 1.100.000",
            "Lancar 1 1.100.000 100,0%"]),
    ("en", ["Loan portfolio", "As of 28/02/2025", "Outstanding principal: 1.100.000",
            "Current (Lancar) 1 1.100.000 100,0%"]),
])
def test_the_loan_portfolio_ages_what_is_owed(book_file, qapp, tmp_path, language, words):
    book = open_book(book_file)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        member = loan_book.add_member(session, "A001", "Siti Aminah", savings=1_000_000)
        loan_book.running_loan(session, member, loan_book.add_product(session),
                               principal=1_200_000, on=date(2025, 1, 10))
        loans.repay(session, 1, date(2025, 2, 10), 118_000)
    book.close()
    target = tmp_path / "portfolio.pdf"
    assert report(book_file, "loan-portfolio", "--as-of", "2025-02-28", "--pdf", str(target),
                  lang=language) == EXIT_OK
    text = pdf_text(target)
    assert all(word in text for word in words), text


def test_the_inventory_report_values_the_stock(book_file, qapp, tmp_path):
    book = open_book(book_file)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        inventory_book.build(session)
    book.close()
    target = tmp_path / "stock.pdf"
    assert report(book_file, "inventory", "--as-of", "2025-12-31", "--pdf", str(target),
                  lang="en") == EXIT_OK
    text = pdf_text(target)
    assert "Inventory and sales" in text and "240.000" in text, text


def test_member_names_and_amounts_as_on_screen(known_book, tmp_path):
    target = tmp_path / "savings.pdf"
    assert report(known_book, "member-savings", "--as-of", "2024-12-31",
                  "--pdf", str(target)) == EXIT_OK
    text = pdf_text(target)
    assert "Siti Aminah" in text and "Dewi Lestari" in text
    assert "740.000" in text and "740000" not in text


def test_a_period_report_to_excel_has_the_numbers_as_numbers(known_book, tmp_path, capsys):
    target = tmp_path / "tb.xlsx"
    assert report(known_book, "trial-balance", "--as-of", "2024-12-31",
                  "--xlsx", str(target), lang="en") == EXIT_OK
    assert f"Saved to {target}" in capsys.readouterr().out
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    kas = next(r for r in rows if r[0] == "1101")
    assert kas[2] == 1_387_655
    total = next(r for r in rows if r[1] == "Total")
    assert total[2] == total[3] and isinstance(total[2], int)


def test_the_shu_to_excel_lists_the_members(known_book, tmp_path):
    target = tmp_path / "shu.xlsx"
    assert report(known_book, "shu", "--year", "2024", "--xlsx", str(target)) == EXIT_OK
    cells = [c for ws in load_workbook(target).worksheets
             for row in ws.iter_rows(values_only=True) for c in row]
    assert "Siti Aminah" in cells and 4_910 in cells


def test_from_and_to_choose_the_period(known_book, tmp_path):
    target = tmp_path / "cash.pdf"
    assert report(known_book, "cash-book", "--from", "2025-01-01", "--to", "2025-01-31",
                  "--pdf", str(target), lang="en") == EXIT_OK
    text = pdf_text(target)
    assert "01/01/2025" in text and "31/01/2025" in text
    assert "20.000" in text and "1.000.000" not in text  # only January's wajib


@pytest.mark.parametrize("args, message", [
    (["shu", "--pdf", "x.pdf"], "needs --year"),
    (["cash-book", "--year", "2024", "--from", "2024-01-01", "--pdf", "x.pdf"],
     "either --year or dates"),
    (["cash-book", "--as-of", "2024-01-01", "--to", "2024-02-01", "--pdf", "x.pdf"],
     "give one of them"),
    (["profit", "--pdf", "x.pdf"], "invalid choice: 'profit'"),
    (["cash-book", "--pdf", "x.pdf", "--xlsx", "x.xlsx"], "not allowed with"),
    (["cash-book"], "one of the arguments --pdf --xlsx is required"),
    (["cash-book", "--from", "2024-02-30", "--pdf", "x.pdf"], "is not a date"),
    (["cash-book", "--from", "31/12/2024", "--pdf", "x.pdf"], "is not a date"),
])
def test_wrong_arguments_are_refused_with_exit_2(known_book, tmp_path, monkeypatch, capsys,
                                                 args, message):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(["--lang", "en", "--db", str(known_book), "report", *args])
    except SystemExit as refused_by_argparse:
        code = refused_by_argparse.code
    assert code == EXIT_USAGE
    assert message in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_a_backwards_period_is_refused_and_nothing_written(known_book, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    assert report(known_book, "cash-book", "--from", "2024-12-31", "--to", "2024-01-01",
                  "--pdf", str(target), lang="en") == EXIT_FAILED
    assert "starts after it ends" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_an_unwritable_file_is_refused(known_book, tmp_path, capsys):
    for option, name in (("--pdf", "x.pdf"), ("--xlsx", "x.xlsx")):
        target = tmp_path / "no-such-folder" / name
        assert report(known_book, "cash-book", option, str(target), lang="en") == EXIT_FAILED
        assert "Could not write" in capsys.readouterr().err
    gc.collect()  # a workbook left unsaved would write into its closed files here


def test_a_missing_book_is_refused(tmp_path, capsys):
    assert main(["--lang", "en", "--db", str(tmp_path / "none.sqlite3"), "report",
                 "cash-book", "--pdf", str(tmp_path / "x.pdf")]) == EXIT_FAILED
    assert "There is no book" in capsys.readouterr().err


def test_the_installed_command_draws_the_pdf_without_a_window(known_book, tmp_path):
    """A fresh process (no Qt application yet), Indonesian by default."""
    target = tmp_path / "neraca.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(known_book), "report",
         "balance-sheet", "--as-of", "2024-12-31", "--pdf", str(target)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert f"Disimpan ke {target}" in done.stdout
    text = pdf_text(target)
    assert "Neraca" in text and "Jumlah aset" in text and "2.287.655" in text
