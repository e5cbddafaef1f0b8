"""The tanggung renteng report: per group, the covers of the period, what was paid back,
what is still owed, and the group's repayment rate with and without the covers.

Repayment rate = interest and principal paid on the installments that fell due in the
period ÷ what those installments asked; "without covers" leaves out what the group
paid for its members on them. Claims still owed are as of the period's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    JointLiability,
    JournalEntry,
    Loan,
    LoanInstallment,
    LoanRepayment,
    Member,
    MemberGroup,
)
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.loan_status import RUNNING_OR_PAID
from desktop_app.i18n import tr
from desktop_app.services.report_shapes import (
    INT,
    MONEY,
    PERCENT,
    Column,
    ReportDocument,
    Table,
    period_text,
)


@dataclass(frozen=True)
class GroupRow:
    group: str
    covers: int  # cover entries in the period
    covered: int
    paid_back: int
    still_owed: int  # as of the period's end
    due: int  # installment amounts due in the period
    paid: int  # paid on them (covers included)
    paid_by_covers: int

    @property
    def rate(self) -> Decimal | None:
        return Decimal(self.paid) / self.due if self.due else None

    @property
    def rate_without_covers(self) -> Decimal | None:
        return Decimal(self.paid - self.paid_by_covers) / self.due if self.due else None


def _sums(session: Session, kind: str, start: date | None, end: date) -> dict[int, tuple]:
    """Per group: (entries, amount) of live sub-ledger rows of `kind` dated in the range."""
    borrower = Member
    conditions = [JointLiability.kind == kind, JointLiability.reversed.is_(False),
                  JointLiability.date <= end]
    if start is not None:
        conditions.append(JointLiability.date >= start)
    rows = session.execute(
        select(borrower.group_id, func.count(func.distinct(JointLiability.entry_id)),
               func.sum(JointLiability.amount))
        .join(borrower, borrower.id == JointLiability.borrower_id)
        .where(*conditions).group_by(borrower.group_id))
    return {group_id: (n, amount or 0) for group_id, n, amount in rows}


def group_rows(session: Session, start: date, end: date) -> list[GroupRow]:
    covers = _sums(session, "cover", start, end)
    paybacks = _sums(session, "payback", start, end)
    covered_all = _sums(session, "cover", None, end)
    paid_all = _sums(session, "payback", None, end)
    in_period = and_(LoanInstallment.due_date >= start, LoanInstallment.due_date <= end)
    dues = dict((g, (due or 0, paid or 0)) for g, due, paid in session.execute(
        select(Member.group_id,
               func.sum(LoanInstallment.principal + LoanInstallment.interest),
               func.sum(LoanInstallment.paid_principal + LoanInstallment.paid_interest))
        .join(Loan, Loan.id == LoanInstallment.loan_id)
        .join(Member, Member.id == Loan.member_id)
        .where(in_period, Loan.status.in_(RUNNING_OR_PAID))
        .group_by(Member.group_id)))
    by_covers = dict(session.execute(
        select(Member.group_id,
               func.sum(case((JournalEntry.kind == str(EntryKind.JOINT_COVER),
                              LoanRepayment.interest + LoanRepayment.principal), else_=0)))
        .join(JournalEntry, JournalEntry.id == LoanRepayment.entry_id)
        .join(Loan, Loan.id == LoanRepayment.loan_id)
        .join(Member, Member.id == Loan.member_id)
        .where(LoanRepayment.reversed.is_(False), LoanRepayment.date >= start,
               LoanRepayment.date <= end)
        .group_by(Member.group_id)).all())
    groups = session.execute(
        select(MemberGroup.id, MemberGroup.name).where(
            MemberGroup.joint_liability.is_(True) | MemberGroup.id.in_(list(covered_all)))
        .order_by(MemberGroup.name)).all()
    result = []
    for group_id, name in groups:
        due, paid = dues.get(group_id, (0, 0))
        result.append(GroupRow(
            name, covers.get(group_id, (0, 0))[0], covers.get(group_id, (0, 0))[1],
            paybacks.get(group_id, (0, 0))[1],
            covered_all.get(group_id, (0, 0))[1] - paid_all.get(group_id, (0, 0))[1],
            due, paid, min(by_covers.get(group_id) or 0, paid)))
    return result


def joint_liability_document(session: Session, start: date, end: date) -> ReportDocument:
    rows = group_rows(session, start, end)
    table = Table(
        tr("Tanggung renteng by group"),
        [Column(tr("Group")), Column(tr("Covers"), INT), Column(tr("Covered"), MONEY),
         Column(tr("Paid back"), MONEY), Column(tr("Still owed"), MONEY),
         Column(tr("Repaid"), PERCENT),
         Column(tr("Without covers"), PERCENT)],
        [(r.group, r.covers, r.covered, r.paid_back, r.still_owed, r.rate,
          r.rate_without_covers) for r in rows],
        (tr("Total"), sum(r.covers for r in rows), sum(r.covered for r in rows),
         sum(r.paid_back for r in rows), sum(r.still_owed for r in rows), None, None),
    )
    notes = [tr("Repaid: interest and principal paid on the installments due in the "
                "period ÷ what they asked; without covers leaves out what the group paid for "
                "its members. Still owed is as of the period's end.")]
    if not rows:
        notes.append(tr("No group practises tanggung renteng."))
    return ReportDocument("joint_liability", tr("Tanggung renteng (joint liability)"),
                          period_text(start, end), [table], notes=notes)
