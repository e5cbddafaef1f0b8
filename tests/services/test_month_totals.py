"""The monthly totals are kept by the posting path: after any posting they equal a fresh
count of the journal, with nothing built on first use; an older book gets them counted
by its upgrade."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select, text

from desktop_app.db.book import open_book
from desktop_app.db.engine import make_engine
from desktop_app.db.models import AccountMonth, JournalEntry, JournalLine
from desktop_app.domain.accounts import KAS, MODAL_DONASI, SIMPANAN_SUKARELA, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.savings import SavingsType
from desktop_app.errors import ValidationError
from desktop_app.services import imports, ledger, members, reversals, savings
from desktop_app.services.check import check_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.members import MemberInput
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member


def fresh_count(session) -> dict[tuple[int, str, bool], int]:
    """The journal summed per account, month and closing flag, here in Python."""
    counted: dict[tuple[int, str, bool], int] = defaultdict(int)
    for account_id, day, kind, amount in session.execute(
        select(JournalLine.account_id, JournalEntry.date, JournalEntry.kind, JournalLine.amount)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
    ):
        counted[(account_id, f"{day:%Y-%m}", kind == EntryKind.YEAR_END)] += amount
    return {key: amount for key, amount in counted.items() if amount}


def stored(session) -> dict[tuple[int, str, bool], int]:
    return {(a, m, bool(c)): amount for a, m, c, amount in session.execute(
        select(AccountMonth.account_id, AccountMonth.month, AccountMonth.closing,
               AccountMonth.amount)) if amount}


def test_totals_follow_deposits_reversals_imports_and_an_undo(session, tmp_path):
    siti = members.create_member(session, MemberInput("0001", "Siti Aminah", date(2024, 1, 5)))
    savings.deposit(session, siti, SavingsType.SUKARELA, 50_000, date(2024, 1, 10))
    mistaken = savings.deposit(session, siti, SavingsType.SUKARELA, 70_000, date(2024, 1, 31))
    savings.withdraw(session, siti, 20_000, date(2024, 2, 1))
    reversals.reverse(session, mistaken, date(2024, 2, 3), "typed twice")
    assert stored(session) == fresh_count(session) != {}

    batch = import_workbook(session, make(tmp_path / "s.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("2")],
        "Simpanan": [SAVINGS_HEADER, ["01/03/2024", "2", "Sukarela", 5000, None],
                     ["02/04/2024", "2", "Sukarela", 7000, None]]}))
    assert batch.problems == []
    assert stored(session) == fresh_count(session)
    imports.undo_batch(session, batch.batch_id, on=date(2024, 5, 1))
    assert stored(session) == fresh_count(session)
    assert check_book(session) == []


def test_a_year_end_closing_is_counted_apart(session):
    ledger.post(session, EntryDraft(date(2024, 12, 31), EntryKind.YEAR_END, "Tutup buku",
                                    [debit(KAS, 300), credit(MODAL_DONASI, 300)]))
    ledger.post(session, EntryDraft(date(2024, 12, 31), EntryKind.GRANT, "Hibah",
                                    [debit(KAS, 500), credit(MODAL_DONASI, 500)]))
    kas = session.scalar(text("SELECT id FROM account WHERE code = :c"), {"c": KAS})
    assert stored(session)[(kas, "2024-12", True)] == 300
    assert stored(session)[(kas, "2024-12", False)] == 500
    assert stored(session) == fresh_count(session)


def test_a_refused_posting_adds_nothing(session):
    with pytest.raises(ValidationError, match="does not balance"):
        ledger.post(session, EntryDraft(date(2024, 3, 1), EntryKind.GRANT, "Hibah",
                                        [debit(KAS, 500), credit(SIMPANAN_SUKARELA, 400)]))
    assert stored(session) == {}


def test_a_book_at_the_previous_revision_upgrades_with_whole_totals(book_location):
    """A 0006 book held a partly counted cache with its high-water mark: the upgrade
    counts the whole journal and drops the mark (a file and a server book alike)."""
    book = open_book(book_location)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        for day, amount in ((date(2024, 1, 3), 100), (date(2024, 1, 20), 40),
                            (date(2024, 2, 1), 7)):
            ledger.post(session, EntryDraft(day, EntryKind.GRANT, "Hibah",
                                            [debit(KAS, amount), credit(MODAL_DONASI, amount)]))
        expected = fresh_count(session)
    book.close()

    engine = make_engine(book_location)
    migrate_down(engine, "0006")
    with engine.begin() as conn:  # as 0006 left it: counted through entry 1 only
        kas, donasi = (conn.scalar(text("SELECT id FROM account WHERE code = :c"), {"c": c})
                       for c in (KAS, MODAL_DONASI))
        conn.execute(text("INSERT INTO account_month (account_id, month, closing, amount) "
                          "VALUES (:k, '2024-01', false, 100), (:d, '2024-01', false, -100)"),
                     {"k": kas, "d": donasi})
        conn.execute(text("INSERT INTO setting (key, value) "
                          "VALUES ('cache.account_month_through_entry', '1')"))
    engine.dispose()

    book = open_book(book_location)
    try:
        with book.session() as session:
            assert stored(session) == expected
            assert expected[(kas, "2024-01", False)] == 140
            assert session.scalar(text("SELECT COUNT(*) FROM setting WHERE key = "
                                       "'cache.account_month_through_entry'")) == 0
            assert check_book(session) == []
    finally:
        book.close()


def migrate_down(engine, revision: str) -> None:
    from alembic import command

    from desktop_app.db.schema_version import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
