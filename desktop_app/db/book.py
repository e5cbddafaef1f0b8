"""Open, create and migrate a book: one SQLite file, or one PostgreSQL database (a server
book), per cooperative."""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.config import backup_dir_for
from desktop_app.db.engine import (
    APPLICATION_ID,
    is_server_url,
    make_engine,
    make_session_factory,
)
from desktop_app.errors import BookError
from desktop_app.i18n import tr

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_SECONDS = 5
BACKUP_STEP_PAGES = 2048  # pages copied between progress reports (8 MB at 4 KB pages)
STALE_PARTIAL_SECONDS = 60


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


# The newest migration. Opening a book at this revision needs no Alembic (whose import
# is most of a start-up); tests/db/test_migrations.py checks it against the scripts.
HEAD_REVISION = "0007"


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def script_head() -> str:
    """The newest revision as the migration scripts say (what HEAD_REVISION must equal)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _is_known(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return revision in {rev.revision for rev in script.walk_revisions()}


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The book's revision, read with one query (the book has an alembic_version table)."""
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def verify_book_file(path: Path) -> None:
    """Refuse a missing, foreign, corrupt or newer-version file with a clear message."""
    if not path.exists():
        raise BookError(tr("There is no book at {path}.", path=path))
    if not path.is_file() or not is_sqlite_file(path):
        raise BookError(tr("{path} is not a Koperasi book.", path=path))
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise BookError(tr("{path} is not a Koperasi book.", path=path))
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise BookError(_unfinished(path))
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BookError(tr("The book {path} is damaged: {detail}", path=path, detail=result))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BookError(tr("The book {path} is damaged: {detail}", path=path, detail=exc)) from exc
    if row and not _is_known(row[0]):
        raise BookError(
            tr(
                "The book {path} was made by a newer version of Koperasi. "
                "Install the newer version to open it.",
                path=path,
            )
        )


def open_book(path: Path | str) -> Book:
    """Open an existing book, backing it up and migrating it if its schema is older."""
    if is_server_url(path):
        return open_server_book(str(path))
    path = Path(path)
    if is_empty_leftover(path):
        raise BookError(_unfinished(path))
    verify_book_file(path)
    if not _writable(path):
        raise BookError(
            tr("The book {path} is read-only. Copy it to a folder you can write to.", path=path)
        )
    engine = make_engine(path)
    try:
        revision = current_revision(engine)
        if revision != head_revision():
            backup_file(path, backup_dir_for(path) / _stamped(path, f"pre-{head_revision()}"))
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
    building = _building_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_with_sidecars(building)
        engine = make_engine(building)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(engine)
        if fill is not None:
            fill(Book(building, engine, make_session_factory(engine)))
        with engine.begin() as connection:  # everything into the main file, then close it
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        _fsync(building)
        if path.exists():  # only an empty leftover gets here
            _remove_with_sidecars(path)
        _rename_no_clobber(building, path)
        _fsync(path.parent)
    except (OSError, OperationalError) as exc:
        _remove_with_sidecars(building)
        raise BookError(tr("Cannot create a book at {path}: {detail}", path=path, detail=exc))
    except BaseException:
        _remove_with_sidecars(building)
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
        if revision is None or not _is_known(revision):
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


def _building_name(path: Path) -> Path:
    return path.with_name(f"{path.name}.creating")


def _unfinished(path: Path) -> str:
    return tr(
        "{path} is an unfinished book: creating it was interrupted. It holds no data; "
        "delete it (with any file beside it whose name starts the same) and try again.",
        path=path,
    )


def is_empty_leftover(path: Path) -> bool:
    """True for an empty file, or a SQLite file without a single table (nothing to lose)."""
    try:
        if not path.is_file():
            return False
        if path.stat().st_size == 0:
            return True
        if not is_sqlite_file(path):
            return False
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except (OSError, sqlite3.DatabaseError):
        return False


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sweep_stale_partials(folder: Path) -> None:
    """Remove copies left by a backup that was killed (old enough not to be running)."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for partial in folder.glob(".*.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; folders cannot be opened on Windows."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _rename_no_clobber(source: Path, target: Path) -> None:
    """Move `source` to `target` atomically, never replacing a file that appeared there."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise BookError(tr("A file already exists at {path}.", path=target)) from None
    except OSError:  # no hard links here (FAT USB sticks): a plain rename
        if target.exists():
            raise BookError(tr("A file already exists at {path}.", path=target)) from None
        os.rename(source, target)
        return
    source.unlink()


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


def backup_file(source: Path, destination: Path,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy a live book with SQLite's online backup (safe while it is in use).

    `progress(pages_done, pages_total)` is called as the copy goes; an exception it
    raises stops the copy (and propagates). The copy is written under a temporary name,
    flushed to disk and then renamed, so a kill leaves no half-written file under the
    destination's name."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    _remove_with_sidecars(partial)
    _sweep_stale_partials(destination.parent)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=BACKUP_STEP_PAGES, progress=lambda _status, left, total:
                               progress(total - left, total))
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        _rename_no_clobber(partial, destination)
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    _fsync(destination.parent)
    return destination


def _stamped(path: Path, label: str) -> str:
    return f"{path.stem}.{datetime.now():%Y%m%d-%H%M%S}.{label}{path.suffix or '.sqlite3'}"


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _busy_or_damaged(path: Path, exc: Exception) -> str:
    if "locked" in str(exc).lower() or "busy" in str(exc).lower():
        return tr("The book {path} is busy in another window. Try again in a moment.", path=path)
    return tr("The book {path} is damaged: {detail}", path=path, detail=exc)

