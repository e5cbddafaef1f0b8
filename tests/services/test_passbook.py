"""The passbook lists every savings movement and agrees with the journal."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.savings import SavingsType
from desktop_app.services import members, passbook, reversals, savings
from desktop_app.services.members import MemberInput


def test_running_balances_end_at_the_journal_balances(session):
    joined = date(2025, 1, 2)
    member_id = members.create_member(session, MemberInput("0001", "Dewi Lestari", joined))
    other = members.create_member(session, MemberInput("0002", "Sri Wahyuni", joined))
    savings.deposit(session, member_id, SavingsType.POKOK, 100_000, date(2025, 1, 2))
    savings.deposit(session, member_id, SavingsType.SUKARELA, 70_000, date(2025, 2, 5))
    savings.deposit(session, other, SavingsType.SUKARELA, 999_000, date(2025, 2, 5))
    wrong = savings.deposit(session, member_id, SavingsType.WAJIB, 200_000, date(2025, 2, 5))
    reversals.reverse(session, wrong, date(2025, 2, 6), "salah ketik")
    savings.deposit(session, member_id, SavingsType.WAJIB, 40_000, date(2025, 2, 6))
    savings.withdraw(session, member_id, 20_000, date(2025, 3, 1))
    # posted later but dated earlier: the passbook follows the dates
    savings.deposit(session, member_id, SavingsType.WAJIB, 20_000, date(2025, 1, 20))

    rows = passbook.rows(session, member_id)
    assert [r.date for r in rows] == sorted(r.date for r in rows)
    assert len(rows) == 7
    assert rows[1].savings_type == SavingsType.WAJIB and rows[1].balance == 20_000
    last = rows[-1]
    journal = savings.savings_balances(session, member_id)
    assert (last.pokok, last.wajib, last.sukarela, last.total) == (
        journal.pokok, journal.wajib, journal.sukarela, journal.total)
    assert (last.withdrawal, last.deposit, last.balance) == (20_000, 0, 50_000)
    reversal = next(r for r in rows if r.kind == "reversal")
    assert reversal.withdrawal == 200_000


def test_a_member_without_movements_has_an_empty_passbook(session):
    member_id = members.create_member(session, MemberInput("0001", "Fitriani", date(2025, 1, 2)))
    book = passbook.passbook(session, member_id, date(2025, 6, 1))
    assert book.rows == [] and book.member.name == "Fitriani"
