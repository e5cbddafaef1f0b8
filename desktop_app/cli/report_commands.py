"""Commands that print or write figures: a loan schedule, the SHU, reports, the NGO consolidation."""

from __future__ import annotations

import sys
from datetime import date

from desktop_app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_existing, system_session
from desktop_app.cli.parser import REPORT_NAMES
from desktop_app.errors import KoperasiError, ValidationError
from desktop_app.i18n import tr


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


def cmd_shu(args) -> int:
    from desktop_app.services.shu import compute_shu, shu_csv

    book = open_existing(args)
    try:
        with system_session(book) as session:
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
    book = open_existing(args)
    try:
        with system_session(book) as session:
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
