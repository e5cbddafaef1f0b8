"""The inventory's lists and reports: the product table, the stock card, stock per product."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Member, Product, StockMovement
from desktop_app.domain.stock_postings import ProductInfo
from desktop_app.i18n import tr
from desktop_app.services.products import info_query, on_hand_stock
from desktop_app.services.rows import QueryRows
from desktop_app.services.stock import (
    ADJUSTMENT,
    COUNT,
    OPENING,
    RECEIVE,
    RETURN,
    SALE,
    SOLD_KINDS,
)


@dataclass(frozen=True)
class ProductFilter:
    search: str = ""
    owner: str = "all"  # all | coop | consignment
    producer_id: int | None = None
    category: str | None = None
    low_only: bool = False
    include_inactive: bool = False


class ProductRow(NamedTuple):
    """A row of the product table."""

    code: str
    name: str
    category: str | None
    owner: str  # "number name" of the producer; empty for coop goods
    unit: str
    sale_price: int
    cost_price: int
    stock: int
    min_stock: int
    id: int


def product_rows(open_session: Callable[[], Session], flt: ProductFilter) -> QueryRows:
    """The products matching `flt`, as `ProductRow`s by code."""
    on_hand = on_hand_stock()
    query = (
        select(
            Product.code, Product.name, Product.category,
            func.coalesce(Member.number + " " + Member.name, ""), Product.unit,
            Product.sale_price, Product.cost_price, on_hand, Product.min_stock, Product.id,
        )
        .outerjoin(Member, Member.id == Product.owner_member_id)
    )
    if flt.search.strip():
        pattern = f"%{flt.search.strip()}%"
        query = query.where(or_(Product.code.ilike(pattern), Product.name.ilike(pattern)))
    if flt.owner == "coop":
        query = query.where(Product.owner_member_id.is_(None))
    elif flt.owner == "consignment":
        query = query.where(Product.owner_member_id.is_not(None))
    if flt.producer_id is not None:
        query = query.where(Product.owner_member_id == flt.producer_id)
    if flt.category:
        query = query.where(Product.category == flt.category)
    if flt.low_only:
        query = query.where(on_hand <= Product.min_stock)
    if not flt.include_inactive:
        query = query.where(Product.active.is_(True))
    return QueryRows(open_session, query, [Product.code], row_type=ProductRow)


def low_stock_products(session: Session) -> list[ProductInfo]:
    """Active products at or below their minimum stock (for the page and the dashboard)."""
    query, on_hand = info_query()
    rows = session.execute(
        query.where(Product.active.is_(True), on_hand <= Product.min_stock).order_by(Product.code)
    )
    return [ProductInfo(*r) for r in rows]


@dataclass(frozen=True)
class StockRow:
    code: str
    name: str
    owner: str  # the producer's member number, empty for the cooperative
    stock: int
    value: int  # coop goods at cost; consignment goods 0 (not ours)
    sold: int
    sales: int


def stock_rows(session: Session, as_of: date | None = None) -> list[StockRow]:
    """Per product (by code): stock, stock value at the current cost price, and quantity
    and amount sold, all up to `as_of` (inclusive; None = everything)."""
    m = StockMovement
    sold = case((m.kind.in_(SOLD_KINDS), -m.quantity), else_=0)
    taken = case((m.kind.in_(SOLD_KINDS), -m.quantity * m.unit_price), else_=0)
    sums = (
        select(
            m.product_id,
            func.sum(m.quantity).label("stock"),
            func.sum(sold).label("sold"),
            func.sum(taken).label("sales"),
        )
        .where(m.date <= as_of if as_of else True)
        .group_by(m.product_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Product.code, Product.name, func.coalesce(Member.number, ""),
            func.coalesce(sums.c.stock, 0), Product.cost_price, Product.owner_member_id,
            func.coalesce(sums.c.sold, 0), func.coalesce(sums.c.sales, 0),
        )
        .outerjoin(sums, sums.c.product_id == Product.id)
        .outerjoin(Member, Member.id == Product.owner_member_id)
        .order_by(Product.code)
    )
    return [
        StockRow(code, name, owner, stock, 0 if owner_id else stock * cost, sold, sales)
        for code, name, owner, stock, cost, owner_id, sold, sales in rows
    ]


def kind_labels() -> dict[str, str]:
    return {OPENING: tr("Opening stock"), RECEIVE: tr("Received"), SALE: tr("Sale"),
            RETURN: tr("Return"), ADJUSTMENT: tr("Adjustment"), COUNT: tr("Stock count")}


class MovementRow(NamedTuple):
    """A line of a product's stock card."""

    date: date
    movement: str  # the kind, translated
    quantity: int  # signed: in positive, out negative
    unit_price: int
    reason: str | None
    entry_id: int | None


def movement_rows(open_session: Callable[[], Session], product_id: int) -> QueryRows:
    """The stock card of one product as `MovementRow`s, newest first."""
    m = StockMovement
    kind = case(kind_labels(), value=m.kind, else_=m.kind)
    query = select(m.date, kind, m.quantity, m.unit_price, m.reason, m.entry_id).where(
        m.product_id == product_id
    )
    return QueryRows(open_session, query, [m.date.desc(), m.id.desc()], row_type=MovementRow)

