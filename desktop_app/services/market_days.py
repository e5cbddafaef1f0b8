"""Market days (hari pasar) and the sales made at them.

Each sale line is its own journal entry (kind `sale`), linked from its stock movement:
a sale is corrected by reversing that one entry, which brings the goods back with a
`return` movement on the same market day. A closed market day takes no more sales.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Account,
    JournalLine,
    MarketDay,
    Member,
    Product,
    StockMovement,
)
from desktop_app.domain.accounts import KOMISI_KONSINYASI
from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.domain.stock_postings import sale_draft
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, products, settings, stock
from desktop_app.services.context import require, transaction
from desktop_app.services.rows import QueryRows

__all__ = ["sale_draft"]  # re-exported: the pure builder of a sale's entry

OPEN, CLOSED = "open", "closed"


@dataclass(frozen=True)
class MarketDayInfo:
    id: int
    date: date
    market: str
    status: str

    @property
    def is_open(self) -> bool:
        return self.status == OPEN


def _market_day(session: Session, market_day_id: int) -> MarketDay:
    day = session.get(MarketDay, market_day_id)
    if day is None:
        raise ValidationError(tr("There is no market day {id}.", id=market_day_id))
    return day


def get_market_day(session: Session, market_day_id: int) -> MarketDayInfo:
    day = _market_day(session, market_day_id)
    return MarketDayInfo(day.id, day.date, day.market, day.status)


def open_market_day(session: Session, on: date, market: str) -> int:
    """Open a market day at `market` on `on`; return its id."""
    with transaction(session):
        require(session, Permission.POST)
        market = market.strip()
        if not market:
            raise ValidationError(tr("Give the name of the market or event."))
        settings.require_open(session, on)
        day = MarketDay(date=on, market=market, status=OPEN)
        session.add(day)
        session.flush()
        audit.record(session, "market_day.open", "market_day", day.id, date=on, market=market)
        return day.id


def find_or_open(session: Session, on: date, market: str) -> int:
    """The open market day at `market` on `on`, opened if there is none (for imports)."""
    with transaction(session):
        require(session, Permission.POST)
        found = session.scalar(
            select(MarketDay.id).where(
                MarketDay.date == on, MarketDay.market == market.strip(), MarketDay.status == OPEN
            )
        )
        return found if found is not None else open_market_day(session, on, market)


@dataclass(frozen=True)
class SaleResult:
    entry_id: int
    quantity: int
    unit_price: int
    amount: int
    stock_left: int


def record_sale(
    session: Session,
    product_id: int,
    quantity: int,
    on: date | None = None,
    *,
    unit_price: int | None = None,
    market_day_id: int | None = None,
    batch_id: int | None = None,
) -> SaleResult:
    """Sell `quantity` of a product (price defaults to its sale price), at a market day
    (then dated that day) or on its own (`on` required). Posts one entry; refuses a closed
    market day and a sale beyond the stock."""
    with transaction(session):
        require(session, Permission.POST)
        if market_day_id is not None:
            day = get_market_day(session, market_day_id)
            if not day.is_open:
                raise ValidationError(
                    tr("The market day at {market} on {date} is closed; open a new one to sell.",
                       market=day.market, date=format_date(day.date))
                )
            on = day.date
        if on is None:
            raise ValidationError(tr("Give the date of the sale."))
        product = products.get_product(session, product_id)
        price = product.sale_price if unit_price is None else unit_price
        posting = stock.StockPosting(session, audit_each=True)
        posting.sale(product, quantity, price, on, market_day_id, batch_id)
        (entry_id,) = posting.flush()
        return SaleResult(entry_id, quantity, price, quantity * price, product.stock - quantity)


def close_market_day(session: Session, market_day_id: int) -> MarketDaySummary:
    with transaction(session):
        require(session, Permission.POST)
        day = _market_day(session, market_day_id)
        if day.status == CLOSED:
            raise ValidationError(tr("This market day is already closed."))
        day.status, day.closed_at = CLOSED, datetime.now()
        summary = market_day_summary(session, market_day_id)
        audit.record(session, "market_day.close", "market_day", market_day_id,
                     cash=summary.cash_taken)
        return summary


def reverse_sale(session: Session, entry_id: int, on: date, reason: str) -> int:
    return stock.reverse_with_movements(session, entry_id, on, reason, stock.RETURN)


# ---------------------------------------------------------------- summaries and reports


@dataclass(frozen=True)
class SalesRow:
    """Sales grouped by one key: a product, a producer, a market or a day."""

    key: object
    label: str
    quantity: int
    amount: int
    commission: int = 0


@dataclass(frozen=True)
class MarketDaySummary:
    day: MarketDayInfo
    by_product: list[SalesRow]
    by_producer: list[SalesRow]  # the cooperative's own goods under key None
    cash_taken: int


_m = StockMovement
_SOLD_QTY = func.sum(-_m.quantity)
_SOLD_AMOUNT = func.sum(-_m.quantity * _m.unit_price)


def _grouping(by: str):
    """(key column, label column) for a sales report grouped `by`."""
    if by == "product":
        return Product.id, Product.code + " " + Product.name
    if by == "producer":
        return Product.owner_member_id, func.coalesce(Member.number + " " + Member.name, "")
    if by == "market":
        return MarketDay.market, func.coalesce(MarketDay.market, "")
    if by == "day":
        return _m.date, _m.date
    raise ValueError(f"unknown grouping {by!r}")


def sales_report(
    session: Session,
    by: str,
    start: date | None = None,
    end: date | None = None,
    *,
    market: str | None = None,
    product_id: int | None = None,
    producer_id: int | None = None,
    market_day_id: int | None = None,
) -> list[SalesRow]:
    """Quantity and amount sold (net of returned sales) grouped `by` product, producer,
    market or day, for sales dated `start`..`end` (inclusive); optional filters narrow
    it. The producer grouping also gives the commission the cooperative earned."""
    key, label = _grouping(by)
    commission = (
        select(JournalLine.entry_id, func.sum(-JournalLine.amount).label("commission"))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == KOMISI_KONSINYASI)
        .group_by(JournalLine.entry_id)
        .subquery()
    )
    query = (
        select(key, label, _SOLD_QTY, _SOLD_AMOUNT,
               func.coalesce(func.sum(commission.c.commission), 0))
        .select_from(_m)
        .join(Product, Product.id == _m.product_id)
        .outerjoin(Member, Member.id == Product.owner_member_id)
        .outerjoin(MarketDay, MarketDay.id == _m.market_day_id)
        .outerjoin(commission, commission.c.entry_id == _m.entry_id)
        .where(_m.kind.in_(stock.SOLD_KINDS))
        .group_by(key, label)
        .order_by(label)
    )
    filters = (
        (start, lambda v: _m.date >= v), (end, lambda v: _m.date <= v),
        (market, lambda v: MarketDay.market == v), (product_id, lambda v: _m.product_id == v),
        (producer_id, lambda v: Product.owner_member_id == v),
        (market_day_id, lambda v: _m.market_day_id == v),
    )
    for value, condition in filters:
        if value is not None:
            query = query.where(condition(value))
    return [
        SalesRow(k, format_date(lbl) if isinstance(lbl, date) else (lbl or tr("Cooperative")),
                 q, a, c)
        for k, lbl, q, a, c in session.execute(query)
    ]


def market_day_summary(session: Session, market_day_id: int) -> MarketDaySummary:
    day = get_market_day(session, market_day_id)
    by_product = sales_report(session, "product", market_day_id=market_day_id)
    by_producer = sales_report(session, "producer", market_day_id=market_day_id)
    return MarketDaySummary(day, by_product, by_producer, sum(r.amount for r in by_product))


def markets(session: Session) -> list[str]:
    """Market and event names used before, most recent first (for the open form)."""
    return list(
        session.scalars(
            select(MarketDay.market)
            .group_by(MarketDay.market)
            .order_by(func.max(MarketDay.date).desc())
        )
    )


class MarketDayRow(NamedTuple):
    date: date
    market: str
    status: str  # in words, in the UI language
    lines: int  # sale lines
    amount: int
    id: int


class SaleRow(NamedTuple):
    code: str
    product: str
    producer: str  # the owner's name, empty for coop goods
    quantity: int
    unit_price: int
    amount: int
    kind: str  # stock.SALE or stock.RETURN
    entry_id: int


def market_day_rows(open_session: Callable[[], Session]) -> QueryRows:
    """`MarketDayRow`s, newest first."""
    sold = (
        select(
            _m.market_day_id,
            func.sum(case((_m.kind == "sale", 1), else_=0)).label("lines"),
            func.sum(-_m.quantity * _m.unit_price).label("amount"),
        )
        .where(_m.kind.in_(stock.SOLD_KINDS), _m.market_day_id.is_not(None))
        .group_by(_m.market_day_id)
        .subquery()
    )
    status = case((MarketDay.status == OPEN, literal(tr("Open (selling)"))),
                  else_=literal(tr("Closed")))  # in words, in the UI language
    query = select(
        MarketDay.date, MarketDay.market, status,
        func.coalesce(sold.c.lines, 0), func.coalesce(sold.c.amount, 0), MarketDay.id,
    ).outerjoin(sold, sold.c.market_day_id == MarketDay.id)
    return QueryRows(open_session, query, [MarketDay.date.desc(), MarketDay.id.desc()],
                     row_type=MarketDayRow)


def sale_rows(open_session: Callable[[], Session], market_day_id: int) -> QueryRows:
    """The sales (and returns) of one market day as `SaleRow`s, newest first."""
    query = (
        select(
            Product.code, Product.name, func.coalesce(Member.name, ""), -_m.quantity,
            _m.unit_price, -_m.quantity * _m.unit_price, _m.kind, _m.entry_id,
        )
        .select_from(_m)
        .join(Product, Product.id == _m.product_id)
        .outerjoin(Member, Member.id == Product.owner_member_id)
        .where(_m.market_day_id == market_day_id, _m.kind.in_(stock.SOLD_KINDS))
    )
    return QueryRows(open_session, query, [_m.id.desc()], row_type=SaleRow)
