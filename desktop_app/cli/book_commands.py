"""Commands on a whole book: demo, check, import, export, backup, restore, copy, screenshot."""

from __future__ import annotations

import sys

from desktop_app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    book_path,
    open_existing,
    progress,
    system_session,
)
from desktop_app.i18n import tr


def cmd_demo(args) -> int:
    from desktop_app.services import demo
    from desktop_app.services.books import open_or_create

    book = open_or_create(book_path(args))
    try:
        with system_session(book) as session:
            summary = demo.generate(
                session, members=args.members, years=args.years, seed=args.seed,
                progress=progress(tr("Demo data")),
            )
    finally:
        book.close()
    print(tr("Demo book ready: {summary}", summary=summary))
    return EXIT_OK


def cmd_check(args) -> int:
    from desktop_app.services.check import check_book

    book = open_existing(args)
    try:
        with system_session(book) as session:
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

    book = open_or_create(book_path(args))
    try:
        with system_session(book) as session:
            result = import_workbook(
                session, args.file, dry_run=args.dry_run, force=args.force,
                progress=progress(tr("Import")), preset=args.preset, options=grid_options(
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

    book = open_existing(args)
    try:
        with system_session(book) as session:
            result = export_book(
                session, args.file, date_from=args.date_from, date_to=args.date_to,
                progress=progress(tr("Export")),
            )
    finally:
        book.close()
    for notice in result.notices:
        print(notice)
    print(tr("Exported to {path}", path=args.file))
    return EXIT_OK


def cmd_backup(args) -> int:
    from desktop_app.services.backup import backup

    made = backup(book_path(args), args.destination)
    print(tr("Backed up to {path}", path=made))
    return EXIT_OK


def cmd_restore(args) -> int:
    from desktop_app.services.backup import restore

    kept = restore(args.source, book_path(args))
    print(tr("Restored {source}.", source=args.source))
    if kept:
        print(tr("The replaced book was kept as {path}", path=kept))
    return EXIT_OK


def cmd_copy(args) -> int:
    from desktop_app.services.copying import copy_book

    rows = copy_book(args.source, args.destination, progress=progress(tr("Copy")))
    print(tr("Copied {rows} rows from {source} to {destination}.",
             rows=rows, source=args.source, destination=args.destination))
    return EXIT_OK


def cmd_screenshot(args) -> int:
    from desktop_app.ui.screenshots import render_pages

    book = open_existing(args)
    try:
        written = render_pages(book, args.directory)
    finally:
        book.close()
    for path in written:
        print(path)
    return EXIT_OK
