"""Create a new book with its profile and default chart; open an existing one."""

from __future__ import annotations

from pathlib import Path

from desktop_app.db.book import (
    Book,
    create_book_file,
    memory_book,
    open_book,
    server_has_book,
)
from desktop_app.db.book_files import is_empty_leftover
from desktop_app.db.engine import is_server_url
from desktop_app.errors import KoperasiError
from desktop_app.services import audit, chart, settings
from desktop_app.services.context import SYSTEM_ACTOR, Actor, set_actor, transaction

DEFAULT_PROFILE = settings.Profile(
    name="Koperasi Simpan Pinjam",
    address="Balikpapan, Kalimantan Timur",
)


def create_book(path: Path | str | None, profile: settings.Profile, actor: Actor = SYSTEM_ACTOR) -> Book:
    """A new book (a file, or in memory when `path` is None) with profile and chart."""
    profile.validate()

    def fill(book: Book) -> None:
        with book.session() as session:
            set_actor(session, actor)
            with transaction(session):
                settings.write_profile(session, profile)
                chart.install_default_chart(session)
                audit.record(session, "book.create", "book", None, name=profile.name)

    if path is not None:
        return create_book_file(path, fill)
    book = memory_book()
    try:
        fill(book)
    except KoperasiError:
        book.close()
        raise
    return book


def open_or_create(path: Path | str) -> Book:
    """Open the book at `path`, or create one with the default profile if none is there
    (for a server book: if its database is empty)."""
    if is_server_url(path):
        path = str(path)
        return open_book(path) if server_has_book(path) else create_book(path, DEFAULT_PROFILE)
    path = Path(path)
    if path.exists() and not is_empty_leftover(path):
        return open_book(path)
    return create_book(path, DEFAULT_PROFILE)
