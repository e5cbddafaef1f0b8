"""The members' balance kiosk: a member number plus a 6-digit PIN shows her own money.

The kiosk runs with no user logged in, so it can change nothing in the books: it only
reads one member's figures and counts wrong PINs on her row. The treasurer sets PINs
(Permission.EDIT_MASTER); PINs are stored as Argon2id hashes only.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import Member
from desktop_app.domain.accounts import (
    BEBAN_PENGHAPUSAN,
    KOMISI_KONSINYASI,
    PENDAPATAN_ADMIN,
    PENDAPATAN_DENDA,
    PENDAPATAN_JASA,
    PIUTANG_PINJAMAN,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    UTANG_KONSINYASI,
)
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, passwords
from desktop_app.services.context import require, transaction
from desktop_app.services.joint_liability import claims
from desktop_app.services.ledger import member_balances
from desktop_app.services.members import load_member

PIN_LENGTH = 6
MOVEMENT_COUNT = 10


def _check_pin(pin: str) -> None:
    if len(pin) != PIN_LENGTH or not pin.isascii() or not pin.isdigit():
        raise ValidationError(tr("The PIN must be exactly 6 digits."))
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:], strict=False)}
    if steps in ({0}, {1}, {-1}):
        raise ValidationError(
            tr("That PIN is too easy to guess (such as 111111 or 123456); choose another.")
        )


def new_pin() -> str:
    """A random PIN that passes the checks, for the treasurer to hand out on a slip."""
    while True:
        pin = f"{secrets.randbelow(10**PIN_LENGTH):0{PIN_LENGTH}d}"
        try:
            _check_pin(pin)
        except ValidationError:
            continue
        return pin


def _member_by_number(session: Session, number: str) -> Member | None:
    return session.scalar(select(Member).where(Member.number == number.strip()))


def set_pin(session: Session, member_number: str, pin: str) -> None:
    """Set or reset a member's kiosk PIN (the treasurer's job); lifts any lock."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        member = _member_by_number(session, member_number)
        if member is None:
            raise ValidationError(
                tr("There is no member number {number}.", number=member_number.strip())
            )
        if member.status == MemberStatus.LEFT:
            raise ValidationError(
                tr("Member {number} has left the cooperative; she needs no PIN.",
                   number=member.number)
            )
        _check_pin(pin)
        member.pin_hash = passwords.hash_secret(pin)
        member.pin_failures = 0
        member.pin_locked_until = None
        audit.record(session, "member.set_pin", "member", member.number)


def verify_member(
    session: Session, member_number: str, pin: str, *, now: datetime | None = None
) -> int:
    """The member's id if number and PIN match; otherwise a calm refusal.

    The refusal is the same for an unknown number, a wrong PIN, a locked number, a member
    with no PIN and a member who has left, so nobody learns which part was wrong. Wrong PINs lock that
    member number for a growing while (saved even though the call refuses).
    """
    return passwords.attempt(
        session, lambda: _try_pin(session, member_number, pin, now or datetime.now()))


def _try_pin(session: Session, member_number: str, pin: str, now: datetime) -> int | str:
    # A locked number gets the same words as an unknown one, so that nobody can find
    # out which member numbers exist by locking them.
    refusal = tr("The member number or PIN does not match, or there were too many wrong "
                 "tries. Please try again later, or ask the treasurer.")
    member = _member_by_number(session, member_number) if member_number.strip() else None
    if member is not None and member.pin_locked_until and member.pin_locked_until > now:
        return refusal
    matches = passwords.verify_secret(member.pin_hash if member else None, pin)
    if member is None or member.pin_hash is None:
        return refusal
    if not matches:
        member.pin_failures += 1
        member.pin_locked_until = passwords.lock_after(member.pin_failures, now)
        return refusal
    if member.status == MemberStatus.LEFT:
        return refusal
    member.pin_failures = 0
    member.pin_locked_until = None
    return member.id


# ---------------------------------------------------------------- what she sees


@dataclass(frozen=True)
class KioskLoan:
    number: str
    principal: int
    outstanding: int  # principal still owed
    next_due: date | None
    next_amount: int  # what is still unpaid of the next installment
    overdue_amount: int  # installments due before today and still unpaid
    overdue_count: int


