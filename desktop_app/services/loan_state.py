"""A loan's schedule state and status, kept in step by every loan module.

`loans` (the cycle), `loan_history` (imported histories) and `loan_reversals` all load a
loan, read its installments as `InstallmentState`s and store them back here, so the
loan's `outstanding`, `next_due_date` and status always follow its installments.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Loan, Member, MemberGroup
from desktop_app.domain import allocation
from desktop_app.domain.allocation import InstallmentState
from desktop_app.domain.loan_rules import NO_PENALTY, PenaltyRule
from desktop_app.domain.loan_status import RUNNING_OR_PAID, LoanStatus
from desktop_app.domain.schedule import ScheduleOptions, ScheduleRow
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr


def load_loan(session: Session, loan_id: int) -> Loan:
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise ValidationError(tr("There is no loan {id}.", id=loan_id))
    return loan


def penalty_rule(loan: Loan) -> PenaltyRule:
    return PenaltyRule(loan.penalty_kind, loan.penalty_value) if loan.penalty_kind else NO_PENALTY


def states_of(loan: Loan) -> list[InstallmentState]:
    return [
        InstallmentState(i.number, i.due_date, i.principal, i.interest,
                         i.paid_principal, i.paid_interest, i.paid_penalty)
        for i in loan.installments
    ]


def store_states(loan: Loan, states: list[InstallmentState], on: date | None) -> None:
    """Write paid amounts back and bring outstanding, next due date and status in step."""
    by_number = {s.number: s for s in states}
    for row in loan.installments:
        state = by_number[row.number]
        row.paid_principal = state.paid_principal
        row.paid_interest = state.paid_interest
        row.paid_penalty = state.paid_penalty
    refresh_loan(loan, states, on)


def refresh_loan(loan: Loan, states: list[InstallmentState], on: date | None) -> None:
    outstanding = sum(s.unpaid_principal for s in states)
    loan.outstanding = outstanding if loan.status in RUNNING_OR_PAID else 0
    if loan.status in RUNNING_OR_PAID:
        if outstanding == 0:
            loan.status, loan.closed_on = LoanStatus.PAID, loan.closed_on or on
        else:
            loan.status, loan.closed_on = LoanStatus.ACTIVE, None
    loan.next_due_date = allocation.oldest_unpaid_due(states) if loan.outstanding else None


def meeting_weekday(session: Session, member_id: int) -> int | None:
    """The meeting weekday of the member's group, if it has one."""
    return session.scalar(select(MemberGroup.meeting_weekday).join(
        Member, Member.group_id == MemberGroup.id).where(Member.id == member_id))


def schedule_options(session: Session, loan: Loan, *, fresh_start: bool = False
                     ) -> ScheduleOptions:
    """The loan's schedule options; `fresh_start` (a reschedule) drops the grace period
    and the chosen first due date."""
    return ScheduleOptions(
        loan.frequency or "month", 0 if fresh_start else loan.grace_installments or 0,
        loan.grace_kind or "interest", loan.rounding_unit or 1,
        loan.rounding_mode or "half_up", None if fresh_start else loan.first_due_date,
        meeting_weekday(session, loan.member_id))


def installment_rows(loan_id: int, rows: list[ScheduleRow], first_number: int = 1) -> list[dict]:
    return [
        {"loan_id": loan_id, "number": first_number + r.number - 1, "due_date": r.due_date,
         "principal": r.principal, "interest": r.interest, "paid_principal": 0,
         "paid_interest": 0, "paid_penalty": 0}
        for r in rows
    ]


def require_active(loan: Loan) -> None:
    if loan.status != LoanStatus.ACTIVE:
        raise ValidationError(
            tr("Loan {number} is not running (status: {status}); nothing can be paid on it.",
               number=loan.number, status=status_label(loan.status))
        )


def status_label(status: str) -> str:
    return {
        LoanStatus.APPLIED: tr("Applied"), LoanStatus.APPROVED: tr("Approved"),
        LoanStatus.REJECTED: tr("Rejected"), LoanStatus.ACTIVE: tr("Active"),
        LoanStatus.PAID: tr("Paid off"), LoanStatus.WRITTEN_OFF: tr("Written off"),
    }.get(status, status)


def mark_written_off(loan: Loan, on: date) -> None:
    """The loan's state once its principal is written off (the caller posts the entry)."""
    loan.status, loan.closed_on = LoanStatus.WRITTEN_OFF, on
    loan.outstanding, loan.next_due_date = 0, None
