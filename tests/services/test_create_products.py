"""Products created together (`products.create_products`, an import's Produk sheet) get
exactly the rows and audit rows that `create_product` one by one gives, and the same
refusals with nothing written."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditLog, Product
from desktop_app.errors import ValidationError
from desktop_app.services import products
from desktop_app.services.products import ProductInput
from tests.inventory_book import add_member, counts


def _items(tag: str) -> list[ProductInput]:
    return [
        ProductInput(f"{tag}BRS", " Beras 5 kg ", 15_000, 12_000, unit="karung",
                     category="Sembako", min_stock=5),
        ProductInput(f"{tag}KUE", "Kue Bingka", 5_000, owner_number=" A001 ",
                     commission_percent=Decimal("12.5")),
        ProductInput(f"{tag}TAS", "Tas anyaman", 80_000, 50_000, unit=" ", active=False),
    ]


def _rows(session, ids: list[int], tag: str) -> list[tuple]:
    products = [session.get(Product, product_id) for product_id in ids]
    audits = {row.object_id: json.loads(row.details) for row in session.scalars(
        select(AuditLog).where(AuditLog.action == "product.create"))}
    return [
        (p.code.removeprefix(tag), p.name, p.category, p.unit, p.sale_price, p.cost_price,
         p.min_stock, p.owner_member_id, p.commission_percent, p.active, p.batch_id,
         {**audits[str(p.id)], "code": audits[str(p.id)]["code"].removeprefix(tag)})
        for p in products
    ]


def test_bulk_products_equal_one_by_one(session):
    add_member(session, "A001", "Siti Aminah")
    single = [products.create_product(session, item) for item in _items("S")]
    bulk = products.create_products(session, _items("B"))
    session.commit()
    assert len(bulk) == 3 and bulk == sorted(bulk) and min(bulk) > max(single)
    assert _rows(session, bulk, "B") == _rows(session, single, "S")
    assert _rows(session, bulk, "B")[1][7] is not None  # Siti owns the cakes
    assert products.get_products(session, bulk)[bulk[0]].name == "Beras 5 kg"


@pytest.mark.parametrize("items, message", [
    ([ProductInput("X1", "Satu", 1_000), ProductInput("x1", "Dua", 1_000)],
     "Product code x1 is already used; choose another."),
    ([ProductInput("X1", "Satu", 1_000), ProductInput("brs", "Beras", 1_000)],
     "Product code brs is already used; choose another."),
    ([ProductInput("X1", "Satu", 1_000, owner_number="A009")],
     "There is no member with number A009."),
    ([ProductInput("X1", "Satu", 1_000, owner_number="A002")],
     "Member A002 has left the cooperative; she cannot own products."),
    ([ProductInput("X1", "Satu", -1)], "Prices cannot be negative."),
    ([ProductInput("X1", " ", 1_000)], "Give the product a name."),
])
def test_a_bad_product_refuses_the_lot_as_one_by_one_would(session, items, message):
    add_member(session, "A002", "Rina Wati", left=True)
    products.create_product(session, ProductInput("BRS", "Beras", 15_000))
    before = counts(session), session.scalars(select(Product.code)).all()
    with pytest.raises(ValidationError) as bulk:
        products.create_products(session, items)
    assert (counts(session), session.scalars(select(Product.code)).all()) == before
    with pytest.raises(ValidationError) as single:
        for item in items:
            products.create_product(session, item)
    session.rollback()
    assert str(bulk.value) == str(single.value) == message
