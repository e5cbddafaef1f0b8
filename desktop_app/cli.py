"""The command line (DESIGN.md section 6). Commands are thin: they call services.

No traceback ever reaches the user: a KoperasiError prints its message (and its list of
problems); anything unexpected is logged to a file and summarised in one line.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from desktop_app import __version__, config
from desktop_app.errors import BookError, KoperasiError, ValidationError
from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language, tr

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="koperasi", description=tr("Bookkeeping for savings-and-loan cooperatives.")
    )
    parser.add_argument("--version", action="version", version=f"koperasi {__version__}")
    parser.add_argument(
        "--db", type=_book_location,
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
    exp.add_argument("--from", dest="date_from", type=_iso_date)
    exp.add_argument("--to", dest="date_to", type=_iso_date)

    sched = commands.add_parser("loan-schedule", help=tr("print a loan schedule as CSV"))
    sched.add_argument("--principal", type=int, required=True)
    sched.add_argument("--rate", type=_decimal, required=True, help=tr("percent per month"))
    term = sched.add_mutually_exclusive_group(required=True)
    term.add_argument("--months", type=int, help=tr("number of monthly installments"))
    term.add_argument("--installments", type=int,
                      help=tr("number of installments of any frequency"))
    sched.add_argument("--method", choices=("flat", "menurun", "anuitas"), required=True)
    sched.add_argument("--start", type=_iso_date, default=None)
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
    sched.add_argument("--first-due", type=_iso_date, default=None,
                       help=tr("first due date; the first period's interest is by days"))

    bak = commands.add_parser("backup", help=tr("back the book up to a file or folder"))
    bak.add_argument("destination", type=Path)
    res = commands.add_parser("restore", help=tr("replace the book with a verified backup"))
    res.add_argument("source", type=Path)
    copy = commands.add_parser(
        "copy", help=tr("copy a whole book to a new file or an empty server database")
    )
    copy.add_argument("source", type=_book_location)
    copy.add_argument("destination", type=_book_location)

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
    cons.add_argument("--as-of", dest="as_of", type=_iso_date)
    cons.add_argument("--quarters", type=int, default=4)

    rep = commands.add_parser("report", help=tr("write a report to PDF or Excel"))
    rep.add_argument("name", choices=REPORT_NAMES)
    rep.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    rep.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    rep.add_argument("--as-of", dest="as_of", type=_iso_date, metavar="YYYY-MM-DD")
    rep.add_argument("--year", type=int, help=tr("fiscal year (required for shu)"))
    out = rep.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path)
    out.add_argument("--xlsx", type=Path)
    return parser


def _book_location(text: str) -> Path | str:
    """A book file path, or a server book's postgresql:// address kept as text."""
    from desktop_app.db.location import is_server_url

    return text if is_server_url(text) else Path(text)


# report names on the command line -> keys of services/report_documents.REPORTS
REPORT_NAMES = {
    "trial-balance": "trial_balance", "balance-sheet": "balance_sheet",
    "income-statement": "income_statement", "cash-book": "cash_book",
    "member-savings": "member_savings", "loan-portfolio": "loan_portfolio",
    "inventory": "inventory", "ngo-indicators": "indicators", "shu": "shu",
}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a date YYYY-MM-DD", text=text))


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a number", text=text))


# ---------------------------------------------------------------- book access


def _book_path(args) -> Path | str:
    return args.db or config.default_book_path()


def _open_existing(args):
    from desktop_app.db.book import open_book

    return open_book(_book_path(args))


def _system_session(book):
    from desktop_app.services.context import SYSTEM_ACTOR, set_actor

    session = book.session()
    set_actor(session, SYSTEM_ACTOR)
    return session


