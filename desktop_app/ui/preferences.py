"""Per-computer preferences kept outside the book (QSettings): language, recent books."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.i18n import LANGUAGES

RECENT_LIMIT = 8


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Koperasi", "Koperasi")


def language() -> str | None:
    value = _store().value("language")
    return value if value in LANGUAGES else None


def set_language(value: str) -> None:
    _store().setValue("language", value)


def recent_books() -> list[Path]:
    """Recently opened books that still exist, newest first."""
    stored = _store().value("recent_books") or []
    paths = [Path(p) for p in ([stored] if isinstance(stored, str) else stored)]
    return [p for p in paths if p.exists()]


def add_recent_book(path: Path) -> None:
    path = path.resolve()
    paths = [str(path)] + [str(p) for p in recent_books() if p.resolve() != path]
    _store().setValue("recent_books", paths[:RECENT_LIMIT])
