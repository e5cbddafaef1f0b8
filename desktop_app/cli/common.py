"""What every command shares: exit codes, opening the book, a terminal progress line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import config

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3


def book_path(args) -> Path | str:
    return args.db or config.default_book_path()


def open_existing(args):
    from desktop_app.db.book import open_book

    return open_book(book_path(args))


def system_session(book):
    from desktop_app.services.context import SYSTEM_ACTOR, set_actor

    session = book.session()
    set_actor(session, SYSTEM_ACTOR)
    return session


def progress(label: str) -> Callable[[int, int], None]:
    """A progress callback that draws on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{label}: {percent:3d}%", end="" if done < total else "\n", file=sys.stderr)

    return report
