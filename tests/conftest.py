"""Shared fixtures: a fresh book per test, a system actor, a frozen clock."""

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


@pytest.fixture
def book():
    """A new in-memory book with the default profile and chart."""
    new_book = create_book(None, DEFAULT_PROFILE)
    yield new_book
    new_book.close()


@pytest.fixture
def book_file(tmp_path):
    """A new book file on disk (for CLI, backup and migration tests)."""
    path = tmp_path / "book.sqlite3"
    create_book(path, DEFAULT_PROFILE).close()
    return path


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
