"""Bulk repayments of an imported history (`loan_history.record_past_repayments`) give exactly
what posting them one by one (`loans.repay_in_transaction`) gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import (
    Account,
    AuditLog,
    JournalEntry,
    JournalLine,
    Loan,
    LoanRepayment,
    ReceiptNumber,
)
from desktop_app.domain import allocation
from desktop_app.domain.accounts import KAS, PENDAPATAN_JASA, PIUTANG_PINJAMAN
from desktop_app.errors import ValidationError
from desktop_app.services import check, ledger, loan_history, loan_state, loans
from tests.loan_book import add_member

# (loan index, date, amount): flat 1,200,000 at 2 % over 12 months = 100,000 principal
# and 24,000 interest per installment, 1,488,000 in all.
PAYMENTS = [
    (0, date(2023, 2, 1), 124_000),
    (1, date(2023, 2, 1), 50_000),
    (2, date(2023, 2, 3), 10_000),
    (0, date(2023, 3, 1), 248_000),
    (1, date(2023, 3, 20), 1_438_000),  # pays loan 1 off
    (2, date(2023, 3, 20), 30_000),
]


def _history_loans(session, tag: str) -> list[int]:
    ids = []
    for n in range(3):
        member = add_member(session, f"{tag}{n}", f"Anggota {tag}{n}")
        made = loan_history.create_loans_from_history(session, [loan_history.PastLoan(
            number=f"{tag}-{n}", member_id=member, principal=1_200_000,
            monthly_rate=Decimal(2), term_months=12, method="flat", admin_fee=0,
            disbursed_on=date(2023, 1, 1))])[0]
        ledger.post_in_transaction(session, made.draft)
        ids.append(made.loan_id)
    session.commit()
    return ids


def _with_splits(session, loan_ids: list[int]) -> list[loan_history.PastRepayment]:
    """The splits an import computes: oldest installment first, on simulated states."""
    states = {i: loan_state.states_of(session.get(Loan, i)) for i in loan_ids}
    made = []
    for index, on, amount in PAYMENTS:
        loan_id = loan_ids[index]
        split = allocation.allocate(states[loan_id], amount, on)
        states[loan_id] = allocation.apply(states[loan_id], split)
        made.append(loan_history.PastRepayment(loan_id, on, split, f"bulan {on.month}"))
    return made


def _state(session, loan_ids: list[int]) -> list:
    """Everything the repayments wrote, with the loans named by their position."""
    position = {loan_id: n for n, loan_id in enumerate(loan_ids)}
    codes = dict(session.execute(select(Account.id, Account.code)).all())
    result = []
    for loan_id in loan_ids:
        loan = session.get(Loan, loan_id)
        session.refresh(loan)
        result.append((loan.status, loan.outstanding, loan.closed_on, loan.next_due_date,
                       [(i.number, i.paid_principal, i.paid_interest, i.paid_penalty)
                        for i in loan.installments]))
    repayments = session.execute(
        select(LoanRepayment, JournalEntry, ReceiptNumber.number)
        .join(JournalEntry, JournalEntry.id == LoanRepayment.entry_id)
        .join(ReceiptNumber, ReceiptNumber.entry_id == JournalEntry.id)
        .where(LoanRepayment.loan_id.in_(loan_ids)).order_by(LoanRepayment.id)).all()
    first_receipt = repayments[0][2]
    for rep, entry, receipt in repayments:
        lines = sorted((codes[line.account_id], line.amount, line.member_id is not None,
                        position.get(line.loan_id)) for line in entry.lines)
        audit = session.scalar(select(AuditLog.details).where(
            AuditLog.object_type == "journal_entry", AuditLog.object_id == str(entry.id)))
        result.append((position[rep.loan_id], rep.date, rep.amount, rep.penalty, rep.interest,
                       rep.principal, rep.note, rep.reversed, entry.date, entry.kind,
                       entry.description.replace(session.get(Loan, rep.loan_id).number, "#"),
                       lines, receipt - first_receipt, audit))
    return result


def test_bulk_repayments_equal_one_by_one_and_the_expected_figures(session):
    one_by_one, bulk = _history_loans(session, "A"), _history_loans(session, "B")
    for rep in _with_splits(session, one_by_one):
        loans.repay_in_transaction(session, rep.loan_id, rep.on, rep.split.total, rep.note,
                                   split=rep.split)
    session.commit()
    loan_history.record_past_repayments(session, _with_splits(session, bulk))
    session.commit()

    assert _state(session, bulk) == _state(session, one_by_one)
    # and the figures themselves, worked out by hand
    loan0, loan1, loan2 = (session.get(Loan, i) for i in bulk)
    assert (loan0.status, loan0.outstanding, loan0.next_due_date) == (
        "active", 900_000, date(2023, 5, 1))
    assert (loan1.status, loan1.outstanding, loan1.closed_on, loan1.next_due_date) == (
        "paid", 0, date(2023, 3, 20), None)
    assert (loan2.outstanding, loan2.next_due_date) == (1_184_000, date(2023, 2, 1))
    assert [(i.paid_interest, i.paid_principal) for i in loan2.installments[:2]] == [
        (24_000, 16_000), (0, 0)]
    receipts = session.execute(
        select(ReceiptNumber.number).join(LoanRepayment,
                                          LoanRepayment.entry_id == ReceiptNumber.entry_id)
        .where(LoanRepayment.loan_id.in_(bulk)).order_by(LoanRepayment.id)).scalars().all()
    assert receipts == [7, 8, 9, 10, 11, 12]  # after the six posted one by one
    jasa = session.scalar(
        select(func.sum(JournalLine.amount)).join(Account).where(
            Account.code == PENDAPATAN_JASA, JournalLine.loan_id.in_(bulk)))
    assert jasa == -(3 * 24_000 + 12 * 24_000 + 24_000)
    piutang = session.scalar(
        select(func.sum(JournalLine.amount)).join(Account).where(
            Account.code == PIUTANG_PINJAMAN, JournalLine.loan_id.in_(bulk)))
    assert piutang == 900_000 + 0 + 1_184_000
    assert ledger.account_balance(session, KAS) == 2 * (
        -3 * 1_200_000 + sum(amount for _, _, amount in PAYMENTS))
    assert check.check_book(session) == []


@pytest.mark.parametrize("payments, message", [
    ([(1, date(2023, 3, 20), 1_488_000), (1, date(2023, 4, 1), 10_000)], "not running"),
    ([(0, date(2022, 12, 31), 10_000)], "before the loan was paid out"),
])
def test_a_repayment_the_loan_cannot_take_is_refused(session, payments, message):
    loan_ids = _history_loans(session, "C")
    on, amount = payments[0][1:]
    states = loan_state.states_of(session.get(Loan, loan_ids[payments[0][0]]))
    split = allocation.allocate(states, amount, max(on, date(2023, 1, 1)))
    history = [loan_history.PastRepayment(loan_ids[index], day, split)
               for index, day, _ in payments]
    with pytest.raises(ValidationError, match=message):
        loan_history.record_past_repayments(session, history)
    session.rollback()
    assert session.scalar(select(func.count(LoanRepayment.id))) == 0


@pytest.mark.parametrize("change, message", [
    ({"number": "D-1"}, "Loan number D-1 is already used"),  # twice in one history
    ({"purpose": "modal\x07warung"}, "loan.purpose"),
    ({"admin_fee": 1_200_000}, "admin fee"),
])
def test_bad_history_loans_are_refused(session, change, message):
    member = add_member(session, "D1", "Dewi")
    first = loan_history.PastLoan(number="D-1", member_id=member, principal=1_200_000,
                           monthly_rate=Decimal(2), term_months=12, method="flat", admin_fee=0,
                           disbursed_on=date(2023, 1, 1))
    with pytest.raises(ValidationError, match=message):
        loan_history.create_loans_from_history(session, [first, replace(first, **{"number": "D-2", **change})])
    session.rollback()
    assert session.scalar(select(func.count(Loan.id))) == 0
