"""Engines on a book: a SQLite file (WAL, foreign keys, busy timeout, explicit BEGIN) or
a PostgreSQL database (a server book, docs/server.md)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desktop_app.db.location import SERVER_SCHEMES, is_server_url  # noqa: F401 (re-exported)
from desktop_app.errors import BookError
from desktop_app.i18n import tr

BUSY_TIMEOUT_MS = 5000
# Execution option a use case sets on its connection before the transaction starts:
# it then takes the book's write lock up front (BEGIN IMMEDIATE on SQLite, an advisory
# transaction lock on PostgreSQL), so a second app on the same book waits for it (busy
# timeout) instead of failing, or breaking a rule, halfway through.
WRITE_INTENT = "koperasi_write"
# "KOPS": marks a SQLite file as a Koperasi book (PRAGMA application_id); on PostgreSQL
# it is also the key of the book's write lock (one book per database).
APPLICATION_ID = 0x4B4F5053
INSTALL_DRIVER = 'pip install "koperasi[postgres]"'


def make_engine(target: Path | str) -> Engine:
    """An engine for the book at `target`: a file path, "" or ":memory:" for an in-memory
    book, or a PostgreSQL URL."""
    if is_server_url(target):
        return _server_engine(str(target))
    return _file_engine(str(target))


def _file_engine(target: str) -> Engine:
    url = "sqlite://" if target in ("", ":memory:") else f"sqlite:///{target}"
    if url == "sqlite://":
        # One shared connection, so every session and thread sees the same memory book.
        engine = create_engine(url, poolclass=StaticPool)
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see
        # the SQLAlchemy pysqlite notes on serializable isolation / savepoints).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if url != "sqlite://":
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        immediate = connection.get_execution_options().get(WRITE_INTENT)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def server_url(target: str):
    """The SQLAlchemy URL of a server book; refuses a password written into it."""
    url = make_url(target)
    if url.password:
        raise BookError(
            tr("Do not put the password in the address: keep it in ~/.pgpass or a "
               "PostgreSQL service file (see docs/server.md).")
        )
    return url.set(drivername="postgresql+psycopg")


def _server_engine(target: str) -> Engine:
    try:
        import psycopg  # noqa: F401  (the optional driver, only needed for server books)
    except ImportError:
        raise BookError(
            tr("Server books need the PostgreSQL driver. Install it with: {command}",
               command=INSTALL_DRIVER)
        ) from None
    engine = create_engine(
        server_url(target),
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "koperasi"},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.adapters.register_loader("numeric", _whole_numeric_loader())
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get(WRITE_INTENT):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPLICATION_ID})")

    return engine


def is_busy(exc: DBAPIError) -> bool:
    """Whether a failure means another writer holds the book (after the busy timeout)."""
    if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
        return True
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message


def is_connection_lost(exc: DBAPIError) -> bool:
    """Whether a failure means the server connection broke (the transaction is gone)."""
    sqlstate = getattr(exc.orig, "sqlstate", None) or ""
    return exc.connection_invalidated or sqlstate.startswith("08")


def _whole_numeric_loader():
    """A loader that reads whole numerics as int.

    PostgreSQL sums a BIGINT column as NUMERIC; money is integer minor units and the book
    has no NUMERIC columns (rates are exact text), so a whole number read back is an int,
    as on SQLite. A fraction (an average) stays a Decimal.
    """
    from psycopg.types.numeric import NumericLoader

    class WholeNumericLoader(NumericLoader):
        def load(self, data):
            value = super().load(data)
            exponent = value.as_tuple().exponent
            return int(value) if isinstance(exponent, int) and exponent >= 0 else value

    return WholeNumericLoader


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
