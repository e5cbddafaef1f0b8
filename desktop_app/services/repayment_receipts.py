"""What the kwitansi of one loan repayment shows (printed after posting or from history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import JournalEntry, Loan, LoanRepayment, Member
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.receipt_numbers import receipt_no


@dataclass(frozen=True)
class RepaymentReceipt:
    cooperative: str
    address: str
    receipt_no: str
    date: date
    loan_number: str
    member_number: str
    member_name: str
    amount: int
    principal: int
    interest: int
    penalty: int
    outstanding_after: int  # principal still owed once this payment is counted
    note: str
    treasurer: str
    minor_digits: int


def repayment_receipt(session: Session, entry_id: int) -> RepaymentReceipt:
    repayment = session.scalar(select(LoanRepayment).where(LoanRepayment.entry_id == entry_id))
    if repayment is None:
        raise ValidationError(tr("Entry {id} is not a loan repayment.", id=entry_id))
    loan = session.get(Loan, repayment.loan_id)
    member = session.get(Member, loan.member_id)
    entry = session.get(JournalEntry, entry_id)
    profile = settings.get_profile(session)
    repaid = session.scalar(
        select(func.coalesce(func.sum(LoanRepayment.principal), 0)).where(
            LoanRepayment.loan_id == loan.id, LoanRepayment.reversed.is_(False),
            LoanRepayment.entry_id <= entry_id)
    )
    return RepaymentReceipt(
        cooperative=profile.name,
        address=profile.address,
        receipt_no=receipt_no(session, entry_id),
        date=repayment.date,
        loan_number=loan.number,
        member_number=member.number,
        member_name=member.name,
        amount=repayment.amount,
        principal=repayment.principal,
        interest=repayment.interest,
        penalty=repayment.penalty,
        outstanding_after=loan.principal - repaid,
        note=repayment.note or "",
        treasurer=entry.created_by,
        minor_digits=profile.minor_digits,
    )
