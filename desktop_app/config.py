"""Where the app keeps its books, backups and logs (per-OS user folders)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Koperasi"
DEFAULT_BOOK_NAME = "koperasi.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_book_path() -> Path:
    return data_dir() / DEFAULT_BOOK_NAME


def backup_dir_for(book: Path) -> Path:
    """Backups sit in a `backups` folder beside the book, so they travel with it."""
    return book.resolve().parent / "backups"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
