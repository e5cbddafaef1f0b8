"""Shared fixtures: a fresh book per test, a system actor, a frozen clock.

With KOPERASI_TEST_PG set to a PostgreSQL server (`postgresql://user@host:port/postgres`,
a role that may create databases), `book` is a server book: a database cloned per test
from a migrated template (CREATE DATABASE ... TEMPLATE), dropped afterwards.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from desktop_app.i18n import set_language  # noqa: E402
from desktop_app.services.books import DEFAULT_PROFILE, create_book  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402


@pytest.fixture(autouse=True)
def english():
    """Tests read messages in English unless they switch language themselves."""
    set_language("en")
    yield
    set_language("en")


PG_SERVER = os.environ.get("KOPERASI_TEST_PG")
# Fixtures through which a test reaches a server book; with KOPERASI_TEST_PG set, the
# other tests are skipped (they would repeat the SQLite run exactly).
SERVER_FIXTURES = {"book", "pg_databases", "book_location"}


def pytest_collection_modifyitems(config, items):
    if not PG_SERVER:
        return
    same = pytest.mark.skip(reason="no server book in this test: covered by the SQLite run")
    for item in items:
        if not SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(same)


@pytest.fixture(scope="session")
def pg_databases():
    """Makes and drops throw-away server books (only when KOPERASI_TEST_PG is set)."""
    if not PG_SERVER:
        pytest.skip("no PostgreSQL server (set KOPERASI_TEST_PG)")
    from tests.pg_databases import ServerDatabases

    databases = ServerDatabases(PG_SERVER)
    yield databases
    databases.drop_all()


@pytest.fixture
def book(request):
    """A new book with the default profile and chart: in memory, or a server book."""
    if not PG_SERVER:
        new_book = create_book(None, DEFAULT_PROFILE)
        yield new_book
        new_book.close()
        return
    databases = request.getfixturevalue("pg_databases")
    new_book = databases.new_book()
    yield new_book
    new_book.close()
    databases.drop(new_book.url)


@pytest.fixture
def book_file(tmp_path):
    """A new book file on disk (for CLI, backup and migration tests)."""
    path = tmp_path / "book.sqlite3"
    create_book(path, DEFAULT_PROFILE).close()
    return path


@pytest.fixture(params=["file", "server"])
def book_location(request, tmp_path):
    """A new book with the default profile, as a file path and (with KOPERASI_TEST_PG) as
    a server book's address: for command-line tests that hold on both engines."""
    if request.param == "file":
        yield request.getfixturevalue("book_file")
        return
    databases = request.getfixturevalue("pg_databases")
    url = databases.new_database(databases.template)
    yield url
    databases.drop(url)


@pytest.fixture
def session(book):
    """A session acting as the system (all permissions)."""
    with book.session() as s:
        set_actor(s, SYSTEM_ACTOR)
        yield s


@pytest.fixture
def today():
    """The frozen 'today' used by date-dependent tests."""
    return date(2025, 6, 15)
