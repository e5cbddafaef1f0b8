"""The posting rules of stock events (the sale and stock rows of the table in
docs/architecture.md): pure builders over a product, beside `postings.py`.

Coop-owned goods (`owner_member_id is None`) are kept in Persediaan at the product's
cost price; a member's consignment goods are not ours, so moving them posts nothing
and only their sale posts (commission to us, the rest owed to the producer).
Builders return None when an event posts nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.accounts import (
    BEBAN_OPERASIONAL,
    EKUITAS_SALDO_AWAL,
    HPP,
    KAS,
    KOMISI_KONSINYASI,
    PENJUALAN,
    PERSEDIAAN,
    UTANG_KONSINYASI,
    EntryKind,
)
from desktop_app.domain.journal import EntryDraft, Line, credit, debit
from desktop_app.domain.money import round_half_up
from desktop_app.i18n import tr


@dataclass(frozen=True)
class ProductInfo:
    """A product as services and the UI see it (stock is the sum of its movements)."""

    id: int
    code: str
    name: str
    category: str | None
    unit: str
    sale_price: int
    cost_price: int
    min_stock: int
    owner_member_id: int | None
    owner_number: str | None
    owner_name: str | None
    commission_percent: Decimal
    active: bool
    stock: int = 0

    @property
    def consignment(self) -> bool:
        return self.owner_member_id is not None

    @property
    def low(self) -> bool:
        return self.active and self.stock <= self.min_stock


def commission_of(amount: int, percent: Decimal) -> int:
    """The cooperative's commission on a consignment sale, rounded half up to the unit."""
    return round_half_up(Decimal(amount) * Decimal(percent) / 100)


def sale_draft(
    product: ProductInfo,
    quantity: int,
    unit_price: int,
    on: date,
    market_day_id: int | None = None,
    batch_id: int | None = None,
) -> EntryDraft:
    """One entry per sale line: the cash taken, and where it belongs."""
    amount = quantity * unit_price
    pid = product.id
    lines: list[Line] = [debit(KAS, amount)]
    if product.consignment:
        producer = product.owner_member_id
        commission = commission_of(amount, product.commission_percent)
        if commission:
            lines.append(credit(KOMISI_KONSINYASI, commission, member_id=producer, product_id=pid))
        if amount - commission:
            lines.append(
                credit(UTANG_KONSINYASI, amount - commission, member_id=producer, product_id=pid)
            )
    else:
        lines.append(credit(PENJUALAN, amount, product_id=pid))
        cost = quantity * product.cost_price
        if cost:
            lines += [debit(HPP, cost, product_id=pid), credit(PERSEDIAAN, cost, product_id=pid)]
    return EntryDraft(
        on,
        EntryKind.SALE,
        tr("Sale of {quantity} {unit} {name}", quantity=quantity, unit=product.unit,
           name=product.name),
        lines,
        reference=f"HP-{market_day_id}" if market_day_id else product.code,
        batch_id=batch_id,
    )


def _stock_draft(
    product: ProductInfo, amount: int, against: str, on: date, description: str,
    batch_id: int | None,
) -> EntryDraft | None:
    """Dr Persediaan `amount` (Cr if negative) against `against`; None when nothing moves."""
    if product.consignment or amount == 0:
        return None
    return EntryDraft(
        on,
        EntryKind.STOCK,
        description,
        [debit(PERSEDIAAN, amount, product_id=product.id),
         credit(against, amount, product_id=product.id)],
        reference=product.code,
        batch_id=batch_id,
    )


def opening_draft(product: ProductInfo, quantity: int, on: date, batch_id=None):
    """Opening stock of coop goods: Dr Persediaan; Cr Ekuitas Saldo Awal, at cost."""
    return _stock_draft(
        product, quantity * product.cost_price, EKUITAS_SALDO_AWAL, on,
        tr("Opening stock: {quantity} {unit} {name}", quantity=quantity, unit=product.unit,
           name=product.name),
        batch_id,
    )


def purchase_draft(product: ProductInfo, quantity: int, on: date, batch_id=None):
    """Coop goods bought for cash: Dr Persediaan; Cr Kas, at cost."""
    return _stock_draft(
        product, quantity * product.cost_price, KAS, on,
        tr("Purchase: {quantity} {unit} {name}", quantity=quantity, unit=product.unit,
           name=product.name),
        batch_id,
    )


def adjustment_draft(product: ProductInfo, change: int, on: date, reason: str, batch_id=None):
    """A found or lost quantity of coop goods, at cost, against Beban Operasional."""
    return _stock_draft(
        product, change * product.cost_price, BEBAN_OPERASIONAL, on,
        tr("Stock adjustment of {name}: {reason}", name=product.name, reason=reason),
        batch_id,
    )


def revaluation_draft(product: ProductInfo, quantity: int, old_cost: int, new_cost: int,
                      on: date):
    """Revalue `quantity` units held at a changed cost price, against HPP."""
    return _stock_draft(
        product, quantity * (new_cost - old_cost), HPP, on,
        tr("Cost price of {name} changed from {old} to {new}", name=product.name,
           old=old_cost, new=new_cost),
        None,
    )


def movement_draft(product: ProductInfo, kind: str, change: int, on: date) -> EntryDraft | None:
    """What a stock movement typed in by hand posts: goods bought ("receive"), opening
    stock ("opening") or an adjustment by `change` units ("adjust"); None when nothing is
    posted (consignment goods, no cost price)."""
    if kind == "receive":
        return purchase_draft(product, change, on)
    if kind == "opening":
        return opening_draft(product, change, on)
    return adjustment_draft(product, change, on, "")
