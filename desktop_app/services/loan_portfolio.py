"""The read side of loans: the portfolio summary and one loan's detail (the loans page's
lists are `loan_lists`).

Arrears come from the indexed `loan.next_due_date` and `loan.outstanding` columns the
loan services keep in step: days past due = as_of − due date of the oldest unpaid
installment; nothing replays a loan in Python to draw a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import days_late
from desktop_app.db.models import Loan, LoanProduct, LoanRepayment, Member
from desktop_app.domain.dates import format_date
from desktop_app.domain.loan_rules import BUCKETS, BUCKETS_BY_KEY, bucket_for, par_ratio
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.money import format_number
from desktop_app.i18n import tr
from desktop_app.labels import payoff_rule_label
from desktop_app.services.joint_liability import owed_by
from desktop_app.services.loan_state import load_loan, penalty_rule, states_of, status_label

STATUSES = (LoanStatus.APPLIED, LoanStatus.APPROVED, LoanStatus.ACTIVE, LoanStatus.PAID,
            LoanStatus.WRITTEN_OFF, LoanStatus.REJECTED)
WAITING = (LoanStatus.APPLIED, LoanStatus.APPROVED)  # applications not yet paid out
CURRENT = (LoanStatus.ACTIVE, *WAITING)  # what the loans page lists first

@dataclass(frozen=True)
class PortfolioSummary:
    outstanding: int
    par30_amount: int
    par30_ratio: Decimal
    overdue_count: int
    due_this_week_count: int
    by_bucket: dict[str, tuple[int, int]]  # bucket key -> (loans, outstanding)
    active_count: int = 0


def portfolio_summary(session: Session, as_of: date) -> PortfolioSummary:
    """Totals of running loans as of `as_of` (one grouped query over indexed columns)."""
    cases = " ".join(
        f"WHEN {days_late(session, 'l.next_due_date')} BETWEEN {b.min_days} AND {b.max_days if b.max_days is not None else 10**6} "
        f"THEN '{b.key}'"
        for b in BUCKETS[1:]
    )
    rows = session.execute(
        text(
            f"SELECT CASE WHEN l.next_due_date IS NULL THEN 'current' {cases} ELSE 'current' END "
            "AS bucket, COUNT(*), COALESCE(SUM(l.outstanding), 0), "
            "SUM(CASE WHEN l.next_due_date > :as_of AND l.next_due_date <= :week "
            "THEN 1 ELSE 0 END) "
            f"FROM loan l WHERE l.status = '{LoanStatus.ACTIVE}' GROUP BY bucket"
        ),
        {"as_of": as_of.isoformat(), "week": (as_of + timedelta(days=7)).isoformat()},
    ).all()
    by_bucket = {b.key: (0, 0) for b in BUCKETS}
    due_soon = 0
    for key, count, outstanding, soon in rows:
        by_bucket[key] = (count, outstanding)
        due_soon += soon or 0
    total = sum(o for _, o in by_bucket.values())
    late = sum(o for key, (_, o) in by_bucket.items() if BUCKETS_BY_KEY[key].min_days > 30)
    return PortfolioSummary(
        outstanding=total,
        par30_amount=late,
        par30_ratio=par_ratio(late, total),
        overdue_count=sum(c for key, (c, _) in by_bucket.items() if key != "current"),
        due_this_week_count=due_soon,
        by_bucket=by_bucket,
        active_count=sum(c for c, _ in by_bucket.values()),
    )


# ------------------------------------------------------------------ one loan


@dataclass(frozen=True)
class InstallmentView:
    number: int
    due_date: date
    principal: int
    interest: int
    paid_principal: int
    paid_interest: int
    paid_penalty: int
    state: str  # paid | part | late | due | waived

    @property
    def installment(self) -> int:
        return self.principal + self.interest

    @property
    def unpaid(self) -> int:
        return self.installment - self.paid_principal - self.paid_interest


@dataclass(frozen=True)
class RepaymentView:
    entry_id: int
    date: date
    amount: int
    penalty: int
    interest: int
    principal: int
    reversed: bool
    note: str


@dataclass(frozen=True)
class LoanDetail:
    id: int
    number: str
    member_id: int
    member_number: str
    member_name: str
    product: str
    principal: int
    monthly_rate: Decimal
    term_months: int
    method: str
    admin_fee: int
    penalty_kind: str
    penalty_value: Decimal
    purpose: str
    guarantor: str
    status: str
    status_text: str
    applied_on: date
    approved_by: str
    approved_on: date | None
    disbursed_on: date | None
    closed_on: date | None
    rescheduled_on: date | None
    outstanding: int
    next_due_date: date | None
    days_late: int
    bucket: str
    overdue_amount: int
    penalty_due: int
    installments: list[InstallmentView]
    repayments: list[RepaymentView]
    frequency: str = "month"
    terms_note: str = ""  # grace, rounding and payoff rule in words (empty: the defaults)
    group_covers: bool = False  # her group practises tanggung renteng
    owed_to_group: int = 0  # what she still owes members who covered her


def terms_note(loan: Loan) -> str:
    """The schedule options that differ from the defaults, in words."""
    parts = []
    if loan.grace_installments:
        parts.append(tr("grace {n} installments, {kind}", n=loan.grace_installments,
                        kind=tr("interest only") if loan.grace_kind == "interest"
                        else tr("no payment")))
    if (loan.rounding_unit or 1) > 1:
        parts.append(tr("installments rounded {mode} to {unit}",
                        mode=tr("up") if loan.rounding_mode == "up" else tr("half up"),
                        unit=format_number(loan.rounding_unit)))
    if loan.first_due_date:
        parts.append(tr("first due {date}", date=format_date(loan.first_due_date)))
    if (loan.payoff_rule or "waive") != "waive":
        parts.append(tr("early payoff: {rule}", rule=payoff_rule_label(
            loan.payoff_rule, loan.payoff_months)))
    return "; ".join(parts)


def loan_detail(session: Session, loan_id: int, as_of: date) -> LoanDetail:
    loan = load_loan(session, loan_id)
    member = session.get(Member, loan.member_id)
    product = session.get(LoanProduct, loan.product_id) if loan.product_id else None
    guarantor = session.get(Member, loan.guarantor_member_id) if loan.guarantor_member_id else None
    running = loan.status == LoanStatus.ACTIVE
    rule = penalty_rule(loan)
    states = states_of(loan)
    views = []
    for s in states:
        if s.unpaid == 0:
            state = "paid"
        elif not running:
            state = "waived" if loan.status == LoanStatus.PAID else loan.status
        elif s.due_date < as_of:
            state = "late"
        elif s.paid_principal or s.paid_interest:
            state = "part"
        else:
            state = "due"
        views.append(InstallmentView(s.number, s.due_date, s.principal, s.interest,
                                     s.paid_principal, s.paid_interest, s.paid_penalty, state))
    days = max(0, (as_of - loan.next_due_date).days) if running and loan.next_due_date else 0
    repayments = [
        RepaymentView(r.entry_id, r.date, r.amount, r.penalty, r.interest, r.principal,
                      r.reversed, r.note or "")
        for r in session.scalars(select(LoanRepayment).where(LoanRepayment.loan_id == loan.id)
                                 .order_by(LoanRepayment.date, LoanRepayment.id))
    ]
    return LoanDetail(
        id=loan.id, number=loan.number, member_id=loan.member_id, member_number=member.number,
        member_name=member.name, product=product.name if product else tr("(imported)"),
        principal=loan.principal, monthly_rate=loan.monthly_rate, term_months=loan.term_months,
        method=loan.method, admin_fee=loan.admin_fee, penalty_kind=loan.penalty_kind,
        penalty_value=loan.penalty_value, purpose=loan.purpose or "",
        guarantor=guarantor.name if guarantor else (loan.guarantor_name or ""),
        status=loan.status, status_text=status_label(loan.status), applied_on=loan.applied_on,
        approved_by=loan.approved_by or "", approved_on=loan.approved_on,
        disbursed_on=loan.disbursed_on, closed_on=loan.closed_on,
        rescheduled_on=loan.rescheduled_on, outstanding=loan.outstanding,
        next_due_date=loan.next_due_date, days_late=days,
        bucket=bucket_for(days).label() if running else "",
        overdue_amount=sum(s.unpaid for s in states if s.due_date <= as_of) if running else 0,
        penalty_due=sum(s.penalty_due(as_of, rule) for s in states) if running else 0,
        installments=views, repayments=repayments, frequency=loan.frequency or "month",
        terms_note=terms_note(loan),
        group_covers=bool(member.group and member.group.joint_liability),
        owed_to_group=owed_by(session, loan.member_id),
    )


# ------------------------------------------------------------------ `koperasi check`


def check_installments_match_repayments(session: Session) -> list[str]:
    """What the installments say was paid equals the loan's non-reversed repayments."""
    rows = session.execute(text(
        "WITH i AS (SELECT loan_id, SUM(paid_principal) AS p, SUM(paid_interest) AS n, "
        "SUM(paid_penalty) AS d FROM loan_installment GROUP BY loan_id), "
        "r AS (SELECT loan_id, SUM(principal) AS p, SUM(interest) AS n, SUM(penalty) AS d "
        "FROM loan_repayment WHERE NOT reversed GROUP BY loan_id) "
        "SELECT l.number, COALESCE(i.p, 0) - l.exit_settled, COALESCE(r.p, 0), "
        "COALESCE(i.n, 0), COALESCE(r.n, 0), COALESCE(i.d, 0), COALESCE(r.d, 0) "
        "FROM loan l LEFT JOIN i ON i.loan_id = l.id LEFT JOIN r ON r.loan_id = l.id "
        "WHERE COALESCE(i.p, 0) - l.exit_settled != COALESCE(r.p, 0) "
        "OR COALESCE(i.n, 0) != COALESCE(r.n, 0) OR COALESCE(i.d, 0) != COALESCE(r.d, 0)"
    )).all()
    return [
        tr("Loan {number}: installments show {a} principal, {b} interest, {c} penalty paid "
           "but the repayments say {x}, {y}, {z}",
           number=n, a=ip, b=ii, c=id_, x=rp, y=ri, z=rd)
        for n, ip, rp, ii, ri, id_, rd in rows
    ]


