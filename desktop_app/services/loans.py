"""The loan cycle: application → approval → disbursement → repayments → closed.

Every changing use case checks its permission first and is one transaction. Each loan
keeps `outstanding` (principal still receivable) and `next_due_date` (oldest unpaid
installment) in step, so lists and arrears are indexed queries (`loan_lists`).

Rules chosen where the design is silent (documented for the treasurer's manual):
- Early payoff as of a date = every penalty due + the unpaid interest of installments
  already due on that date + all outstanding principal + what the loan's early payoff
  rule charges of the interest not yet due (nothing, interest to the payoff date, or k
  months of interest; `allocation.payoff_interest`). The loan is then closed.
- Schedule options (frequency, grace, rounding, first due date) are copied from the
  product when the member applies; due dates follow her group's meeting weekday at
  disbursement. `term_months` counts installments (months for a monthly loan).
- Reschedule: fully unpaid installments are dropped, a part-paid one is cut down to what
  was paid (its unpaid interest is forgiven, its unpaid principal moves on), and a new
  schedule for the outstanding principal at the loan's rate and method starts on the
  reschedule date. No money moves, so no journal entry; the change is audited.
- Reversing a repayment negates its entry and rebuilds the installments from the
  remaining repayments' recorded splits (`loan_reversals`).

A loan's installment state is read and stored through `loan_state`; an imported history
is created and repaid in bulk by `loan_history`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Loan, LoanInstallment, LoanRepayment, Member
from desktop_app.domain import allocation
from desktop_app.domain.accounts import PIUTANG_PINJAMAN
from desktop_app.domain.allocation import Split
from desktop_app.domain.journal import Line, credit
from desktop_app.domain.loan_status import OPEN_STATUSES, LoanStatus
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.money import format_amount
from desktop_app.domain.postings import disbursement_draft, repayment_draft, write_off_draft
from desktop_app.domain.roles import Permission
from desktop_app.domain.schedule import PERIODS_PER_YEAR, ScheduleRow, build_schedule
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, savings, settings
from desktop_app.services.context import current_actor, require, transaction
from desktop_app.services.loan_products import get_loan_product
from desktop_app.services.loan_state import (
    installment_rows,
    load_loan,
    mark_written_off,
    penalty_rule,
    refresh_loan,
    require_active,
    schedule_options,
    states_of,
    store_states,
)

# ------------------------------------------------------------------ helpers


def _minor_digits(session: Session) -> int:
    return settings.get_profile(session).minor_digits


def next_loan_number(session: Session) -> str:
    sequence = (session.scalar(select(func.max(Loan.id))) or 0) + 1
    while session.scalar(select(Loan.id).where(Loan.number == f"PJ-{sequence:06d}")):
        sequence += 1
    return f"PJ-{sequence:06d}"


# ------------------------------------------------------------------ application


@dataclass(frozen=True)
class Application:
    member_id: int
    product_id: int
    principal: int
    term_months: int
    purpose: str
    applied_on: date
    guarantor_member_id: int | None = None
    guarantor_name: str | None = None
    first_due: date | None = None  # None: one period after the payout


def check_application(session: Session, app: Application) -> None:
    """Every reason the application cannot be accepted, as one ValidationError."""
    member = session.get(Member, app.member_id)
    if member is None:
        raise ValidationError(tr("Choose the member who borrows."))
    product = get_loan_product(session, app.product_id)
    problems = []
    if member.status != MemberStatus.ACTIVE:
        problems.append(tr("{name} has left the cooperative and cannot borrow.", name=member.name))
    if not product.active:
        problems.append(tr("The product {name} is no longer offered.", name=product.name))
    if app.principal <= 0:
        problems.append(tr("The loan amount must be above zero."))
    if app.term_months < 1:
        problems.append(tr("The term must be at least one month."))
    elif app.term_months > product.max_installments():
        problems.append(tr("The term is longer than the product's maximum of {n} months.",
                           n=product.max_term_months) if product.frequency == "month" else
                        tr("The term is longer than the product's maximum of {n} installments "
                           "({months} months).", n=product.max_installments(),
                           months=product.max_term_months))
    elif app.term_months <= product.grace_installments:
        problems.append(tr("The term must be longer than the product's grace period of "
                           "{n} installments.", n=product.grace_installments))
    if app.first_due is not None and app.first_due <= app.applied_on:
        problems.append(tr("The first due date must be after the application date."))
    if not app.purpose.strip():
        problems.append(tr("Write what the loan is for."))
    problems += _guarantor_problems(session, app, product.guarantor_required)
    if product.limit_savings_multiple is not None and app.principal > 0:
        total_savings = savings.savings_balances(session, app.member_id).total
        limit = int(total_savings * product.limit_savings_multiple)
        if app.principal > limit:
            problems.append(tr(
                "The amount is above this product's limit of {multiple} × savings ({limit}).",
                multiple=product.limit_savings_multiple,
                limit=format_amount(limit, _minor_digits(session))))
    if app.principal > 0 and product.admin_fee(app.principal) >= app.principal:
        problems.append(tr("The admin fee would take the whole loan."))
    earlier = session.scalar(
        select(Loan.number).where(Loan.member_id == app.member_id,
                                  Loan.status.in_(OPEN_STATUSES))
    )
    if earlier:
        problems.append(tr("{name} still has loan {number} open; it must be paid off first.",
                           name=member.name, number=earlier))
    if problems:
        raise ValidationError(" ".join(problems), problems)


def _guarantor_problems(session: Session, app: Application, required: bool) -> list[str]:
    if app.guarantor_member_id is None:
        if required and not (app.guarantor_name or "").strip():
            return [tr("This product needs a guarantor.")]
        return []
    if app.guarantor_member_id == app.member_id:
        return [tr("The borrower cannot be her own guarantor.")]
    guarantor = session.get(Member, app.guarantor_member_id)
    if guarantor is None:
        return [tr("The guarantor is not a member.")]
    if guarantor.status != MemberStatus.ACTIVE:
        return [tr("The guarantor {name} has left the cooperative.", name=guarantor.name)]
    return []


def apply_for_loan(session: Session, app: Application) -> int:
    """Record an application (status applied); return the loan id."""
    with transaction(session):
        require(session, Permission.POST)
        check_application(session, app)
        settings.require_open(session, app.applied_on)
        product = get_loan_product(session, app.product_id)
        loan = Loan(
            number=next_loan_number(session), member_id=app.member_id, product_id=product.id,
            principal=app.principal, monthly_rate=product.monthly_rate,
            term_months=app.term_months, method=product.method,
            admin_fee=product.admin_fee(app.principal), penalty_kind=product.penalty_kind,
            penalty_value=product.penalty_value, purpose=app.purpose.strip(),
            guarantor_member_id=app.guarantor_member_id,
            guarantor_name=(app.guarantor_name or "").strip() or None,
            status=LoanStatus.APPLIED, applied_on=app.applied_on, outstanding=0, exit_settled=0,
            frequency=product.frequency, grace_installments=product.grace_installments,
            grace_kind=product.grace_kind, rounding_unit=product.rounding_unit,
            rounding_mode=product.rounding_mode, payoff_rule=product.payoff_rule,
            payoff_months=product.payoff_months, first_due_date=app.first_due,
        )
        session.add(loan)
        session.flush()
        audit.record(session, "loan.apply", "loan", loan.id, number=loan.number,
                     member_id=app.member_id, principal=app.principal, term=app.term_months)
        return loan.id


def approve(session: Session, loan_id: int, on: date) -> None:
    _decide(session, loan_id, on, LoanStatus.APPROVED, "")


def reject(session: Session, loan_id: int, on: date, reason: str) -> None:
    require(session, Permission.APPROVE)
    if not reason.strip():
        raise ValidationError(tr("Give a reason for rejecting the application."))
    _decide(session, loan_id, on, LoanStatus.REJECTED, reason.strip())


def _decide(session: Session, loan_id: int, on: date, status: str, reason: str) -> None:
    with transaction(session):
        actor = require(session, Permission.APPROVE)
        loan = load_loan(session, loan_id)
        if loan.status != LoanStatus.APPLIED:
            raise ValidationError(tr("Loan {number} is not waiting for a decision.",
                                     number=loan.number))
        if on < loan.applied_on:
            raise ValidationError(tr("The decision cannot be dated before the application."))
        loan.status, loan.approved_by, loan.approved_on = status, actor.username, on
        if status == LoanStatus.REJECTED:
            loan.closed_on = on
        audit.record(session, f"loan.{status}", "loan", loan.id, number=loan.number,
                     on=on, reason=reason)


def disburse(session: Session, loan_id: int, on: date) -> int:
    """Pay out an approved loan: post the entry, store the schedule; return the entry id."""
    with transaction(session):
        require(session, Permission.POST)
        loan = load_loan(session, loan_id)
        if loan.status != LoanStatus.APPROVED:
            raise ValidationError(tr(
                "Loan {number} must be approved by the chair before it is paid out.",
                number=loan.number))
        if on < (loan.approved_on or loan.applied_on):
            raise ValidationError(tr("The loan cannot be paid out before it was approved."))
        entry_id = ledger.post_in_transaction(
            session, disbursement_draft(loan.member_id, loan.id, loan.number, loan.principal,
                                        loan.admin_fee, on))
        _start(session, loan, on)
        return entry_id


def planned_schedule(session: Session, loan_id: int, on: date) -> list[ScheduleRow]:
    """The schedule the loan would get if paid out on `on`, with its options and her
    group's meeting day; empty when its chosen first due date no longer fits that day."""
    loan = load_loan(session, loan_id)
    try:
        return build_schedule(loan.principal, loan.monthly_rate, loan.term_months, loan.method,
                              on, options=schedule_options(session, loan))
    except ValidationError:
        return []


