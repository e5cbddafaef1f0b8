"""Engines on a book file: WAL, foreign keys, busy timeout, explicit BEGIN."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 5000
# Execution option a use case sets on its connection before the transaction starts:
# it then begins with BEGIN IMMEDIATE, taking the write lock up front, so a second app
# on the same book waits for it (busy timeout) instead of failing when a read
# transaction cannot be upgraded to a write.
WRITE_INTENT = "koperasi_write"
# "KOPS": marks a SQLite file as a Koperasi book (PRAGMA application_id).
APPLICATION_ID = 0x4B4F5053


def make_engine(path: Path | str) -> Engine:
    """An engine for the book at `path` ("" or ":memory:" for an in-memory book)."""
    target = str(path)
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


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
