"""A loan history read from a workbook: the loans created already paid out, their past
repayments recorded in bulk, and what ends or reopens them.

The importer (`spreadsheet/loan_sheets.py`) calls these in its own transaction; each gives
the same entries, receipt numbers, installment state and audit rows as the loan cycle's
use cases one by one (`loans`), batched for histories of thousands of repayments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Loan, LoanInstallment, LoanRepayment
from desktop_app.domain import allocation
from desktop_app.domain.allocation import InstallmentState, Split
from desktop_app.domain.journal import EntryDraft
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.postings import disbursement_draft, repayment_draft
from desktop_app.domain.roles import Permission
from desktop_app.domain.schedule import ScheduleOptions, build_schedule, validate_terms
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, text_guard
from desktop_app.services.context import require
from desktop_app.services.loan_products import check_rate
from desktop_app.services.loan_state import (
    installment_rows,
    load_loan,
    refresh_loan,
    require_active,
    states_of,
    store_states,
)


@dataclass(frozen=True)
class PastLoan:
    """A loan of an imported history: paid out on `disbursed_on`, no product, no penalty."""

    number: str
    member_id: int
    principal: int
    monthly_rate: Decimal
    term_months: int
    method: str
    admin_fee: int
    disbursed_on: date
    purpose: str | None = None
    guarantor_name: str | None = None
    options: ScheduleOptions = field(default_factory=ScheduleOptions)


@dataclass(frozen=True)
class HistoricalLoan:
    loan_id: int
    draft: EntryDraft  # the disbursement entry, for the caller to post


def create_loans_from_history(
    session: Session, history: Sequence[PastLoan], batch_id: int | None = None
) -> list[HistoricalLoan]:
    """Imported loans, each active from its payout date with its schedule (no meeting
    day applies to history), inserted together: one statement for the loans, one for
    their installments.

    Runs in the caller's transaction (the importer checks its own permission); the
    caller posts each `draft` and then records the history's repayments with
    `record_past_repayments`.
    """
    require(session, Permission.POST)
    schedules = []
    for loan in history:
        validate_terms(loan.principal, loan.monthly_rate, loan.term_months, loan.method,
                       loan.options, loan.disbursed_on)
        check_rate(loan.monthly_rate, confirm_high_rate=True)
        if not 0 <= loan.admin_fee < loan.principal:
            raise ValidationError(
                tr("The admin fee must be at least zero and below the loan amount."))
        schedules.append(build_schedule(loan.principal, loan.monthly_rate, loan.term_months,
                                        loan.method, loan.disbursed_on, options=loan.options))
    numbers = [loan.number for loan in history]
    used = set(session.scalars(select(Loan.number).where(Loan.number.in_(numbers)))
               ) if numbers else set()
    for number in numbers:
        if number in used:
            raise ValidationError(tr("Loan number {number} is already used.", number=number))
        used.add(number)
    rows = [{
        "number": loan.number, "member_id": loan.member_id, "product_id": None,
        "principal": loan.principal, "monthly_rate": loan.monthly_rate,
        "term_months": loan.term_months, "method": loan.method, "admin_fee": loan.admin_fee,
        "penalty_kind": "none", "penalty_value": Decimal(0), "purpose": loan.purpose,
        "guarantor_name": loan.guarantor_name, "status": LoanStatus.ACTIVE,
        "applied_on": loan.disbursed_on, "approved_on": loan.disbursed_on,
        "disbursed_on": loan.disbursed_on, "batch_id": batch_id,
        "outstanding": loan.principal, "next_due_date": schedule[0].due_date, "exit_settled": 0,
        "frequency": loan.options.frequency, "grace_installments": loan.options.grace,
        "grace_kind": loan.options.grace_kind, "rounding_unit": loan.options.rounding_unit,
        "rounding_mode": loan.options.rounding_mode, "first_due_date": loan.options.first_due,
    } for loan, schedule in zip(history, schedules, strict=True)]
    if not rows:
        return []
    table = Loan.__table__
    text_guard.check_rows(table, rows)
    ids = session.scalars(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).all()
    session.execute(LoanInstallment.__table__.insert(), [
        row for loan_id, schedule in zip(ids, schedules, strict=True)
        for row in installment_rows(loan_id, schedule)])
    return [HistoricalLoan(loan_id, disbursement_draft(
        loan.member_id, loan_id, loan.number, loan.principal, loan.admin_fee,
        loan.disbursed_on, batch_id)) for loan_id, loan in zip(ids, history, strict=True)]


@dataclass(frozen=True)
class PastRepayment:
    """A repayment of an imported history, with the split the import computed for it."""

    loan_id: int
    on: date
    split: Split
    note: str | None = None


def record_past_repayments(
    session: Session, repayments: Sequence[PastRepayment], batch_id: int | None = None,
    chunk: int = 2000,
) -> None:
    """Record a history of repayments (in posting order) in the caller's transaction.

    Each gets exactly what `repay_in_transaction(…, split=…)` would give it, one after
    the other — journal entry, receipt number, repayment row, audit row, installment
    state and the same refusals — but the loans and their schedules are loaded once and
    written back once, and the entries, repayment rows and audit rows go in as batched
    inserts through one journal writer (an import of thousands of repayments).
    """
    wanted = {rep.loan_id for rep in repayments}
    held = {loan.id: loan for loan in session.scalars(
        select(Loan).where(Loan.id.in_(wanted)).options(selectinload(Loan.installments)))
    } if wanted else {}
    states: dict[int, list[InstallmentState]] = {}
    writer = ledger.JournalWriter(session, batch_size=chunk + 1)
    for start in range(0, len(repayments), chunk):
        part = repayments[start:start + chunk]
        drafts = []
        for rep in part:
            loan = held.get(rep.loan_id) or load_loan(session, rep.loan_id)
            require_active(loan)
            if loan.disbursed_on and rep.on < loan.disbursed_on:
                raise ValidationError(
                    tr("A repayment cannot be dated before the loan was paid out."))
            split = rep.split
            drafts.append(repayment_draft(loan.member_id, loan.id, loan.number, rep.on,
                                          split.penalty, split.interest, split.principal,
                                          rep.note, batch_id))
            writer.add(drafts[-1])
            states[loan.id] = allocation.apply(states.get(loan.id) or states_of(loan), split)
            refresh_loan(loan, states[loan.id], rep.on)  # the next one sees her status
        entry_ids = writer.flush()
        session.execute(insert(LoanRepayment.__table__), [
            {"loan_id": rep.loan_id, "entry_id": entry_id, "date": rep.on,
             "amount": rep.split.total, "penalty": rep.split.penalty,
             "interest": rep.split.interest, "principal": rep.split.principal,
             "reversed": False, "note": rep.note}
            for rep, entry_id in zip(part, entry_ids, strict=True)])
        audit.record_many(session, "journal.post", "journal_entry", [
            (entry_id, ledger.posting_details(draft))
            for draft, entry_id in zip(drafts, entry_ids, strict=True)])
    for loan_id, paid in states.items():
        loan = held[loan_id]
        store_states(loan, paid, loan.closed_on)


def reopen_batch_loans(session: Session, batch_id: int) -> None:
    """An import batch's loans that ended — written off, or settled at their member's
    exit — run again (undoing the batch: their write-off and exit entries were just
    reversed, and their repayments and disbursements are reversed next)."""
    session.execute(
        update(Loan)
        .where(Loan.batch_id == batch_id,
               (Loan.status == LoanStatus.WRITTEN_OFF) | (Loan.exit_settled > 0))
        .values(status=LoanStatus.ACTIVE, exit_settled=0, closed_on=None))