def _progress(label: str) -> Callable[[int, int], None]:
    """A progress callback that draws on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{label}: {percent:3d}%", end="" if done < total else "\n", file=sys.stderr)

    return report


# ---------------------------------------------------------------- commands


def cmd_demo(args) -> int:
    from desktop_app.services import demo
    from desktop_app.services.books import open_or_create

    book = open_or_create(_book_path(args))
    try:
        with _system_session(book) as session:
            summary = demo.generate(
                session, members=args.members, years=args.years, seed=args.seed,
                progress=_progress(tr("Demo data")),
            )
    finally:
        book.close()
    print(tr("Demo book ready: {summary}", summary=summary))
    return EXIT_OK


def cmd_check(args) -> int:
    from desktop_app.services.check import check_book

    book = _open_existing(args)
    try:
        with _system_session(book) as session:
            problems = check_book(session)
    finally:
        book.close()
    if problems:
        for problem in problems:
            print(problem)
        print(tr("The book has {n} problem(s).", n=len(problems)), file=sys.stderr)
        return EXIT_FAILED
    print(tr("The book is sound."))
    return EXIT_OK


def cmd_import(args) -> int:
    from desktop_app.services.books import open_or_create
    from desktop_app.spreadsheet.grids import grid_options
    from desktop_app.spreadsheet.importer import import_workbook

    book = open_or_create(_book_path(args))
    try:
        with _system_session(book) as session:
            result = import_workbook(
                session, args.file, dry_run=args.dry_run, force=args.force,
                progress=_progress(tr("Import")), preset=args.preset, options=grid_options(
                    args.grid_kind, args.grid_year, args.grid_date or "first")
                if args.grid_kind or args.grid_year or args.grid_date else None,
            )
    finally:
        book.close()
    for notice in result.notices:
        print(notice)
    for problem in result.problems:
        print(problem)
    print(result.summary())
    return EXIT_FAILED if result.problems else EXIT_OK


def cmd_export(args) -> int:
    from desktop_app.spreadsheet.exporter import export_book

    book = _open_existing(args)
    try:
        with _system_session(book) as session:
            result = export_book(
                session, args.file, date_from=args.date_from, date_to=args.date_to,
                progress=_progress(tr("Export")),
            )
    finally:
        book.close()
    for notice in result.notices:
        print(notice)
    print(tr("Exported to {path}", path=args.file))
    return EXIT_OK


def cmd_loan_schedule(args) -> int:
    from desktop_app.domain.schedule import ScheduleOptions, build_schedule, schedule_csv

    if args.months is not None and args.every != "month":
        raise ValidationError(tr("--months is for monthly schedules; give --installments N."))
    options = ScheduleOptions(
        frequency=args.every, grace=args.grace, grace_kind=args.grace_kind,
        rounding_unit=args.round_to, rounding_mode=args.round.replace("-", "_"),
        first_due=args.first_due)
    schedule = build_schedule(
        principal=args.principal, monthly_rate_percent=args.rate,
        months=args.months if args.months is not None else args.installments,
        method=args.method, disbursed_on=args.start or date.today(), options=options,
    )
    sys.stdout.write(schedule_csv(schedule))
    return EXIT_OK


def cmd_backup(args) -> int:
    from desktop_app.services.backup import backup

    made = backup(_book_path(args), args.destination)
    print(tr("Backed up to {path}", path=made))
    return EXIT_OK


def cmd_restore(args) -> int:
    from desktop_app.services.backup import restore

    kept = restore(args.source, _book_path(args))
    print(tr("Restored {source}.", source=args.source))
    if kept:
        print(tr("The replaced book was kept as {path}", path=kept))
    return EXIT_OK


def cmd_copy(args) -> int:
    from desktop_app.services.copying import copy_book

    rows = copy_book(args.source, args.destination, progress=_progress(tr("Copy")))
    print(tr("Copied {rows} rows from {source} to {destination}.",
             rows=rows, source=args.source, destination=args.destination))
    return EXIT_OK


def cmd_screenshot(args) -> int:
    from desktop_app.ui.screenshots import render_pages

    book = _open_existing(args)
    try:
        written = render_pages(book, args.directory)
    finally:
        book.close()
    for path in written:
        print(path)
    return EXIT_OK


def cmd_user(args) -> int:
    from desktop_app.services import users

    password = sys.stdin.readline().rstrip("\r\n")
    book = _open_existing(args)
    try:
        with _system_session(book) as session:
            users.add_user(
                session, args.name, role=args.role, password=password, full_name=args.full_name
            )
    finally:
        book.close()
    print(tr("User {name} created.", name=args.name))
    return EXIT_OK


def cmd_member_pin(args) -> int:
    from desktop_app.services import kiosk

    pin = sys.stdin.readline().strip()
    book = _open_existing(args)
    try:
        with _system_session(book) as session:
            kiosk.set_pin(session, args.member_no, pin)
    finally:
        book.close()
    print(tr("PIN set for member {number}.", number=args.member_no))
    return EXIT_OK


def cmd_shu(args) -> int:
    from desktop_app.services.shu import compute_shu, shu_csv

    book = _open_existing(args)
    try:
        with _system_session(book) as session:
            result = compute_shu(session, args.year)
    finally:
        book.close()
    sys.stdout.write(shu_csv(result))
    return EXIT_OK


def cmd_consolidate(args) -> int:
    from desktop_app.spreadsheet.consolidation import consolidate
    from desktop_app.spreadsheet.consolidation_workbook import write_consolidation

    if not 1 <= args.quarters <= 40:
        raise KoperasiError(tr("Give between 1 and 40 quarters."))
    if args.pdf is not None and args.pdf.suffix.lower() != ".pdf":
        raise KoperasiError(tr("Give the PDF a name ending in .pdf."))

    def read(done: int, total: int, source: str) -> None:
        if source:
            print(tr("Reading {n}/{total}: {source}", n=done + 1, total=total, source=source),
                  file=sys.stderr)

    result = consolidate(args.sources, args.as_of or date.today(), args.quarters, read)
    for source in result.sources:
        if source.included:
            print(tr("{name}: included, {n} flag(s)", name=source.name, n=len(source.flags)))
        else:
            print(tr("{source}: left out of the totals:", source=source.source))
            for problem in source.problems[:20]:
                print(f"  - {problem}")
    if not result.included:
        raise KoperasiError(tr("No source could be read; nothing was written."))
    print(tr("Written to {path}", path=write_consolidation(result, args.out)))
    if args.pdf is not None:
        from desktop_app.ui.consolidation_pdf import write_consolidation_pdf
        from desktop_app.ui.offscreen import gui_application

        with gui_application():
            print(tr("Written to {path}", path=write_consolidation_pdf(result, args.pdf)))
    return EXIT_OK


def cmd_report(args) -> int:
    """The same documents as the Reports page, to PDF or Excel, in the --lang language."""
    from desktop_app.services import settings
    from desktop_app.services.report_documents import build_report, shu_document
    from desktop_app.services.shu import compute_shu
    from desktop_app.spreadsheet.report_workbook import write_reports

    usage = _report_usage(args)
    if usage:
        print(usage, file=sys.stderr)
        return EXIT_USAGE
    book = _open_existing(args)
    try:
        with _system_session(book) as session:
            if args.name == "shu":
                documents = [shu_document(compute_shu(session, args.year))]
            else:
                start, end = _report_period(session, args)
                documents = [build_report(session, REPORT_NAMES[args.name], start, end)]
            profile = settings.get_profile(session)
    finally:
        book.close()
    try:
        if args.pdf:
            from desktop_app.ui.offscreen import gui_application
            from desktop_app.ui.report_pdf import write_reports_pdf

            with gui_application():
                write_reports_pdf(args.pdf, documents, profile.name, profile.minor_digits)
        else:
            write_reports(documents, args.xlsx, cooperative=profile.name,
                          minor_digits=profile.minor_digits)
    except OSError as exc:
        print(tr("Error: {message}", message=tr("Could not write {path}: {reason}",
                                                path=args.pdf or args.xlsx,
                                                reason=exc.strerror)),
              file=sys.stderr)
        return EXIT_FAILED
    print(tr("Saved to {path}", path=args.pdf or args.xlsx))
    return EXIT_OK


def _report_usage(args) -> str | None:
    """What is wrong with the report's options (exit 2), or None."""
    if args.name == "shu" and args.year is None:
        return tr("The shu report needs --year.")
    if args.year is not None and (args.date_from or args.date_to or args.as_of):
        return tr("Give either --year or dates, not both.")
    if args.as_of and args.date_to and args.as_of != args.date_to:
        return tr("--as-of and --to name the same day; give one of them.")
    return None


