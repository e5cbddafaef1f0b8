"""Backups (SQLite online backup; a server book is copied to a file) and restore (verify
first, keep what it replaces; a server book is restored into an empty database only)."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop_app.config import backup_dir_for
from desktop_app.db.book import open_book
from desktop_app.db.book_files import backup_file, verify_book_file
from desktop_app.db.engine import is_server_url
from desktop_app.errors import BookError
from desktop_app.i18n import tr
from desktop_app.services.check import check_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.copying import copy_book

AUTOMATIC_KEEP = 10
Progress = Callable[[int, int], None]


def backup(book: Path | str, destination: Path, progress: Progress | None = None) -> Path:
    """Copy `book` to `destination` (a file, or a folder to put a dated copy in).

    A server book is backed up as a book file, copied from one snapshot. For a book file
    `progress(done, total)` follows the copy; if it raises (the user cancelled), the
    partial copy is deleted and the exception propagates.
    """
    if is_server_url(book):
        return _backup_server(str(book), destination)
    verify_book_file(book)
    if destination.is_dir():
        destination = destination / _dated_name(book, "backup")
    if destination.exists():
        raise BookError(tr("{path} already exists; choose another name.", path=destination))
    try:
        return backup_file(book, destination, progress)
    except (sqlite3.Error, OSError) as exc:
        destination.unlink(missing_ok=True)
        raise BookError(tr("The backup failed: {detail}", detail=exc)) from exc
    except BaseException:
        destination.unlink(missing_ok=True)
        raise


def _backup_server(url: str, destination: Path) -> Path:
    if destination.is_dir():
        name = make_url(url).database or "book"
        destination = destination / _dated_name(Path(f"{name}.sqlite3"), "backup")
    if destination.exists():
        raise BookError(tr("{path} already exists; choose another name.", path=destination))
    copy_book(url, destination)
    return destination


def verify_restorable(source: Path, progress: Progress | None = None) -> None:
    """Refuse a file that is not a sound Koperasi book (`progress` follows the copy
    that is checked)."""
    verify_book_file(source)
    problems = _problems_of(source, progress)
    if problems:
        raise BookError(
            tr("{path} cannot be restored: it fails the book check.", path=source), problems
        )


def _problems_of(source: Path, progress: Progress | None = None) -> list[str]:
    """Check a copy of `source` in a temporary folder, so the file itself is untouched."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "restore-check.sqlite3"
        backup_file(source, copy, progress)
        book = open_book(copy)
        try:
            with book.session() as session:
                set_actor(session, SYSTEM_ACTOR)
                return check_book(session)
        finally:
            book.close()


def restore(source: Path, book: Path | str) -> Path | None:
    """Replace `book` with `source` after verifying it; return where the old book went.

    A server book is restored only into a new, empty database (nothing is replaced).
    """
    if is_server_url(book):
        verify_restorable(source)
        copy_book(source, str(book))
        return None
    if source.resolve() == book.resolve():
        raise BookError(tr("Choose a backup file, not the open book itself."))
    verify_restorable(source)
    kept = None
    if book.exists():
        kept = backup_file(book, backup_dir_for(book) / _dated_name(book, "before-restore"))
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(
            book, timeout=5
        ) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise BookError(tr("The restore failed: {detail}", detail=exc)) from exc
    return kept


def automatic_backup(book: Path, keep: int = AUTOMATIC_KEEP) -> Path:
    """A dated copy in the backups folder, keeping only the newest `keep` automatic ones."""
    folder = backup_dir_for(book)
    made = backup_file(book, folder / _dated_name(book, "auto"))
    autos = sorted(folder.glob(f"{book.stem}.*.auto{book.suffix or '.sqlite3'}"))
    for old in autos[:-keep]:
        old.unlink(missing_ok=True)
    return made


def daily_backup(book: Path, keep: int = AUTOMATIC_KEEP) -> Path | None:
    """An automatic backup unless one was already made today (when the GUI opens a book)."""
    today = datetime.now().date()
    for made in backup_dir_for(book).glob(f"{book.stem}.*.auto{book.suffix or '.sqlite3'}"):
        if datetime.fromtimestamp(made.stat().st_mtime).date() == today:
            return None
    return automatic_backup(book, keep)


def _dated_name(book: Path, label: str) -> str:
    return f"{book.stem}.{datetime.now():%Y%m%d-%H%M%S-%f}.{label}{book.suffix or '.sqlite3'}"
