"""Savings: deposits and withdrawals by the posting rules, every refusal writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry, JournalLine
from desktop_app.domain.accounts import KAS, SIMPANAN_SUKARELA
from desktop_app.domain.roles import Role
from desktop_app.domain.savings import SavingsType
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import ledger, member_exit, members, reversals, savings
from desktop_app.services import settings as book_settings
from desktop_app.services.check import check_book
from desktop_app.services.context import Actor, set_actor, transaction
from desktop_app.services.members import MemberInput

JOINED = date(2025, 1, 10)
DAY = date(2025, 3, 10)


@pytest.fixture
def member(session):
    return members.create_member(session, MemberInput("0001", "Siti Aminah", JOINED))


def entries(session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(JournalEntry.id))),
        session.scalar(select(func.count(JournalLine.id))),
    )


def test_a_deposit_is_debit_kas_credit_savings_of_the_member(session, member):
    entry_id = savings.deposit(session, member, SavingsType.SUKARELA, 50_000, DAY)
    lines = {(ln.account.code, ln.amount, ln.member_id)
             for ln in session.get(JournalEntry, entry_id).lines}
    assert lines == {(KAS, 50_000, None), (SIMPANAN_SUKARELA, -50_000, member)}
    assert savings.savings_balances(session, member).sukarela == 50_000
    assert check_book(session) == []


def test_wajib_for_several_months_at_once(session, member):
    savings.deposit(session, member, SavingsType.WAJIB, None, DAY, months=3)
    assert savings.savings_balances(session, member).wajib == 60_000
    assert savings.wajib_arrears(session, member, DAY) == 0
    # on 1 May, January to April are over: 4 months due, 3 paid
    assert savings.wajib_arrears(session, member, date(2025, 5, 1)) == 20_000


def test_the_expected_amount_is_the_rule_deposits_follow(session, member):
    assert savings.expected_amount(session, SavingsType.WAJIB, 3) == 60_000
    assert savings.expected_amount(session, SavingsType.POKOK) == 100_000
    assert savings.expected_amount(session, SavingsType.SUKARELA) is None
    book_settings.save_profile(session, replace(book_settings.get_profile(session),
                                                wajib_amount=25_000, pokok_amount=150_000))
    assert savings.expected_amount(session, SavingsType.WAJIB, 2) == 50_000
    savings.deposit(session, member, SavingsType.WAJIB, None, DAY, months=2)
    assert savings.savings_balances(session, member).wajib == 50_000
    savings.deposit(session, member, SavingsType.POKOK,
                    savings.expected_amount(session, SavingsType.POKOK), DAY)
    assert savings.savings_balances(session, member).pokok == 150_000


def test_balances_add_up(session, member):
    savings.deposit(session, member, SavingsType.POKOK, 100_000, DAY)
    savings.deposit(session, member, SavingsType.WAJIB, 20_000, DAY)
    savings.deposit(session, member, SavingsType.SUKARELA, 75_000, DAY)
    savings.withdraw(session, member, 25_000, DAY)
    assert savings.savings_balances(session, member) == savings.SavingsBalances(
        100_000, 20_000, 50_000
    )
    assert savings.savings_balances(session, member).total == 170_000


def test_withdrawal_to_exactly_zero_is_allowed(session, member):
    savings.deposit(session, member, SavingsType.SUKARELA, 30_000, DAY)
    savings.withdraw(session, member, 30_000, DAY)
    assert savings.savings_balances(session, member).sukarela == 0


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s, m: savings.deposit(s, m, SavingsType.SUKARELA, 0, DAY), "above zero"),
        (lambda s, m: savings.deposit(s, m, SavingsType.SUKARELA, -5, DAY), "above zero"),
        (lambda s, m: savings.withdraw(s, m, 0, DAY), "above zero"),
        (lambda s, m: savings.withdraw(s, m, 1, DAY), "withdraw at most"),
        (lambda s, m: savings.deposit(s, m, SavingsType.POKOK, 50_000, DAY), "exactly"),
        (lambda s, m: savings.deposit(s, m, SavingsType.WAJIB, 20_000, date(2025, 1, 9)),
         "joined"),
        (lambda s, m: savings.deposit(s, m, SavingsType.SUKARELA, 1, DAY, months=2),
         "Only wajib"),
        (lambda s, m: savings.deposit(s, m + 99, SavingsType.SUKARELA, 1, DAY), "no member"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(session, member, action, message):
    before = entries(session)
    with pytest.raises(ValidationError, match=message):
        action(session, member)
    assert entries(session) == before


def test_withdrawal_beyond_the_balance_is_refused(session, member):
    savings.deposit(session, member, SavingsType.SUKARELA, 40_000, DAY)
    savings.deposit(session, member, SavingsType.WAJIB, 500_000, DAY)
    before = entries(session)
    with pytest.raises(ValidationError, match="Rp 40.000"):
        savings.withdraw(session, member, 40_001, DAY)
    assert entries(session) == before


def test_pokok_only_once(session, member):
    savings.deposit(session, member, SavingsType.POKOK, 100_000, DAY)
    before = entries(session)
    with pytest.raises(ValidationError, match="only once"):
        savings.deposit(session, member, SavingsType.POKOK, 100_000, DAY)
    assert entries(session) == before


def test_no_deposit_for_a_member_who_left(session, member):
    member_exit.exit_member(session, member, DAY)
    with pytest.raises(ValidationError, match="has left"):
        savings.deposit(session, member, SavingsType.SUKARELA, 10_000, DAY)
    assert entries(session) == (0, 0)


def test_closed_period_is_refused(session, member):
    with transaction(session):
        book_settings.set_closed_through(session, date(2025, 3, 31))
    with pytest.raises(ValidationError, match="closed"):
        savings.deposit(session, member, SavingsType.SUKARELA, 10_000, DAY)
    assert entries(session) == (0, 0)


def test_an_auditor_may_not_post(session, member):
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        savings.deposit(session, member, SavingsType.SUKARELA, 10_000, DAY)
    assert entries(session) == (0, 0)


def test_a_mistaken_deposit_is_reversed_with_a_reason(session, member):
    entry_id = savings.deposit(session, member, SavingsType.WAJIB, 200_000, DAY)
    reversal = reversals.reverse(session, entry_id, DAY, "typed 200.000 instead of 20.000")
    assert savings.savings_balances(session, member).wajib == 0
    assert "typed 200.000" in session.get(JournalEntry, reversal).description
    assert ledger.is_reversed(session, entry_id)


def test_a_deposit_already_withdrawn_cannot_be_reversed(session, member):
    entry_id = savings.deposit(session, member, SavingsType.SUKARELA, 50_000, DAY)
    savings.withdraw(session, member, 30_000, DAY)
    before = entries(session)
    with pytest.raises(ValidationError, match="withdrawn"):
        reversals.reverse(session, entry_id, DAY, "mistake")
    assert entries(session) == before


def test_receipt_carries_what_the_kwitansi_prints(session, member):
    entry_id = savings.deposit(session, member, SavingsType.WAJIB, 40_000, DAY)
    receipt = savings.receipt(session, entry_id)
    assert (receipt.entry_id, receipt.member_name, receipt.amount) == (
        entry_id, "Siti Aminah", 40_000)
    assert receipt.savings_type == SavingsType.WAJIB and not receipt.is_withdrawal


def test_recent_postings_newest_first(session, member):
    first = savings.deposit(session, member, SavingsType.WAJIB, 20_000, DAY)
    second = savings.deposit(session, member, SavingsType.SUKARELA, 5_000, DAY)
    third = savings.withdraw(session, member, 2_000, DAY)
    recent = savings.recent_postings(session)
    assert [r.entry_id for r in recent] == [third, second, first]
    assert [r.amount for r in recent] == [-2_000, 5_000, 20_000]
    assert recent[2].savings_type == SavingsType.WAJIB
