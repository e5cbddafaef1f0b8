"""Open, create and migrate a book: one SQLite file, or one PostgreSQL database (a server
book), per cooperative.

The file handling (checks, safe copies) is in `book_files.py`, the schema version and
migrations in `schema_version.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.config import backup_dir_for
from desktop_app.db.book_files import (
    backup_file,
    building_name,
    fsync_path,
    is_empty_leftover,
    is_writable,
    remove_with_sidecars,
    rename_no_clobber,
    stamped_name,
    unfinished_message,
    verify_book_file,
)
from desktop_app.db.engine import (
    APPLICATION_ID,
    is_server_url,
    make_engine,
    make_session_factory,
)
from desktop_app.db.schema_version import (
    current_revision,
    head_revision,
    is_known_revision,
    migrate,
)
from desktop_app.errors import BookError
from desktop_app.i18n import tr


@dataclass
class Book:
    """An open book: where it is (a file `path`, or a server `url`), its engine and a
    session factory. An in-memory book has neither."""

    path: Path | None
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    url: str | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the book is, as the user named it (file path or server address)."""
        return self.url or str(self.path or ":memory:")

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_book(path: Path | str) -> Book:
    """Open an existing book, backing it up and migrating it if its schema is older."""
    if is_server_url(path):
        return open_server_book(str(path))
    path = Path(path)
    if is_empty_leftover(path):
        raise BookError(unfinished_message(path))
    verify_book_file(path)
    if not is_writable(path):
        raise BookError(
            tr("The book {path} is read-only. Copy it to a folder you can write to.", path=path)
        )
    engine = make_engine(path)
    try:
        revision = current_revision(engine)
        if revision != head_revision():
            backup_file(path, backup_dir_for(path) / stamped_name(path, f"pre-{head_revision()}"))
            migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        raise BookError(_busy_or_damaged(path, exc)) from exc
    return Book(path, engine, make_session_factory(engine))


def create_book_file(path: Path | str, fill: Callable[[Book], None] | None = None) -> Book:
    """Create a book with the current schema, then `fill` it (profile, chart).

    The book is built under a temporary name beside `path` and only renamed into place
    once it is complete, so a kill at any moment leaves either no book or a whole one.
    A leftover empty file (an interrupted creation by an older version) is replaced.
    """
    if is_server_url(path):
        return _fill_server_book(create_server_book(str(path)), fill)
    path = Path(path)
    if path.exists() and not is_empty_leftover(path):
        raise BookError(tr("A file already exists at {path}.", path=path))
    building = building_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_with_sidecars(building)
        engine = make_engine(building)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(engine)
        if fill is not None:
            fill(Book(building, engine, make_session_factory(engine)))
        with engine.begin() as connection:  # everything into the main file, then close it
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        fsync_path(building)
        if path.exists():  # only an empty leftover gets here
            remove_with_sidecars(path)
        rename_no_clobber(building, path)
        fsync_path(path.parent)
    except (OSError, OperationalError) as exc:
        remove_with_sidecars(building)
        raise BookError(tr("Cannot create a book at {path}: {detail}", path=path, detail=exc))
    except BaseException:
        remove_with_sidecars(building)
        raise
    engine = make_engine(path)
    return Book(path, engine, make_session_factory(engine))


def _fill_server_book(book: Book, fill: Callable[[Book], None] | None) -> Book:
    try:
        if fill is not None:
            fill(book)
    except BaseException:
        book.close()
        raise
    return book


def server_has_book(url: str) -> bool:
    """Whether the server database at `url` holds a book (False for an empty database)."""
    engine = make_engine(url)
    try:
        return _has_schema(engine, url)
    finally:
        engine.dispose()


def open_server_book(url: str) -> Book:
    """Open the book in an existing PostgreSQL database, migrating it if it is older.

    A server book is backed up with `koperasi copy` (see docs/server.md), so there is no
    file copy before a migration; the migration itself is one transaction.
    """
    engine = make_engine(url)
    try:
        if not _has_schema(engine, url):
            raise BookError(tr("There is no book in the database {url}.", url=url))
        revision = current_revision(engine)
        if revision is None or not is_known_revision(revision):
            raise BookError(
                tr("The book {path} was made by a newer version of Koperasi. "
                   "Install the newer version to open it.", path=url)
            )
        if revision != head_revision():
            try:
                migrate(engine)
            except DBAPIError as exc:
                raise BookError(
                    tr("The book {url} needs an upgrade that only its owner role may run "
                       "(see docs/server.md): {detail}", url=url, detail=exc.orig)
                ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Book(None, engine, make_session_factory(engine), url=url)


def create_server_book(url: str) -> Book:
    """Create the schema of a new book in an empty PostgreSQL database."""
    engine = make_engine(url)
    try:
        if _has_schema(engine, url, any_table=True):
            raise BookError(
                tr("The database {url} is not empty. A new book needs a new, empty database.",
                   url=url)
            )
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Book(None, engine, make_session_factory(engine), url=url)


def drop_server_book(book: Book) -> None:
    """Remove a server book's tables again (a copy into it that failed halfway)."""
    from desktop_app.db.base import Base

    with book.engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS koperasi_append_only() CASCADE")


def _has_schema(engine: Engine, url: str, any_table: bool = False) -> bool:
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
    except OperationalError as exc:
        raise BookError(
            tr("Cannot reach the server book {url}: {detail}", url=url, detail=exc.orig)
        ) from exc
    return bool(names) if any_table else "alembic_version" in names


def memory_book() -> Book:
    """An in-memory book with the current schema (tests, previews, consolidation).

    The migrations run once per process, into an empty book kept as bytes; each new
    memory book loads those bytes (SQLite's deserialize, about a millisecond, where
    running the migrations takes most of a second — a consolidation makes one book per
    workbook it reads).
    """
    engine = make_engine(":memory:")
    with engine.connect() as connection:
        connection.connection.driver_connection.deserialize(_empty_schema())
    return Book(None, engine, make_session_factory(engine))


@functools.cache
def _empty_schema() -> bytes:
    engine = make_engine(":memory:")
    migrate(engine)
    with engine.connect() as connection:
        image = connection.connection.driver_connection.serialize()
    engine.dispose()
    return image


def _busy_or_damaged(path: Path, exc: Exception) -> str:
    if "locked" in str(exc).lower() or "busy" in str(exc).lower():
        return tr("The book {path} is busy in another window. Try again in a moment.", path=path)
    return tr("The book {path} is damaged: {detail}", path=path, detail=exc)

