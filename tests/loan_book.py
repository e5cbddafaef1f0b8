"""Small builders shared by the loan service and UI tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.db.models import Member
from desktop_app.domain.accounts import KAS, SIMPANAN_SUKARELA, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.services import ledger, loans
from desktop_app.services.loan_products import LoanProductInfo, save_product


def add_member(session, number: str, name: str, savings: int = 0, status: str = "active") -> int:
    member = Member(number=number, name=name, join_date=date(2020, 1, 1), status=status)
    session.add(member)
    session.flush()
    if savings:
        ledger.post(session, EntryDraft(date(2020, 1, 2), EntryKind.DEPOSIT, "setoran",
                                        [debit(KAS, savings),
                                         credit(SIMPANAN_SUKARELA, savings, member_id=member.id)]))
    session.commit()
    return member.id


def add_product(session, **overrides) -> int:
    values = dict(id=None, name="Pinjaman Usaha", monthly_rate=Decimal("1.5"), method="flat",
                  max_term_months=12, admin_fee_amount=10_000)
    values.update(overrides)
    return save_product(session, LoanProductInfo(**values))


def running_loan(session, member_id: int, product_id: int, principal=1_200_000, months=12,
                 on=date(2025, 1, 10)) -> int:
    loan_id = loans.apply_for_loan(session, loans.Application(
        member_id, product_id, principal, months, "modal warung", on))
    loans.approve(session, loan_id, on)
    loans.disburse(session, loan_id, on)
    return loan_id
