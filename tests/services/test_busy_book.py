"""A second program saving to the same book: we wait for it, then say clearly it is busy."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop_app.db import engine as engine_module
from desktop_app.db.book import open_book
from desktop_app.domain.accounts import KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.errors import BookError
from desktop_app.services import ledger
from desktop_app.services.context import SYSTEM_ACTOR, set_actor

GRANT = EntryDraft(date(2025, 3, 1), EntryKind.GRANT, "Hibah",
                   [debit(KAS, 1_000), credit(MODAL_DONASI, 1_000)])


@pytest.fixture
def quick_timeout(monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)


def test_a_posting_while_another_program_writes_is_refused_clearly(book_file, quick_timeout):
    other = sqlite3.connect(book_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another app in the middle of saving
    book = open_book(book_file)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            # A read first, as a page would do before the treasurer saves.
            assert ledger.account_balance(session, KAS) == 0
            session.rollback()
            with pytest.raises(BookError, match="busy"):
                ledger.post(session, GRANT)
        other.execute("ROLLBACK")
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            assert ledger.account_balance(session, KAS) == 0  # nothing was written
            ledger.post(session, GRANT)  # and once the other is done, it goes through
            assert ledger.account_balance(session, KAS) == 1_000
    finally:
        other.close()
        book.close()
