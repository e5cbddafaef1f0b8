"""The one reversal table: every entry kind has a row, every front reverses through it, and
undoing a whole import puts the book back as it was."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry, Loan, Member
from desktop_app.domain.accounts import KAS, SIMPANAN_SUKARELA, SIMPANAN_WAJIB, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import (
    check,
    imports,
    ledger,
    loan_history,
    loans,
    member_exit,
    reversals,
    savings,
)
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, Actor, set_actor
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.importer import import_workbook
from tests.loan_book import add_member

DAY = date(2025, 3, 10)


def test_every_entry_kind_has_a_row_in_the_reversal_table():
    """A new EntryKind fails here until it says how it is reversed."""
    assert set(reversals.REVERSALS) == set(EntryKind)


def test_a_reversal_goes_through_its_kind_row(session, monkeypatch):
    calls = []

    def reverse(s, entry_id, on, reason):
        calls.append(entry_id)
        return ledger.reverse_in_transaction(s, entry_id, on, reason)

    monkeypatch.setitem(reversals.REVERSALS, EntryKind.GRANT, reversals.Reversal(reverse))
    grant = ledger.post(session, EntryDraft(DAY, EntryKind.GRANT, "hibah",
                                            [debit(KAS, 5_000), credit("3301", 5_000)]))
    reversals.reverse(session, grant, DAY, "salah")
    assert calls == [grant]
    assert ledger.account_balance(session, KAS) == 0


def _past_loan(session, member_id: int, number: str, principal: int, on: date) -> int:
    """A loan of history, paid out on `on`; returns the disbursement's entry id."""
    made = loan_history.create_loans_from_history(session, [loan_history.PastLoan(
        number=number, member_id=member_id, principal=principal, monthly_rate=Decimal("1.5"),
        term_months=6, method="flat", admin_fee=0, disbursed_on=on)])[0]
    return ledger.post(session, made.draft)


def _loan_id(session, number: str) -> int:
    return session.scalar(select(Loan.id).where(Loan.number == number))


def _counts(session) -> int:
    return session.scalar(select(func.count(JournalEntry.id)))


def test_refusals_keep_their_messages_and_write_nothing(session):
    siti = add_member(session, "1", "Siti")
    deposit = savings.deposit(session, siti, "sukarela", 50_000, DAY)
    savings.withdraw(session, siti, 30_000, DAY)
    disbursement = _past_loan(session, siti, "P-1", 600_000, DAY)
    loans.repay(session, _loan_id(session, "P-1"), date(2025, 4, 10), 109_000)
    session.commit()
    before = _counts(session)
    refusals = [
        (deposit, "This deposit has already been withdrawn"),
        (disbursement, "Reverse the loan's repayments before its disbursement."),
        (999, "There is no journal entry 999."),
    ]
    for entry_id, message in refusals:
        with pytest.raises(ValidationError, match=message):
            reversals.reverse(session, entry_id, date(2025, 5, 1), "salah")
    assert _counts(session) == before


def test_an_exit_that_settled_a_loan_and_a_write_off_by_the_treasurer_are_refused(session):
    siti = add_member(session, "1", "Siti", savings=800_000)
    rina = add_member(session, "2", "Rina")
    for member_id, number in ((siti, "P-1"), (rina, "P-2")):
        _past_loan(session, member_id, number, 300_000, DAY)
    exit_entry = member_exit.exit_member(session, siti, date(2025, 4, 1))
    write_off = loans.write_off(session, _loan_id(session, "P-2"), date(2025, 4, 1), "pindah")
    before = _counts(session)
    with pytest.raises(ValidationError, match="This exit also paid off loans"):
        reversals.reverse(session, exit_entry, date(2025, 4, 2), "salah")
    set_actor(session, Actor("ani", Role.TREASURER))
    with pytest.raises(PermissionDenied):
        reversals.reverse(session, write_off, date(2025, 4, 2), "salah")
    assert _counts(session) == before


def _source_book(session) -> None:
    """Deposits, a loan repaid then netted at its member's exit, a member who left with her
    savings paid out, and a written-off loan."""
    siti = add_member(session, "1", "Siti")
    dewi = add_member(session, "2", "Dewi")
    rina = add_member(session, "3", "Rina")
    for member_id in (siti, dewi, rina):
        savings.deposit(session, member_id, "wajib", 200_000, date(2024, 1, 5))
        savings.deposit(session, member_id, "sukarela", 300_000, date(2024, 1, 5))
    for member_id, number in ((siti, "P-1"), (rina, "P-2")):
        _past_loan(session, member_id, number, 600_000, date(2024, 2, 1))
        loans.repay(session, _loan_id(session, number), date(2024, 3, 1), 109_000)
    member_exit.exit_member(session, siti, date(2024, 4, 10))
    member_exit.exit_member(session, dewi, date(2024, 4, 10))
    loans.write_off(session, _loan_id(session, "P-2"), date(2024, 9, 1), "pindah")


def test_undoing_an_import_with_deposits_an_exit_and_a_write_off_puts_the_book_back(
        session, tmp_path):
    source = create_book(None, DEFAULT_PROFILE)
    with source.session() as other:
        set_actor(other, SYSTEM_ACTOR)
        _source_book(other)
        path = export_book(other, tmp_path / "book.xlsx").path
    source.close()
    ani = add_member(session, "9", "Ani", savings=70_000)
    savings.deposit(session, ani, "wajib", 20_000, date(2024, 1, 6))
    before = (ledger.account_balances(session), ledger.member_balances(session, ani))

    imported = import_workbook(session, path)
    assert imported.problems == []
    kinds = set(session.scalars(select(JournalEntry.kind).where(
        JournalEntry.batch_id == imported.batch_id)))
    assert {"deposit", "member_exit", "loan_write_off", "repayment"} <= kinds
    assert ledger.account_balances(session) != before[0]

    imports.undo_batch(session, imported.batch_id, date(2025, 1, 1))

    assert (ledger.account_balances(session), ledger.member_balances(session, ani)) == before
    assert ledger.member_balances(session, ani)[SIMPANAN_SUKARELA] == -70_000
    assert ledger.member_balances(session, ani)[SIMPANAN_WAJIB] == -20_000
    for number in ("1", "2", "3"):
        member_id = session.scalar(select(Member.id).where(Member.number == number))
        assert set(ledger.member_balances(session, member_id).values()) <= {0}
    # the imported loans are undisbursed again: nothing owed, nothing settled at exit
    assert set(session.execute(select(Loan.status, Loan.outstanding, Loan.exit_settled))) == {
        ("approved", 0, 0)}
    assert check.check_book(session) == []
