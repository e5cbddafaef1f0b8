"""What a server book guarantees on PostgreSQL itself: the write lock with the same busy
message, a lost connection that writes nothing half, the append-only journal, and the
checks that apply there. Needs KOPERASI_TEST_PG (skipped otherwise)."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desktop_app.db import engine as engine_module
from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.errors import BookError
from desktop_app.services import ledger
from desktop_app.services.check import check_book
from desktop_app.services.context import transaction

GRANT = EntryDraft(date(2025, 3, 1), EntryKind.GRANT, "Hibah",
                   [debit(KAS, 1_000), credit(MODAL_DONASI, 1_000)])


@pytest.fixture
def server_book(book):
    if not book.is_server:
        pytest.skip("needs a server book (KOPERASI_TEST_PG)")
    return book


@pytest.fixture
def other_connection(server_book):
    """Another program on the same database."""
    url = make_url(server_book.url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        yield conn


def test_a_second_writer_waits_then_hears_the_book_is_busy(
        server_book, session, other_connection, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    server_book.engine.dispose()  # new connections take the short timeout
    other_connection.execute("BEGIN")
    other_connection.execute(f"SELECT pg_advisory_xact_lock({engine_module.APPLICATION_ID})")
    with pytest.raises(BookError, match="The book is busy.*Nothing was written"):
        ledger.post(session, GRANT)
    other_connection.execute("ROLLBACK")
    assert ledger.account_balance(session, KAS) == 0
    ledger.post(session, GRANT)
    assert ledger.account_balance(session, KAS) == 1_000


def test_a_lost_connection_is_said_clearly_and_writes_nothing(
        server_book, session, other_connection):
    with pytest.raises(BookError, match="connection to the server book was lost"):
        with transaction(session):
            ledger.post_in_transaction(session, GRANT)
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            other_connection.execute("SELECT pg_terminate_backend(%s)", (pid,))
            ledger.post_in_transaction(session, GRANT)
    assert session.scalar(select(func.count()).select_from(JournalEntry)) == 0
    assert ledger.account_balance(session, KAS) == 0


@pytest.mark.parametrize("statement", [
    "UPDATE journal_line SET amount = 0",
    "DELETE FROM journal_entry",
    "TRUNCATE journal_line CASCADE",
    "UPDATE audit_log SET actor = 'someone'",
])
def test_the_journal_and_audit_log_are_append_only(server_book, session, statement):
    ledger.post(session, GRANT)
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(text(statement))
    session.rollback()
    assert ledger.account_balance(session, KAS) == 1_000
    assert check_book(session) == []


def test_check_finds_a_disabled_guard(server_book, session):
    session.execute(text("ALTER TABLE journal_line DISABLE TRIGGER journal_line_no_change"))
    session.commit()
    assert check_book(session) == [
        "The append-only guard journal_line_no_change is missing or disabled"
    ]