def _start(session: Session, loan: Loan, on: date) -> None:
    rows = build_schedule(loan.principal, loan.monthly_rate, loan.term_months, loan.method, on,
                          options=schedule_options(session, loan))
    session.execute(LoanInstallment.__table__.insert(), installment_rows(loan.id, rows))
    loan.status, loan.disbursed_on = LoanStatus.ACTIVE, on
    loan.outstanding, loan.next_due_date = loan.principal, rows[0].due_date
    session.expire(loan, ["installments"])


# ------------------------------------------------------------------ repayments


def preview_repayment(session: Session, loan_id: int, on: date, amount: int) -> Split:
    """The split a payment of `amount` on `on` would get (nothing is written)."""
    loan = load_loan(session, loan_id)
    require_active(loan)
    return allocation.allocate(states_of(loan), amount, on, penalty_rule(loan),
                               _minor_digits(session))


def amount_due(session: Session, loan_id: int, on: date) -> int:
    """What the repayment dialog suggests: everything due by `on` with penalties, or
    the next installment when nothing is due yet."""
    loan = load_loan(session, loan_id)
    rule = penalty_rule(loan)
    states = [s for s in states_of(loan) if s.unpaid > 0]
    due = sum(s.unpaid + s.penalty_due(on, rule) for s in states if s.due_date <= on)
    return due or (states[0].unpaid if states else 0)


