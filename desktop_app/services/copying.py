"""`koperasi copy SOURCE DEST`: a whole book from one engine to the other.

Every table is read inside one read transaction of the source (a snapshot: REPEATABLE
READ on PostgreSQL, one WAL read transaction on SQLite), so a copy taken while others
keep posting is still a consistent book. The destination is new (a new file, or an
empty server database) and written in one transaction; if anything fails it is removed
again, so there is never a half copy. Ids are kept (entries refer to each other), and
the server's id sequences are moved past them afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Integer, Table, delete, insert, literal, select

from desktop_app.db.base import Base
from desktop_app.db.book import Book, create_book_file, drop_server_book, open_book
from desktop_app.db.dialect import continue_ids_after_rows
from desktop_app.db.engine import is_server_url
from desktop_app.errors import BookError
from desktop_app.i18n import tr

CHUNK = 5000


def copy_book(
    source: Path | str, destination: Path | str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copy the book at `source` to the new book `destination`; return the rows copied."""
    if str(source) == str(destination):
        raise BookError(tr("Copy a book to a new file or an empty database, not onto itself."))
    book = open_book(source)
    try:
        target = create_book_file(destination)
        try:
            return _copy_rows(book, target, progress or (lambda done, total: None))
        except BaseException:
            _remove(target, destination)
            raise
        finally:
            target.close()
    finally:
        book.close()


def _copy_rows(source: Book, target: Book, progress: Callable[[int, int], None]) -> int:
    tables = Base.metadata.sorted_tables
    copied = 0
    snapshot = {"isolation_level": "REPEATABLE READ"} if source.is_server else {}
    with source.engine.connect().execution_options(**snapshot) as read, read.begin():
        with target.engine.begin() as write:
            for number, table in enumerate(tables, start=1):
                copied += _copy_table(read, write, table)
                progress(number, len(tables))
            for table in tables:
                if _own_id(table):
                    continue_ids_after_rows(write, table)
    return copied


def _copy_table(read: Connection, write: Connection, table: Table) -> int:
    if write.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
        # A new book already holds the rows its migrations seed (the training topics):
        # the source's rows replace them, ids and all.
        write.execute(delete(table))
    rows = read.execution_options(stream_results=True, yield_per=CHUNK).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    count = 0
    for chunk in rows.mappings().partitions(CHUNK):
        write.execute(insert(table), [dict(row) for row in chunk])
        count += len(chunk)
    return count


def _own_id(table: Table) -> bool:
    """Whether the table's rows get their ids from the database (one integer key)."""
    columns = list(table.primary_key.columns)
    return len(columns) == 1 and isinstance(columns[0].type, Integer) \
        and not columns[0].foreign_keys


def _remove(target: Book, destination: Path | str) -> None:
    if is_server_url(destination):
        drop_server_book(target)
    else:
        target.close()
        Path(destination).unlink(missing_ok=True)
