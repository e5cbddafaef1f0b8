"""Goods the cooperative sells: the product register (codes, prices, owner, minimum stock).

A product is the cooperative's own (valued at cost in Persediaan) or a member's
consignment goods. Its stock is never stored (see `services/stock.py`); lookups here
return it alongside the product as a `ProductInfo`. Changing the cost price of coop goods
in stock posts the revaluation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.db.dialect import insert_returning_ids
from desktop_app.db.models import Member, Product, StockMovement
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Permission
from desktop_app.domain.stock_postings import ProductInfo, revaluation_draft
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction
from desktop_app.services.ledger import post_in_transaction


@dataclass(frozen=True)
class ProductInput:
    """What the product form (or an imported Produk row) supplies."""

    code: str
    name: str
    sale_price: int
    cost_price: int = 0
    unit: str = "pcs"
    category: str | None = None
    min_stock: int = 0
    owner_number: str | None = None  # a member number; None or "" = the cooperative
    commission_percent: Decimal = Decimal(0)
    active: bool = True


def on_hand_stock():
    """A product's stock, per row (a covering-index lookup of its movements)."""
    return (
        select(func.coalesce(func.sum(StockMovement.quantity), 0))
        .where(StockMovement.product_id == Product.id)
        .scalar_subquery()
    )


def info_query() -> tuple[Select, object]:
    """Products as ProductInfo columns, and the on-hand stock expression to filter by."""
    on_hand = on_hand_stock()
    query = (
        select(
            Product.id, Product.code, Product.name, Product.category, Product.unit,
            Product.sale_price, Product.cost_price, Product.min_stock, Product.owner_member_id,
            Member.number, Member.name, Product.commission_percent, Product.active, on_hand,
        )
        .outerjoin(Member, Member.id == Product.owner_member_id)
    )
    return query, on_hand


def get_product(session: Session, product_id: int) -> ProductInfo:
    row = session.execute(info_query()[0].where(Product.id == product_id)).first()
    if row is None:
        raise ValidationError(tr("There is no product {id}.", id=product_id))
    return ProductInfo(*row)


def get_products(session: Session, product_ids: Iterable[int]) -> dict[int, ProductInfo]:
    """Several products by id (one query), as `get_product` gives each."""
    wanted = list(product_ids)
    return {row[0]: ProductInfo(*row)
            for row in session.execute(info_query()[0].where(Product.id.in_(wanted)))}


def find_product(session: Session, text: str) -> ProductInfo | None:
    """A product by exact code (any case), else by exact name; None if neither."""
    text = text.strip()
    if not text:
        return None
    for column in (Product.code, Product.name):
        row = session.execute(
            info_query()[0].where(func.lower(column) == text.lower()).limit(1)
        ).first()
        if row is not None:
            return ProductInfo(*row)
    return None


def product_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, code, name) of active products, for the sales form's completer."""
    return [
        tuple(row) for row in session.execute(
            select(Product.id, Product.code, Product.name)
            .where(Product.active.is_(True))
            .order_by(Product.code)
        )
    ]


def categories(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Product.category).where(Product.category.is_not(None)).distinct()
            .order_by(Product.category)
        )
    )


def _owner(session: Session, number: str | None) -> int | None:
    number = (number or "").strip()
    if not number:
        return None
    row = session.execute(select(Member.id, Member.status).where(Member.number == number)).first()
    return _owner_of(number, row)


def _owner_of(number: str, row) -> int:
    """The owner's id from her (id, status) row; refused when missing or left."""
    if row is None:
        raise ValidationError(tr("There is no member with number {number}.", number=number))
    if row.status != MemberStatus.ACTIVE:
        raise ValidationError(
            tr("Member {number} has left the cooperative; she cannot own products.",
               number=number)
        )
    return row.id


def _validated(session: Session, data: ProductInput, product_id: int | None) -> dict:
    def code_used(code: str) -> bool:
        return session.scalar(select(Product.id).where(
            func.lower(Product.code) == code.lower(), Product.id != (product_id or 0))) is not None

    return _checked(data, code_used, lambda number: _owner(session, number))