def _report_period(session, args) -> tuple[date, date]:
    """--year Y is fiscal year Y; else up to --to/--as-of (today) from --from (the start
    of that day's fiscal year)."""
    from desktop_app.services.aggregates import fiscal_year, fiscal_year_of

    if args.year is not None:
        return fiscal_year(session, args.year)
    end = args.as_of or args.date_to or date.today()
    return args.date_from or fiscal_year(session, fiscal_year_of(session, end))[0], end


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "loan-schedule": cmd_loan_schedule,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "copy": cmd_copy,
    "screenshot": cmd_screenshot,
    "user": cmd_user,
    "member-pin": cmd_member_pin,
    "shu": cmd_shu,
    "consolidate": cmd_consolidate,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv))
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop_app.ui.app import run_gui

        return run_gui(args.db, args.lang)
    try:
        return COMMANDS[args.command](args)
    except KoperasiError as exc:
        print(tr("Error: {message}", message=exc.message), file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("Cancelled."), file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # noqa: BLE001 - the last line of defence: log, never show a traceback
        log_file = _log_crash()
        print(
            tr("Unexpected error. The details were written to {path}", path=log_file),
            file=sys.stderr,
        )
        return EXIT_CRASH


def _language_from(argv: list[str]) -> str:
    """Read --lang before parsing, so that help and errors are already translated."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            return arg.split("=", 1)[1]
    return DEFAULT_LANGUAGE


def _log_crash() -> Path:
    folder = config.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "koperasi-errors.log"
        # A handler of our own: basicConfig is a no-op once logging is configured elsewhere.
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger = logging.getLogger("koperasi.crash")
        logger.addHandler(handler)
        try:
            logger.error("unexpected error\n%s", traceback.format_exc())
        finally:
            logger.removeHandler(handler)
            handler.close()
        return log_file
    except OSError:
        traceback.print_exc()
        return Path("stderr")


__all__ = ["main", "BookError"]