def check_outstanding_matches_journal(session: Session) -> list[str]:
    """Each loan's stored outstanding equals its Piutang (1201) journal lines, and a
    running loan's outstanding equals its unpaid scheduled principal."""
    rows = session.execute(text(
        "WITH j AS (SELECT jl.loan_id, SUM(jl.amount) AS total FROM journal_line jl "
        "JOIN account a ON a.id = jl.account_id AND a.code = '1201' "
        "WHERE jl.loan_id IS NOT NULL GROUP BY jl.loan_id), "
        "i AS (SELECT loan_id, SUM(principal - paid_principal) AS unpaid "
        "FROM loan_installment GROUP BY loan_id) "
        "SELECT l.number, l.outstanding, COALESCE(j.total, 0), COALESCE(i.unpaid, 0), l.status "
        "FROM loan l LEFT JOIN j ON j.loan_id = l.id LEFT JOIN i ON i.loan_id = l.id "
        "WHERE l.outstanding != COALESCE(j.total, 0) "
        f"OR (l.status = '{LoanStatus.ACTIVE}' AND l.outstanding != COALESCE(i.unpaid, 0))"
    )).all()
    return [
        tr("Loan {number}: outstanding {stored} but the journal says {journal} and the "
           "schedule {schedule}", number=n, stored=o, journal=j, schedule=u)
        for n, o, j, u, _ in rows
    ]