@dataclass(frozen=True)
class KioskMovement:
    date: date
    description: str
    account_code: str
    account: str  # the book's name for the account
    amount: int  # from her side: positive adds to her money or pays off her debt

    @property
    def label(self) -> str:
        """Her words for the account: "Jasa pinjaman", not "Pendapatan Jasa Pinjaman"."""
        if self.account_code == PIUTANG_PINJAMAN:
            return tr("Loan principal paid") if self.amount > 0 else tr("Loan received")
        plain = {
            SIMPANAN_POKOK: tr("Simpanan Pokok"), SIMPANAN_WAJIB: tr("Simpanan Wajib"),
            SIMPANAN_SUKARELA: tr("Simpanan Sukarela"),
            UTANG_KONSINYASI: tr("Consignment proceeds"),
            PENDAPATAN_JASA: tr("Loan interest (jasa)"), PENDAPATAN_DENDA: tr("Late fee (denda)"),
            PENDAPATAN_ADMIN: tr("Admin fee"), KOMISI_KONSINYASI: tr("Cooperative's commission"),
            BEBAN_PENGHAPUSAN: tr("Loan written off"),
        }
        return plain.get(self.account_code, self.account)


@dataclass(frozen=True)
class KioskView:
    member_id: int
    number: str
    name: str
    savings: dict[str, int]  # account code -> her balance (positive)
    loans: list[KioskLoan]
    consignment_owed: int
    movements: list[KioskMovement]
    today: date
    # tanggung renteng: (name, still owed) — what she owes those who covered her, and
    # what those she covered owe her
    owes_group: tuple[tuple[str, int], ...] = ()
    owed_by_group: tuple[tuple[str, int], ...] = ()

    @property
    def total_savings(self) -> int:
        return sum(self.savings.values())


SAVINGS_ORDER = (SIMPANAN_POKOK, SIMPANAN_WAJIB, SIMPANAN_SUKARELA)


def member_view(session: Session, member_id: int, today: date | None = None) -> KioskView:
    """Everything the kiosk shows one member, read straight from the books."""
    today = today or date.today()
    member = load_member(session, member_id)
    balances = member_balances(session, member_id)
    return KioskView(
        member_id=member.id,
        number=member.number,
        name=member.name,
        savings={code: -balances.get(code, 0) for code in SAVINGS_ORDER},
        loans=_loans(session, member_id, today),
        consignment_owed=-balances.get(UTANG_KONSINYASI, 0),
        movements=_movements(session, member_id),
        today=today,
        owes_group=tuple((c.payer_name, c.owed) for c in claims(session, borrower_id=member_id)
                         if c.owed > 0),
        owed_by_group=tuple((c.borrower_name, c.owed)
                            for c in claims(session, payer_id=member_id) if c.owed > 0),
    )


def _loans(session: Session, member_id: int, today: date) -> list[KioskLoan]:
    rows = session.execute(
        text(
            """
            SELECT l.id, l.number, l.principal,
                   COALESCE(SUM(i.principal - i.paid_principal), 0) AS outstanding,
                   COALESCE(SUM(CASE WHEN i.due_date < :today
                       THEN i.principal + i.interest - i.paid_principal - i.paid_interest
                       ELSE 0 END), 0) AS overdue,
                   COALESCE(SUM(CASE WHEN i.due_date < :today
                       AND i.principal + i.interest > i.paid_principal + i.paid_interest
                       THEN 1 ELSE 0 END), 0) AS overdue_count
            FROM loan l LEFT JOIN loan_installment i ON i.loan_id = l.id
            WHERE l.member_id = :m AND l.status = :active
            GROUP BY l.id ORDER BY l.disbursed_on, l.id
            """
        ),
        {"m": member_id, "today": today.isoformat(), "active": LoanStatus.ACTIVE.value},
    ).all()
    loans = []
    for loan_id, number, principal, outstanding, overdue, overdue_count in rows:
        next_row = session.execute(
            text(
                "SELECT due_date, principal + interest - paid_principal - paid_interest "
                "FROM loan_installment WHERE loan_id = :l "
                "AND principal + interest > paid_principal + paid_interest "
                "ORDER BY number LIMIT 1"
            ),
            {"l": loan_id},
        ).first()
        next_due = date.fromisoformat(str(next_row[0])) if next_row else None
        loans.append(
            KioskLoan(number, principal, outstanding, next_due,
                      next_row[1] if next_row else 0, overdue, overdue_count)
        )
    return loans


def _movements(session: Session, member_id: int) -> list[KioskMovement]:
    rows = session.execute(
        text(
            "SELECT e.date, e.description, a.code, a.name, l.amount "
            "FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
            "JOIN account a ON a.id = l.account_id "
            "WHERE l.member_id = :m ORDER BY e.date DESC, l.id DESC LIMIT :n"
        ),
        {"m": member_id, "n": MOVEMENT_COUNT},
    ).all()
    return [
        KioskMovement(date.fromisoformat(str(d)), description, code, name, -amount)
        for d, description, code, name, amount in rows
    ]

