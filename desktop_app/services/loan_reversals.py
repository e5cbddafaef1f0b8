"""Reversing a loan's entries: its disbursement, a repayment, its write-off.

Each negates the entry and puts the loan's state back (`reversals.REVERSALS` names them).
A reversed repayment's installments are rebuilt from the remaining repayments' recorded
splits (posted entries never change). Repayments made before a reschedule, on a
written-off loan, or closed by a member's exit are not reversible.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import JournalLine, Loan, LoanInstallment, LoanRepayment
from desktop_app.domain import allocation
from desktop_app.domain.allocation import InstallmentState
from desktop_app.domain.loan_status import RUNNING_OR_PAID, LoanStatus
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger
from desktop_app.services.context import require
from desktop_app.services.loan_state import (
    load_loan,
    refresh_loan,
    states_of,
    status_label,
    store_states,
)


def _replay(session: Session, loan: Loan) -> None:
    """Rebuild installment paid amounts from the loan's non-reversed repayments."""
    states = [
        InstallmentState(s.number, s.due_date, s.principal, s.interest) for s in states_of(loan)
    ]
    repayments = session.scalars(
        select(LoanRepayment).where(LoanRepayment.loan_id == loan.id,
                                    LoanRepayment.reversed.is_(False))
        .order_by(LoanRepayment.date, LoanRepayment.id)
    )
    last = None
    for rep in repayments:
        states = allocation.apply(
            states, allocation.spread(states, rep.penalty, rep.interest, rep.principal))
        last = rep.date
    loan.closed_on = None
    store_states(loan, states, last)


def reverse_repayment(session: Session, entry_id: int, on: date, reason: str) -> int:
    rep = session.scalar(select(LoanRepayment).where(LoanRepayment.entry_id == entry_id))
    if rep is None:
        return ledger.reverse_in_transaction(session, entry_id, on, reason)
    loan = load_loan(session, rep.loan_id)
    if loan.status not in RUNNING_OR_PAID or loan.exit_settled:
        raise ValidationError(tr(
            "Loan {number} is closed ({status}); its repayments can no longer be reversed.",
            number=loan.number, status=status_label(loan.status)))
    if loan.rescheduled_on and rep.date <= loan.rescheduled_on:
        raise ValidationError(tr("This repayment was made before the loan was rescheduled; "
                                 "it can no longer be reversed."))
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    rep.reversed = True
    session.flush()
    _replay(session, loan)
    audit.record(session, "loan.repayment_reversed", "loan", loan.id, entry_id=entry_id)
    return reversal_id


def _loan_of_entry(session: Session, entry_id: int) -> int | None:
    return session.scalar(select(JournalLine.loan_id).where(
        JournalLine.entry_id == entry_id, JournalLine.loan_id.is_not(None)).limit(1))


def reverse_write_off(session: Session, entry_id: int, on: date, reason: str) -> int:
    require(session, Permission.APPROVE)
    loan_id = _loan_of_entry(session, entry_id)
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    if loan_id is not None:
        loan = load_loan(session, loan_id)
        loan.status, loan.closed_on = LoanStatus.ACTIVE, None
        refresh_loan(loan, states_of(loan), on)
    return reversal_id


def reverse_disbursement(session: Session, entry_id: int, on: date, reason: str) -> int:
    loan_id = _loan_of_entry(session, entry_id)
    if loan_id is not None:
        loan = load_loan(session, loan_id)
        if session.scalar(select(func.count(LoanRepayment.id)).where(
                LoanRepayment.loan_id == loan_id, LoanRepayment.reversed.is_(False))):
            raise ValidationError(tr("Reverse the loan's repayments before its disbursement."))
        if loan.status != LoanStatus.ACTIVE:
            raise ValidationError(tr(
                "Loan {number} is closed ({status}); its disbursement can no longer be reversed.",
                number=loan.number, status=status_label(loan.status)))
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    if loan_id is not None:
        session.execute(delete(LoanInstallment).where(LoanInstallment.loan_id == loan_id))
        loan.status, loan.disbursed_on = LoanStatus.APPROVED, None
        loan.outstanding, loan.next_due_date = 0, None
        session.expire(loan, ["installments"])
    return reversal_id