def repay_in_transaction(
    session: Session, loan_id: int, on: date, amount: int, note: str | None = None,
    batch_id: int | None = None, split: Split | None = None,
    payers: Sequence[tuple[int, int, str]] = (),
) -> int:
    """Record a repayment inside the caller's transaction (no permission check: the
    caller has done it); return the journal entry id. `payers`, when the group pays for
    her: see `repayment_draft`."""
    loan = load_loan(session, loan_id)
    require_active(loan)
    if loan.disbursed_on and on < loan.disbursed_on:
        raise ValidationError(tr("A repayment cannot be dated before the loan was paid out."))
    states = states_of(loan)
    if split is None:
        split = allocation.allocate(states, amount, on, penalty_rule(loan), _minor_digits(session))
    entry_id = ledger.post_in_transaction(
        session, repayment_draft(loan.member_id, loan.id, loan.number, on, split.penalty,
                                 split.interest, split.principal, note, batch_id, payers))
    session.add(LoanRepayment(
        loan_id=loan.id, entry_id=entry_id, date=on, amount=split.total, penalty=split.penalty,
        interest=split.interest, principal=split.principal, reversed=False, note=note))
    store_states(loan, allocation.apply(states, split), on)
    return entry_id


def repay(session: Session, loan_id: int, on: date, amount: int, note: str | None = None) -> int:
    with transaction(session):
        require(session, Permission.POST)
        return repay_in_transaction(session, loan_id, on, amount, note)