def _checked(data: ProductInput, code_used: Callable[[str], bool],
             owner: Callable[[str | None], int | None]) -> dict:
    """A product's column values, refused in the same order whether one product is saved
    or many (`code_used` and `owner` look the code and the owner's number up)."""
    code, name = data.code.strip(), data.name.strip()
    if not code:
        raise ValidationError(tr("Give the product a code."))
    if not name:
        raise ValidationError(tr("Give the product a name."))
    if code_used(code):
        raise ValidationError(tr("Product code {code} is already used; choose another.", code=code))
    if data.sale_price < 0 or data.cost_price < 0:
        raise ValidationError(tr("Prices cannot be negative."))
    if data.min_stock < 0:
        raise ValidationError(tr("The minimum stock cannot be negative."))
    owner = owner(data.owner_number)
    percent = Decimal(data.commission_percent) if owner is not None else Decimal(0)
    if not Decimal(0) <= percent <= Decimal(100):
        raise ValidationError(tr("The commission must be between 0 and 100%."))
    return {
        "code": code, "name": name, "category": (data.category or "").strip() or None,
        "unit": data.unit.strip() or "pcs", "sale_price": data.sale_price,
        "cost_price": data.cost_price, "min_stock": data.min_stock,
        "owner_member_id": owner, "commission_percent": percent, "active": data.active,
    }


def create_product(session: Session, data: ProductInput, batch_id: int | None = None) -> int:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        values = _validated(session, data, None)
        product = Product(**values, batch_id=batch_id)
        session.add(product)
        session.flush()
        audit.record(session, "product.create", "product", product.id, **_audited(values))
        return product.id


def create_products(session: Session, items: Sequence[ProductInput], batch_id: int | None = None
                    ) -> list[int]:
    """Create many products in one insert (an import's Produk sheet); return their ids in
    order. The same checks, rows and audit rows as `create_product` called for each in
    turn: one query for the codes in use and one for the owners instead of one each."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        if not items:
            return []
        used = {code.lower() for code in session.scalars(select(Product.code))}
        numbers = {(data.owner_number or "").strip() for data in items} - {""}
        members = {row.number: row for row in session.execute(
            select(Member.id, Member.status, Member.number).where(Member.number.in_(numbers)))}

        def owner(number: str | None) -> int | None:
            number = (number or "").strip()
            return _owner_of(number, members.get(number)) if number else None

        rows = []
        for data in items:
            values = _checked(data, lambda code: code.lower() in used, owner)
            used.add(values["code"].lower())
            rows.append(values)
        ids = insert_returning_ids(session, Product.__table__,
                                   [{**values, "batch_id": batch_id} for values in rows])
        audit.record_many(session, "product.create", "product",
                          [(product_id, _audited(values)) for product_id, values in zip(ids, rows)])
        return ids


def update_product(
    session: Session, product_id: int, data: ProductInput, on: date | None = None
) -> None:
    """Change a product; a new cost price revalues coop goods in stock (posted `on`)."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        before = get_product(session, product_id)
        values = _validated(session, data, product_id)
        new_owner = values["owner_member_id"] != before.owner_member_id
        if new_owner and _has_movements(session, product_id):
            raise ValidationError(
                tr("The owner of a product with stock history cannot change; "
                   "create a new product instead.")
            )
        if values["cost_price"] != before.cost_price and before.stock and not before.consignment:
            require(session, Permission.POST)
            post_in_transaction(
                session,
                revaluation_draft(before, before.stock, before.cost_price, values["cost_price"],
                                  on or date.today()),
            )
        product = session.get(Product, product_id)
        changed = {}
        for key, value in values.items():
            if getattr(product, key) != value:
                changed[key] = [getattr(product, key), value]
                setattr(product, key, value)
        audit.record(session, "product.update", "product", product_id, **_audited(changed))


def _audited(values: dict) -> dict:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def _has_movements(session: Session, product_id: int) -> bool:
    return session.scalar(
        select(StockMovement.id).where(StockMovement.product_id == product_id).limit(1)
    ) is not None
