"""The `koperasi` command line's syntax: every command, its arguments and their types.

Only the standard library at import time, so `python -m desktop_app` shows its window
before SQLAlchemy loads.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from desktop_app import __version__
from desktop_app.i18n import LANGUAGES, tr

# report names on the command line -> keys of services/report_documents.REPORTS
REPORT_NAMES = {
    "trial-balance": "trial_balance", "balance-sheet": "balance_sheet",
    "income-statement": "income_statement", "cash-book": "cash_book",
    "member-savings": "member_savings", "loan-portfolio": "loan_portfolio",
    "inventory": "inventory", "ngo-indicators": "indicators", "shu": "shu",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="koperasi", description=tr("Bookkeeping for savings-and-loan cooperatives.")
    )
    parser.add_argument("--version", action="version", version=f"koperasi {__version__}")
    parser.add_argument(
        "--db", type=book_location,
        help=tr("the book file (default: in the user data folder), or a server book "
                "postgresql://user@host:port/dbname"),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=tr("language of the interface"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=tr("fill a new book with a demo cooperative"))
    demo.add_argument("--members", type=int, default=150)
    demo.add_argument("--years", type=int, default=3)
    demo.add_argument("--seed", type=int, default=1)

    commands.add_parser("check", help=tr("verify the book"))

    imp = commands.add_parser("import", help=tr("import a workbook"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--force", action="store_true", help=tr("import a file imported before"))
    imp.add_argument("--grid-kind", choices=("wajib", "pokok", "sukarela", "angsuran"),
                     help=tr("what a grid holds when its title does not say"))
    imp.add_argument("--grid-year", type=int, help=tr("the year of a grid's months"))
    imp.add_argument("--grid-date",
                     help=tr("the day of each grid movement: first, last or a day number"))
    imp.add_argument("--preset", help=tr("read the file with a column mapping saved in the book"))

    exp = commands.add_parser("export", help=tr("export the book to a workbook"))
    exp.add_argument("file", type=Path)
    exp.add_argument("--from", dest="date_from", type=iso_date)
    exp.add_argument("--to", dest="date_to", type=iso_date)

    sched = commands.add_parser("loan-schedule", help=tr("print a loan schedule as CSV"))
    sched.add_argument("--principal", type=int, required=True)
    sched.add_argument("--rate", type=decimal_number, required=True, help=tr("percent per month"))
    term = sched.add_mutually_exclusive_group(required=True)
    term.add_argument("--months", type=int, help=tr("number of monthly installments"))
    term.add_argument("--installments", type=int,
                      help=tr("number of installments of any frequency"))
    sched.add_argument("--method", choices=("flat", "menurun", "anuitas"), required=True)
    sched.add_argument("--start", type=iso_date, default=None)
    sched.add_argument("--every", choices=("week", "2weeks", "month"), default="month",
                       help=tr("installment frequency; the rate stays per month (× 12/52 a "
                               "week, × 12/26 for two weeks)"))
    sched.add_argument("--grace", type=int, default=0,
                       help=tr("the first N installments carry no principal"))
    sched.add_argument("--grace-kind", choices=("interest", "none"), default="interest",
                       help=tr("in the grace period pay the interest, or nothing (the "
                               "interest is added to the first installment after it)"))
    sched.add_argument("--round-to", type=int, default=1,
                       help=tr("round installments to this amount; interest stays exact"))
    sched.add_argument("--round", choices=("half-up", "up"), default="half-up")
    sched.add_argument("--first-due", type=iso_date, default=None,
                       help=tr("first due date; the first period's interest is by days"))

    bak = commands.add_parser("backup", help=tr("back the book up to a file or folder"))
    bak.add_argument("destination", type=Path)
    res = commands.add_parser("restore", help=tr("replace the book with a verified backup"))
    res.add_argument("source", type=Path)
    copy = commands.add_parser(
        "copy", help=tr("copy a whole book to a new file or an empty server database")
    )
    copy.add_argument("source", type=book_location)
    copy.add_argument("destination", type=book_location)

    shot = commands.add_parser("screenshot", help=tr("render every page to PNG"))
    shot.add_argument("directory", type=Path)

    user = commands.add_parser("user", help=tr("manage users"))
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help=tr("create a user"))
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("treasurer", "chair", "auditor"))
    add.add_argument("--full-name", default="")
    add.add_argument("--password-stdin", action="store_true", required=True)

    pin = commands.add_parser("member-pin", help=tr("set a member's kiosk PIN from stdin"))
    pin.add_argument("member_no")
    pin.add_argument("--pin-stdin", action="store_true", required=True)

    shu = commands.add_parser("shu", help=tr("print the SHU of a fiscal year as CSV"))
    shu.add_argument("year", type=int)

    cons = commands.add_parser(
        "consolidate", help=tr("many cooperatives' figures side by side (workbooks, books, "
                               "folders)"))
    cons.add_argument("sources", nargs="+")
    cons.add_argument("--out", type=Path, required=True, help=tr("the workbook to write"))
    cons.add_argument("--pdf", type=Path, help=tr("also a PDF with charts"))
    cons.add_argument("--as-of", dest="as_of", type=iso_date)
    cons.add_argument("--quarters", type=int, default=4)

    rep = commands.add_parser("report", help=tr("write a report to PDF or Excel"))
    rep.add_argument("name", choices=REPORT_NAMES)
    rep.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    rep.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    rep.add_argument("--as-of", dest="as_of", type=iso_date, metavar="YYYY-MM-DD")
    rep.add_argument("--year", type=int, help=tr("fiscal year (required for shu)"))
    out = rep.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path)
    out.add_argument("--xlsx", type=Path)
    return parser


def book_location(text: str) -> Path | str:
    """A book file path, or a server book's postgresql:// address kept as text."""
    from desktop_app.db.location import is_server_url

    return text if is_server_url(text) else Path(text)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a date YYYY-MM-DD", text=text))


def decimal_number(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a number", text=text))
