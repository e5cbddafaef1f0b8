"""Migrations: a fresh book has the models' schema; an old book upgrades with its data."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop_app.db import models  # noqa: F401
from desktop_app.db.base import Base
from desktop_app.db.book import open_book
from desktop_app.db.engine import APPLICATION_ID, make_engine
from desktop_app.db.schema_version import HEAD_REVISION, head_revision, migrate, script_head
from desktop_app.errors import BookError


def test_migrated_schema_matches_the_models(book):
    with book.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_partial_indexes_have_the_models_condition(book):
    """Alembic's comparison ignores an index's WHERE: a migration that left an index
    whole (a NULL entry per line written) would pass the test above."""
    postgresql = book.engine.dialect.name == "postgresql"
    expected = {
        index.name: str(index.dialect_options["postgresql" if postgresql else "sqlite"]["where"])
        for table in Base.metadata.tables.values() for index in table.indexes
        if index.dialect_options["sqlite"]["where"] is not None
    }
    assert "ix_journal_line_member" in expected
    query = ("SELECT indexname, indexdef FROM pg_indexes" if postgresql
             else "SELECT name, sql FROM sqlite_master WHERE type = 'index'")
    with book.engine.connect() as connection:
        found = {name: sql for name, sql in connection.exec_driver_sql(query) if name in expected}
    for name, condition in expected.items():
        stated = found[name].partition(" WHERE ")[2]
        assert stated.strip("()") == condition, name


def test_old_book_is_backed_up_and_upgraded_keeping_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('profile.name', 'Lama')"))
    engine.dispose()

    book = open_book(path)
    try:
        with book.engine.begin() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
            assert conn.execute(text("SELECT value FROM setting")).scalar() == "Lama"
    finally:
        book.close()
    backups = list((tmp_path / "backups").glob("old.*.pre-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_journal_lines_cannot_be_edited_or_deleted(book):
    with book.engine.begin() as conn:
        conn.execute(text("INSERT INTO journal_entry (date, kind, description, created_by, "
                          "created_at) VALUES ('2025-01-01', 'income', 'x', 't', '2025-01-01')"))
    for statement in ("UPDATE journal_entry SET description = 'y'", "DELETE FROM journal_entry"):
        with pytest.raises(Exception, match="append-only"):
            with book.engine.begin() as conn:
                conn.execute(text(statement))


def test_book_from_a_newer_version_is_refused(book_file):
    with sqlite3.connect(book_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(BookError, match="newer version"):
        open_book(book_file)


def test_the_head_known_without_alembic_is_the_scripts_head():
    assert HEAD_REVISION == script_head()


def test_opening_a_book_at_the_head_imports_no_alembic(book_file):
    """Alembic's import is most of a start-up: only an older book needs it."""
    import subprocess
    import sys

    probe = ("import sys; from desktop_app.db.book import open_book; "
             f"open_book({str(book_file)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]
    with sqlite3.connect(book_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True"]