def payoff_quote(session: Session, loan_id: int, on: date) -> Split:
    loan = load_loan(session, loan_id)
    require_active(loan)
    states = states_of(loan)
    extra = allocation.payoff_interest(
        states, on, loan.rescheduled_on or loan.disbursed_on or on, loan.payoff_rule or "waive",
        loan.payoff_months or 0, loan.monthly_rate)
    return allocation.payoff_split(states, on, penalty_rule(loan), extra)


def pay_off(session: Session, loan_id: int, on: date) -> int:
    """Close the loan early at the quoted amount; return the journal entry id."""
    with transaction(session):
        require(session, Permission.POST)
        quote = payoff_quote(session, loan_id, on)
        return repay_in_transaction(session, loan_id, on, quote.total,
                                    tr("(early payoff)"), split=quote)


# ------------------------------------------------------------------ reschedule, write-off


def reschedule(session: Session, loan_id: int, on: date, months: int) -> None:
    """New schedule over `months` for the outstanding principal from `on` (see module doc)."""
    with transaction(session):
        require(session, Permission.APPROVE)
        loan = load_loan(session, loan_id)
        require_active(loan)
        settings.require_open(session, on)
        longest = 120 * PERIODS_PER_YEAR[loan.frequency or "month"] // 12
        if months < 1 or months > longest:
            raise ValidationError(tr("The new term must be 1 to 120 months.")
                                  if longest == 120 else
                                  tr("The new term must be 1 to {n} installments.", n=longest))
        if on < (loan.rescheduled_on or loan.disbursed_on):
            raise ValidationError(tr("Choose a date after the loan's last change."))
        kept = [i for i in loan.installments
                if i.paid_principal or i.paid_interest or i.paid_penalty]
        for row in kept:
            row.principal, row.interest = row.paid_principal, row.paid_interest
        kept_numbers = [i.number for i in kept]
        session.execute(delete(LoanInstallment).where(
            LoanInstallment.loan_id == loan.id, LoanInstallment.number.not_in(kept_numbers)))
        session.flush()
        outstanding = loan.outstanding
        rows = build_schedule(outstanding, loan.monthly_rate, months, loan.method, on,
                              options=schedule_options(session, loan, fresh_start=True))
        session.execute(LoanInstallment.__table__.insert(),
                        installment_rows(loan.id, rows, len(kept) + 1))
        loan.rescheduled_on = on
        loan.term_months = len(kept) + months
        session.expire(loan, ["installments"])
        refresh_loan(loan, states_of(loan), on)
        audit.record(session, "loan.reschedule", "loan", loan.id, number=loan.number, on=on,
                     months=months, outstanding=outstanding)


def write_off(session: Session, loan_id: int, on: date, reason: str) -> int:
    """Write the outstanding principal off (chair only); return the journal entry id."""
    with transaction(session):
        require(session, Permission.APPROVE)
        loan = load_loan(session, loan_id)
        require_active(loan)
        if not reason.strip():
            raise ValidationError(tr("Give a reason for the write-off."))
        entry_id = ledger.post_in_transaction(
            session, write_off_draft(loan.member_id, loan.id, loan.number, loan.outstanding, on))
        mark_written_off(loan, on)
        audit.record(session, "loan.write_off", "loan", loan.id, number=loan.number,
                     reason=reason.strip())
        return entry_id


# ------------------------------------------------------------------ member exit


def settle_for_exit(session: Session, member_id: int, on: date) -> list[Line]:
    """Close the member's running loans inside the exit transaction: credit lines for the
    outstanding principal (no further interest), netted against her savings by the caller."""
    lines = []
    loans = session.scalars(
        select(Loan).where(Loan.member_id == member_id, Loan.status == LoanStatus.ACTIVE)
    ).all()
    for loan in loans:
        amount = loan.outstanding
        if amount:
            lines.append(credit(PIUTANG_PINJAMAN, amount, member_id=member_id, loan_id=loan.id))
        for row in loan.installments:
            row.paid_principal = row.principal
        loan.exit_settled += amount
        loan.status, loan.closed_on = LoanStatus.PAID, on
        loan.outstanding, loan.next_due_date = 0, None
        audit.record(session, "loan.settled_at_exit", "loan", loan.id, number=loan.number,
                     amount=amount, by=current_actor(session).username)
    return lines
