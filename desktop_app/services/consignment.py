"""Producer settlement: paying members what their consignment sales earned them.

What the cooperative owes a producer is her credit balance on Utang Konsinyasi (2201),
kept per member by the journal. A settlement pays part or all of it in cash or credits
it to her voluntary savings, as one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    MarketDay,
    Member,
    MemberBalance,
    Product,
    StockMovement,
)
from desktop_app.domain.accounts import (
    KOMISI_KONSINYASI,
    UTANG_KONSINYASI,
    EntryKind,
)
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.money import format_amount
from desktop_app.domain.postings import CASH, SAVINGS, settlement_draft
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import ledger
from desktop_app.services.context import require, transaction
from desktop_app.services.members import load_member
from desktop_app.services.rows import QueryRows
from desktop_app.services.stock import SOLD_KINDS


def owed(session: Session, member_id: int) -> int:
    """Consignment proceeds the cooperative owes this producer now."""
    return -ledger.member_balances(session, member_id).get(UTANG_KONSINYASI, 0)


def settle(session: Session, member_id: int, amount: int, on: date, method: str = CASH) -> int:
    """Pay a producer `amount` of what she is owed; return the entry id."""
    with transaction(session):
        require(session, Permission.POST)
        member = load_member(session, member_id)
        if method not in (CASH, SAVINGS):
            raise ValidationError(tr("Choose cash or voluntary savings."))
        if type(amount) is not int or amount <= 0:
            raise ValidationError(tr("The amount to settle must be above zero."))
        due = owed(session, member_id)
        if amount > due:
            raise ValidationError(
                tr("{name} is owed only {owed}; you cannot settle {amount}.",
                   name=member.name, owed=format_amount(due), amount=format_amount(amount))
            )
        if method == SAVINGS and member.status != MemberStatus.ACTIVE:
            raise ValidationError(
                tr("Member {number} has left; pay her in cash instead.", number=member.number)
            )
        return ledger.post_in_transaction(
            session, settlement_draft(member_id, amount, on, method, member.number)
        )


def _last_settlement(session: Session, member_id: int) -> tuple[int, date | None]:
    """(entry id, date) of the member's last settlement not reversed; (0, None) if none."""
    reversal = aliased(JournalEntry)
    row = session.execute(
        select(JournalEntry.id, JournalEntry.date)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .outerjoin(reversal, reversal.reverses_id == JournalEntry.id)
        .where(
            JournalEntry.kind == str(EntryKind.SETTLEMENT),
            JournalLine.member_id == member_id,
            reversal.id.is_(None),
        )
        .order_by(JournalEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, None)


@dataclass(frozen=True)
class StatementLine:
    date: date
    market: str
    code: str
    product: str
    quantity: int
    amount: int
    commission: int

    @property
    def owed(self) -> int:
        return self.amount - self.commission


@dataclass(frozen=True)
class Statement:
    member_number: str
    member_name: str
    since: date | None  # the last settlement, None if never settled
    lines: list[StatementLine]
    owed_now: int

    @property
    def total_amount(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def total_commission(self) -> int:
        return sum(line.commission for line in self.lines)


def statement(session: Session, member_id: int) -> Statement:
    """The producer's sales since her last settlement and what she is owed now."""
    member = load_member(session, member_id)
    last_id, last_date = _last_settlement(session, member_id)
    commission = (
        select(JournalLine.entry_id, func.sum(-JournalLine.amount).label("c"))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == KOMISI_KONSINYASI, JournalLine.member_id == member_id)
        .group_by(JournalLine.entry_id)
        .subquery()
    )
    m = StockMovement
    rows = session.execute(
        select(m.date, func.coalesce(MarketDay.market, ""), Product.code, Product.name,
               -m.quantity, -m.quantity * m.unit_price, func.coalesce(commission.c.c, 0))
        .join(Product, Product.id == m.product_id)
        .outerjoin(MarketDay, MarketDay.id == m.market_day_id)
        .outerjoin(commission, commission.c.entry_id == m.entry_id)
        .where(Product.owner_member_id == member_id, m.kind.in_(SOLD_KINDS), m.entry_id > last_id)
        .order_by(m.date, m.id)
    )
    return Statement(
        member.number, member.name, last_date, [StatementLine(*r) for r in rows],
        owed(session, member_id),
    )


class ProducerRow(NamedTuple):
    """A row of the producers table: a member who owns products."""

    number: str
    name: str
    products: int
    owed: int  # consignment proceeds owed to her now
    member_id: int


def producer_rows(open_session: Callable[[], Session], search: str = "") -> QueryRows:
    """Members who own products, as `ProducerRow`s."""
    owed_sq = (
        select(MemberBalance.member_id, (-MemberBalance.balance).label("owed"))
        .join(Account, Account.id == MemberBalance.account_id)
        .where(Account.code == UTANG_KONSINYASI)
        .subquery()
    )
    products = (
        select(Product.owner_member_id.label("member_id"), func.count().label("n"))
        .where(Product.owner_member_id.is_not(None))
        .group_by(Product.owner_member_id)
        .subquery()
    )
    query = (
        select(Member.number, Member.name, products.c.n, func.coalesce(owed_sq.c.owed, 0),
               Member.id)
        .join(products, products.c.member_id == Member.id)
        .outerjoin(owed_sq, owed_sq.c.member_id == Member.id)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(Member.number.ilike(pattern) | Member.name.ilike(pattern))
    return QueryRows(open_session, query, [Member.number], row_type=ProducerRow)


def total_owed(session: Session) -> int:
    """All consignment proceeds owed to producers (the credit balance of 2201)."""
    return -ledger.account_balance(session, UTANG_KONSINYASI)
