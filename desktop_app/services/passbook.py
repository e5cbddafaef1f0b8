"""The passbook (buku simpanan): every savings movement of a member, with running balances."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain.savings import TYPE_OF_ACCOUNT, SavingsType
from desktop_app.services import members, settings


@dataclass(frozen=True)
class PassbookRow:
    entry_id: int
    date: date
    kind: str  # the entry kind: deposit, withdrawal, reversal, member_exit, ...
    description: str
    savings_type: SavingsType
    deposit: int
    withdrawal: int
    balance: int  # running balance of this savings type
    pokok: int  # running balances of every type after this movement
    wajib: int
    sukarela: int

    @property
    def total(self) -> int:
        return self.pokok + self.wajib + self.sukarela


def rows(session: Session, member_id: int) -> list[PassbookRow]:
    """Movements in date order (then posting order), read through the member line index."""
    codes = ",".join(f"'{code}'" for code in TYPE_OF_ACCOUNT)
    lines = session.execute(
        text(
            "SELECT e.id, e.date, e.kind, e.description, a.code, l.amount "
            "FROM journal_line l JOIN account a ON a.id = l.account_id "
            "JOIN journal_entry e ON e.id = l.entry_id "
            f"WHERE l.member_id = :m AND a.code IN ({codes}) ORDER BY e.date, e.id, l.id"
        ),
        {"m": member_id},
    ).all()
    running = dict.fromkeys(SavingsType, 0)
    result = []
    for entry_id, on, kind, description, code, amount in lines:
        savings_type = TYPE_OF_ACCOUNT[code]
        running[savings_type] -= amount  # savings are credits
        result.append(
            PassbookRow(
                entry_id, date.fromisoformat(str(on)), kind, description, savings_type,
                max(0, -amount), max(0, amount), running[savings_type],
                running[SavingsType.POKOK], running[SavingsType.WAJIB],
                running[SavingsType.SUKARELA],
            )
        )
    return result


@dataclass(frozen=True)
class Passbook:
    """Everything a printed passbook shows."""

    cooperative: str
    member: members.MemberInfo
    rows: list[PassbookRow]
    minor_digits: int
    printed_on: date


def passbook(session: Session, member_id: int, printed_on: date) -> Passbook:
    profile = settings.get_profile(session)
    return Passbook(
        profile.name, members.get_member(session, member_id), rows(session, member_id),
        profile.minor_digits, printed_on,
    )
