"""The journal: posting, refusals that write nothing, reversals and balances."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.db.models import Account, AuditLog, JournalEntry, JournalLine, Member
from desktop_app.domain.accounts import (
    BEBAN_OPERASIONAL,
    KAS,
    MODAL_DONASI,
    PENDAPATAN_JASA,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    EntryKind,
)
from desktop_app.domain.journal import EntryDraft, Line, credit, debit
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import ledger, reversals
from desktop_app.services import settings as book_settings
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.check import check_book
from desktop_app.services.context import SYSTEM_ACTOR, Actor, set_actor, transaction

DAY = date(2025, 3, 10)


def grant(amount: int = 1_000_000, on: date = DAY) -> EntryDraft:
    return EntryDraft(on, EntryKind.GRANT, "Hibah", [debit(KAS, amount), credit(MODAL_DONASI, amount)])


def counts(session) -> tuple[int, int, int]:
    return (
        session.scalar(select(func.count(JournalEntry.id))),
        session.scalar(select(func.count(JournalLine.id))),
        session.scalar(select(func.count(AuditLog.id))),
    )


def add_member(session, number: str = "A001") -> int:
    with transaction(session):
        member = Member(number=number, name="Siti Aminah", join_date=date(2024, 1, 5))
        session.add(member)
    return member.id


def test_a_balanced_entry_is_posted_with_its_lines_and_balances(session):
    entry_id = ledger.post(session, grant(1_250_000))
    entry = session.get(JournalEntry, entry_id)
    assert entry.kind == "grant" and entry.date == DAY and entry.created_by == "system"
    assert sorted(line.amount for line in entry.lines) == [-1_250_000, 1_250_000]
    assert ledger.account_balance(session, KAS) == 1_250_000
    assert ledger.account_balance(session, MODAL_DONASI) == -1_250_000
    assert ledger.account_balance(session, BEBAN_OPERASIONAL) == 0


def test_posting_writes_an_audit_row_naming_who_and_what(session):
    entry_id = ledger.post(session, grant(500_000))
    row = session.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
    assert (row.action, row.object_type, row.object_id, row.actor) == (
        "journal.post", "journal_entry", str(entry_id), "system"
    )
    assert '"total": 500000' in row.details


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([debit(KAS, 1000), credit(MODAL_DONASI, 999)], "does not balance"),
        ([debit(KAS, 1000)], "at least two lines"),
        ([debit(KAS, 1000), credit("9999", 1000)], "no account 9999"),
        ([debit(KAS, 0), credit(MODAL_DONASI, 0)], "cannot be zero"),
        ([Line(KAS, 10.0), Line(MODAL_DONASI, -10.0)], "whole numbers"),  # type: ignore[arg-type]
    ],
)
def test_malformed_entries_are_refused_and_nothing_is_written(session, lines, message):
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        ledger.post(session, EntryDraft(DAY, EntryKind.INCOME, "x", lines))
    assert counts(session) == before
    assert ledger.account_balances(session)[KAS] == 0


def test_a_closed_account_is_refused(session):
    with transaction(session):
        session.scalars(select(Account).where(Account.code == MODAL_DONASI)).one().active = False
    with pytest.raises(ValidationError, match="Account 3301 is closed"):
        ledger.post(session, grant())
    assert counts(session)[0] == 0


def test_closed_period_refuses_entries_on_or_before_the_lock_date(session):
    with transaction(session):
        book_settings.set_closed_through(session, date(2025, 3, 31))
    before = counts(session)
    for day in (date(2025, 3, 31), date(2024, 12, 1)):
        with pytest.raises(ValidationError, match="closed through 31/03/2025"):
            ledger.post(session, grant(on=day))
    assert counts(session) == before
    ledger.post(session, grant(on=date(2025, 4, 1)))
    assert ledger.account_balance(session, KAS) == 1_000_000


def test_a_read_only_role_cannot_post_or_reverse(session):
    entry_id = ledger.post(session, grant())
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    before = counts(session)
    with pytest.raises(PermissionDenied, match="auditor"):
        ledger.post(session, grant())
    with pytest.raises(PermissionDenied):
        reversals.reverse(session, entry_id, DAY, "salah")
    assert counts(session) == before


def test_without_a_login_nothing_can_be_posted(book):
    with book.session() as session, pytest.raises(PermissionDenied, match="log in"):
        ledger.post(session, grant())


def test_reversal_negates_the_entry_and_links_to_it(session):
    member = add_member(session)
    original = ledger.post(session, EntryDraft(
        DAY, EntryKind.DEPOSIT, "Setor wajib",
        [debit(KAS, 20_000), credit(SIMPANAN_WAJIB, 20_000, member_id=member)],
    ))
    reversal = reversals.reverse(session, original, date(2025, 3, 12), "salah anggota")
    entry = session.get(JournalEntry, reversal)
    assert entry.reverses_id == original and entry.kind == "reversal"
    assert "salah anggota" in entry.description and entry.date == date(2025, 3, 12)
    assert ledger.account_balance(session, KAS) == 0
    assert ledger.member_balances(session, member)[SIMPANAN_WAJIB] == 0
    assert ledger.is_reversed(session, original) and not ledger.is_reversed(session, reversal)
    audit_actions = session.scalars(select(AuditLog.action).order_by(AuditLog.id)).all()
    assert audit_actions[-1] == "journal.reverse"
    assert check_book(session) == []


@pytest.mark.parametrize(
    ("on", "reason", "message"),
    [
        (DAY, "  ", "Give a reason"),
        (date(2025, 3, 9), "typo", "cannot be dated before"),
    ],
)
def test_bad_reversals_are_refused(session, on, reason, message):
    original = ledger.post(session, grant())
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        reversals.reverse(session, original, on, reason)
    assert counts(session) == before


def test_an_entry_is_reversed_only_once_and_reversals_are_not_reversed(session):
    original = ledger.post(session, grant())
    reversal = reversals.reverse(session, original, DAY, "dobel")
    before = counts(session)
    with pytest.raises(ValidationError, match="already been reversed"):
        reversals.reverse(session, original, DAY, "lagi")
    with pytest.raises(ValidationError, match="cannot be reversed"):
        reversals.reverse(session, reversal, DAY, "lagi")
    with pytest.raises(ValidationError, match="no journal entry 999"):
        reversals.reverse(session, 999, DAY, "lagi")
    assert counts(session) == before
    assert ledger.account_balance(session, KAS) == 0


def test_reversal_into_a_closed_period_is_refused(session):
    original = ledger.post(session, grant(on=date(2025, 1, 10)))
    with transaction(session):
        book_settings.set_closed_through(session, date(2025, 1, 31))
    with pytest.raises(ValidationError, match="closed through"):
        reversals.reverse(session, original, date(2025, 1, 20), "salah")
    reversals.reverse(session, original, date(2025, 2, 1), "salah")
    assert ledger.account_balance(session, KAS) == 0


def test_member_balances_follow_member_lines(session):
    siti, rina = add_member(session, "A001"), add_member(session, "A002")
    posting = ledger.Posting(session, "test.bulk")
    with transaction(session):
        posting.add_all([
            EntryDraft(DAY, EntryKind.DEPOSIT, "", [debit(KAS, 50_000),
                                                    credit(SIMPANAN_SUKARELA, 50_000, member_id=siti)]),
            EntryDraft(DAY, EntryKind.DEPOSIT, "", [debit(KAS, 10_000),
                                                    credit(SIMPANAN_SUKARELA, 10_000, member_id=rina)]),
            EntryDraft(DAY, EntryKind.WITHDRAWAL, "", [debit(SIMPANAN_SUKARELA, 15_000, member_id=siti),
                                                       credit(KAS, 15_000)]),
        ])
        assert posting.finish() == 3
    assert ledger.member_balances(session, siti) == {SIMPANAN_SUKARELA: -35_000}
    assert ledger.member_balances(session, rina) == {SIMPANAN_SUKARELA: -10_000}
    assert ledger.account_balance(session, KAS) == 45_000
    assert check_book(session) == []


def test_balance_as_of_a_date_counts_entries_up_to_that_day(session):
    ledger.post(session, grant(100_000, date(2025, 1, 31)))
    ledger.post(session, EntryDraft(date(2025, 2, 1), EntryKind.EXPENSE, "ATK",
                                    [debit(BEBAN_OPERASIONAL, 30_000), credit(KAS, 30_000)]))
    assert ledger.account_balance_as_of(session, KAS, date(2025, 1, 30)) == 0
    assert ledger.account_balance_as_of(session, KAS, date(2025, 1, 31)) == 100_000
    assert ledger.account_balance_as_of(session, KAS, date(2025, 2, 1)) == 70_000


def test_a_failure_in_a_bulk_posting_writes_none_of_it(session):
    posting = ledger.Posting(session, "test.bulk")
    with pytest.raises(ValidationError):
        with transaction(session):
            posting.add_all([grant(), grant(), EntryDraft(DAY, EntryKind.GRANT, "", [debit(KAS, 5)])])
            posting.finish()
    assert counts(session) == (0, 0, 1)  # only the book's creation is audited
    assert ledger.account_balance(session, KAS) == 0


ACCOUNTS = [KAS, MODAL_DONASI, BEBAN_OPERASIONAL, PENDAPATAN_JASA]


@hsettings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ACCOUNTS), st.sampled_from(ACCOUNTS),
                          st.integers(1, 10**12)), min_size=1, max_size=30))
def test_summaries_always_equal_the_journal(movements):
    book = create_book(None, DEFAULT_PROFILE)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            expected = dict.fromkeys(ACCOUNTS, 0)
            posting = ledger.Posting(session, "test")
            with transaction(session):
                for dr, cr, amount in movements:
                    if dr == cr:
                        continue
                    posting.writer.add(EntryDraft(DAY, EntryKind.TRANSFER, "",
                                                  [debit(dr, amount), credit(cr, amount)]))
                    expected[dr] += amount
                    expected[cr] -= amount
                posting.finish()
            balances = ledger.account_balances(session)
            assert {code: balances[code] for code in ACCOUNTS} == expected
            assert sum(balances.values()) == 0
            assert check_book(session) == []
    finally:
        book.close()
