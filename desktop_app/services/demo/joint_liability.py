"""Demo part: one weekly-meeting group that practises tanggung renteng.

Its meeting day is Tuesday; a weekly group-loan product (grace of two installments,
interest only; installments rounded up to Rp 500) lends to a few of its members in the
last months. At most meetings they pay; now and then one cannot and the members present
cover her installment (from their voluntary savings when they have enough, else in
cash), and she later pays part or all of it back. Everything goes through the loan and
joint-liability services, so the book shows covers, claims and paybacks on every screen.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop_app.db.models import Account, JournalEntry, JournalLine, Loan, Member, MemberGroup
from desktop_app.domain import postings
from desktop_app.domain.accounts import SIMPANAN_SUKARELA
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.member_status import MemberStatus
from desktop_app.services import joint_liability, loans
from desktop_app.services.demo.context import DemoContext
from desktop_app.services.joint_liability import Share
from desktop_app.services.loan_products import LoanProductInfo, save_product

TUESDAY = 1
WEEKS = 16  # the loans start this many weeks before the demo's end
PRODUCT = LoanProductInfo(
    None, "Pinjaman Kelompok Mingguan", Decimal("1.5"), "flat", 6, admin_fee_amount=5_000,
    frequency="week", grace_installments=2, grace_kind="interest", rounding_unit=500,
    rounding_mode="up", payoff_rule="to_date")


def generate(ctx: DemoContext) -> dict[str, int]:
    ctx.writer.flush()
    session = ctx.session
    group = session.scalar(select(MemberGroup).order_by(MemberGroup.id))
    if group is None or ctx.end - timedelta(weeks=WEEKS) < ctx.start:
        return {}
    group.meeting_weekday, group.meeting_frequency = TUESDAY, "week"
    group.joint_liability = True
    product_id = save_product(session, PRODUCT)
    busy = select(Loan.member_id).where(Loan.status.in_(loans.OPEN_STATUSES))
    people = list(session.scalars(select(Member.id).where(
        Member.group_id == group.id, Member.status == MemberStatus.ACTIVE, Member.id.not_in(busy))
        .order_by(Member.id)))
    if len(people) < 4:
        return {}
    start = ctx.end - timedelta(weeks=WEEKS)
    start += timedelta(days=(TUESDAY - start.weekday()) % 7)
    counts = {"covers": 0, "paybacks": 0}
    for borrower in people[:3]:
        principal = ctx.rng.choice((1_000_000, 1_500_000, 2_000_000))
        if ctx.cash.spare(start) < principal + 1_000_000:
            break
        loan_id = loans.apply_for_loan(session, loans.Application(
            borrower, product_id, principal, 20, "Modal usaha kelompok", start))
        loans.approve(session, loan_id, start)
        loans.disburse(session, loan_id, start)
        ctx.cash.record(postings.disbursement_draft(borrower, loan_id, "", principal, 0, start))
        others = [p for p in people if p != borrower]
        _meetings(ctx, loan_id, borrower, others, start, counts)
    return counts


def _meetings(ctx: DemoContext, loan_id: int, borrower: int, others: list[int], start: date,
              counts: dict[str, int]) -> None:
    session, rng = ctx.session, ctx.rng
    day = start + timedelta(weeks=1)
    while day <= ctx.end:
        due = loans.amount_due(session, loan_id, day)
        if due and session.get(Loan, loan_id).status == LoanStatus.ACTIVE:
            if rng.random() < 0.2:
                present = rng.sample(others, k=min(len(others), rng.randint(3, 5)))
                joint_liability.cover_installment(session, loan_id, day, _shares(
                    session, due, present, day))
                counts["covers"] += 1
            else:
                loans.repay(session, loan_id, day, due)
        owed = joint_liability.owed_by(session, borrower)
        if owed and rng.random() < 0.4:
            parts = joint_liability.propose_payback(session, borrower, min(owed, 60_000))
            parts = [Share(p.member_id, p.amount, rng.choice(("cash", "savings")))
                     for p in parts]
            joint_liability.pay_back(session, borrower, day, parts)
            counts["paybacks"] += 1
        day += timedelta(weeks=1)


def _shares(session, amount: int, present: list[int], day: date) -> list[Share]:
    """Equal shares; each from her voluntary savings when she holds enough from that day
    on (her later withdrawals in the history still fit), else cash."""
    return [Share(s.member_id, s.amount,
                  "savings" if _savings_spare(session, s.member_id, day) >= s.amount
                  else "cash")
            for s in joint_liability.equal_shares(amount, present)]


def _savings_spare(session, member_id: int, day: date) -> int:
    """The lowest her voluntary savings stand on `day` or any later day."""
    rows = session.execute(
        select(JournalEntry.date, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(JournalLine.member_id == member_id, Account.code == SIMPANAN_SUKARELA)
        .group_by(JournalEntry.date).order_by(JournalEntry.date))
    balance, lowest = 0, None
    for on, amount in rows:
        balance -= amount  # credits (negative) are money in her savings
        if on >= day:
            lowest = balance if lowest is None else min(lowest, balance)
    return balance if lowest is None else min(lowest, balance)
