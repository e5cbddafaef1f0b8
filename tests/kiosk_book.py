"""Two members with different money, for the kiosk tests (services and UI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.db.models import Loan, LoanInstallment, Member
from desktop_app.domain.accounts import (
    KAS,
    KOMISI_KONSINYASI,
    PENDAPATAN_ADMIN,
    PIUTANG_PINJAMAN,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    UTANG_KONSINYASI,
    EntryKind,
)
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.services import kiosk, ledger

TODAY = date(2025, 6, 15)


@dataclass(frozen=True)
class Person:
    id: int
    number: str
    name: str
    pin: str


def add_member(session, number: str, name: str, status: str = "active") -> int:
    member = Member(number=number, name=name, join_date=date(2024, 1, 10), status=status)
    session.add(member)
    session.commit()
    return member.id


def deposit(session, member_id: int, code: str, amount: int, on: date, what: str) -> None:
    ledger.post(session, EntryDraft(on, EntryKind.DEPOSIT, what, [
        debit(KAS, amount), credit(code, amount, member_id=member_id)]))


def consignment_sale(session, member_id: int, amount: int, commission: int) -> None:
    ledger.post(session, EntryDraft(date(2025, 5, 20), EntryKind.SALE, "Hari Pasar Mei", [
        debit(KAS, amount), credit(KOMISI_KONSINYASI, commission),
        credit(UTANG_KONSINYASI, amount - commission, member_id=member_id)]))


def add_loan(session, member_id: int, number: str, principal: int, paid_installments: int):
    """A 6-month flat loan from 1 Mar 2025: due on the 1st, some installments paid."""
    loan = Loan(number=number, member_id=member_id, principal=principal,
                monthly_rate=Decimal("1.5"), term_months=6, method="flat", status="active",
                applied_on=date(2025, 3, 1), disbursed_on=date(2025, 3, 1))
    share, interest = principal // 6, principal * 15 // 1000
    for n in range(1, 7):
        paid = n <= paid_installments
        loan.installments.append(LoanInstallment(
            number=n, due_date=date(2025, 3 + n, 1) if n < 10 else date(2026, 1, 1),
            principal=share, interest=interest,
            paid_principal=share if paid else 0, paid_interest=interest if paid else 0,
            paid_penalty=0))
    session.add(loan)
    session.commit()
    ledger.post(session, EntryDraft(date(2025, 3, 1), EntryKind.LOAN_DISBURSEMENT,
                                    f"Pencairan {number}", [
        debit(PIUTANG_PINJAMAN, principal, member_id=member_id, loan_id=loan.id),
        credit(KAS, principal - 10_000), credit(PENDAPATAN_ADMIN, 10_000)]))
    return loan.id


def two_members(session) -> tuple[Person, Person]:
    """Sri (pokok, wajib, sukarela, a late loan, consignment) and Dewi (other amounts)."""
    sri_id = add_member(session, "A001", "Sri Wahyuni")
    deposit(session, sri_id, SIMPANAN_POKOK, 100_000, date(2024, 1, 10), "Setoran pokok")
    deposit(session, sri_id, SIMPANAN_WAJIB, 60_000, date(2025, 1, 10), "Setoran wajib")
    deposit(session, sri_id, SIMPANAN_SUKARELA, 257_500, date(2025, 2, 3), "Setoran sukarela")
    add_loan(session, sri_id, "P-0001", 1_200_000, paid_installments=1)
    consignment_sale(session, sri_id, 50_000, 5_000)
    kiosk.set_pin(session, "A001", "482913")
    dewi_id = add_member(session, "A002", "Dewi Kartika")
    deposit(session, dewi_id, SIMPANAN_POKOK, 100_000, date(2024, 1, 10), "Setoran pokok")
    deposit(session, dewi_id, SIMPANAN_SUKARELA, 9_876_543, date(2025, 4, 1), "Setoran Dewi")
    add_loan(session, dewi_id, "P-0002", 3_000_000, paid_installments=3)
    kiosk.set_pin(session, "A002", "739164")
    return (Person(sri_id, "A001", "Sri Wahyuni", "482913"),
            Person(dewi_id, "A002", "Dewi Kartika", "739164"))
