"""Fuzzing the import: workbooks with random values in every column of every sheet
(huge and tiny numbers, odd dates, control characters, formulas, plausible values).
Whatever the file holds, `koperasi import` never crashes (exit 3): it imports (and
the book stays sound) or refuses with problems and leaves the book as it was."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import text

from desktop_app.cli import EXIT_FAILED, EXIT_OK, main
from desktop_app.db.book import open_book
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.check import check_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.columns import IMPORT_SHEETS

TEMPLATE = Path(tempfile.mkdtemp(prefix="fuzz-book-")) / "template.sqlite3"
TABLES = ("member", "journal_entry", "journal_line", "loan", "product", "import_batch",
          "stock_movement", "audit_log")

# A valid workbook (by column key); each example changes a few of its cells.
BASE = {
    "members": [dict(member_no="1", name="Siti", gender="P", address="Jl. Mawar", group="Melati",
                     join_date="01/01/2024", head_of_household="Ya", status="Aktif"),
                dict(member_no="2", name="Dewi", birth_date="02/03/1980", join_date="01/01/2024")],
    "savings": [dict(date="02/01/2024", member_no="1", type="Wajib", deposit=10000, note="setor"),
                dict(date="03/01/2024", member_no="2", type="Sukarela", deposit=50000),
                dict(date="04/01/2024", member_no="2", type="Sukarela", withdrawal=20000)],
    "loans": [dict(loan_no="L1", member_no="1", disbursed_on="05/01/2024", principal=1_000_000,
                   rate="1,5", term=10, method="Flat", purpose="modal", guarantor="Budi")],
    "repayments": [dict(date="05/02/2024", loan_no="L1", amount=115_000)],
    "products": [dict(code="P1", name="Sabun", unit="pcs", sale_price=5000, cost_price=4000,
                      opening_stock=10)],
    "sales": [dict(date="03/01/2024", market="Pasar Senin", code="P1", quantity=2,
                   unit_price=5000)],
    "cash": [dict(date="04/01/2024", account="5201", cash_out=20000, note="listrik")],
}
WILD = st.one_of(
    st.none(),
    st.integers(-(10**25), 10**25),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1e308, 9.3e18, 12345678901234567890, "99999999999999999999", 10**15 + 1,
                     1e-9, -5, 0]),
    st.dates(date(1800, 1, 1), date(9999, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 1, 1)),
    st.sampled_from(["31/12/1899", "01/01/1900", "31/12/9999", "30/02/2024", "2024-13-01"]),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["=1+1", "=SUM(A1:A3)", "\t=1+1", "@SUM(A1)", "\x1b[31m", "_x001B_",
                     "\u202e", "Rp", "-", "", "x" * 200]),
)
SPECS = [spec for spec in IMPORT_SHEETS if spec.key in BASE]  # the programme sheets: not yet
# Which cell to change: (sheet, row, column), drawn over every column of every sheet.
CHANGE = st.integers(0, len(SPECS) - 1).flatmap(lambda s: st.tuples(
    st.just(s), st.integers(0, len(BASE[SPECS[s].key]) - 1),
    st.integers(0, len(SPECS[s].columns) - 1), WILD))
WORKBOOKS = st.tuples(st.lists(CHANGE, max_size=4),
                      st.sets(st.sampled_from([spec.name for spec in SPECS]), max_size=3))


def build_sheets(changes, dropped) -> dict[str, list[list]]:
    sheets = {spec.name: [[row.get(c.key) for c in spec.columns] for row in BASE[spec.key]]
              for spec in SPECS if spec.name not in dropped}
    for sheet, row, column, value in changes:
        if SPECS[sheet].name in sheets:
            sheets[SPECS[sheet].name][row][column] = value
    return sheets


def writable(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
    return value


def write_workbook(path: Path, sheets: dict[str, list[list]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in IMPORT_SHEETS:
        if spec.name in sheets:
            sheet = book.create_sheet(spec.name)
            sheet.append([c.name for c in spec.columns])
            for row in sheets[spec.name]:
                sheet.append([writable(v) for v in row])
    if not book.sheetnames:
        book.create_sheet("Kosong")
    book.save(path)


def fingerprint(path: Path) -> dict[str, int]:
    book = open_book(path)
    try:
        with book.session() as session:
            return {t: session.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    finally:
        book.close()


def setup_module():
    create_book(TEMPLATE, DEFAULT_PROFILE).close()


def teardown_module():
    shutil.rmtree(TEMPLATE.parent, ignore_errors=True)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(WORKBOOKS)
def test_import_never_crashes_and_imports_whole_or_nothing(drawn):
    sheets = build_sheets(*drawn)
    with tempfile.TemporaryDirectory() as folder:
        workbook, book = Path(folder) / "fuzz.xlsx", Path(folder) / "book.sqlite3"
        try:
            write_workbook(workbook, sheets)
        except (ValueError, TypeError, OverflowError):
            return  # openpyxl itself cannot write this value: not a workbook to test
        shutil.copy(TEMPLATE, book)
        before = fingerprint(book)
        code = main(["--lang", "en", "--db", str(book), "import", str(workbook)])
        event(f"exit {code}")
        assert code in (EXIT_OK, EXIT_FAILED)
        after = fingerprint(book)
        if code == EXIT_FAILED:
            assert after == before
        else:
            assert after["import_batch"] == before["import_batch"] + 1
            opened = open_book(book)
            with opened.session() as session:
                set_actor(session, SYSTEM_ACTOR)
                assert check_book(session) == []
            opened.close()
