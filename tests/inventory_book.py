"""A small shop for inventory tests: two producers (one has left), coop rice and a
producer's cakes, with known prices and stock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, JournalEntry, Member, StockMovement
from desktop_app.services import products, stock
from desktop_app.services.products import ProductInput

DAY = date(2025, 3, 1)


@dataclass
class Shop:
    siti: int  # active producer A001
    rina: int  # left the cooperative, A002
    beras: int  # coop rice: sells 15,000, cost 12,000, 20 in stock
    kue: int  # Siti's kue bingka: sells 5,000, 10% commission, 30 in stock


def add_member(session, number, name, left=False) -> int:
    member = Member(number=number, name=name, join_date=date(2024, 1, 10),
                    status="left" if left else "active",
                    exit_date=date(2025, 1, 31) if left else None)
    session.add(member)
    session.commit()
    return member.id


def build(session) -> Shop:
    siti = add_member(session, "A001", "Siti Aminah")
    rina = add_member(session, "A002", "Rina Wati", left=True)
    beras = products.create_product(
        session, ProductInput("BRS", "Beras 5 kg", 15_000, 12_000, unit="karung",
                              category="Sembako", min_stock=5))
    kue = products.create_product(
        session, ProductInput("KUE", "Kue Bingka", 5_000, 0, unit="pcs", category="Kue",
                              owner_number="A001", commission_percent=Decimal(10), min_stock=3))
    stock.opening_stock(session, beras, 20, DAY)
    stock.receive(session, kue, 30, DAY)
    return Shop(siti, rina, beras, kue)


def counts(session) -> tuple[int, int, int]:
    """(journal entries, stock movements, audit rows): to prove nothing was written."""
    return tuple(
        session.scalar(select(func.count(model.id)))
        for model in (JournalEntry, StockMovement, AuditLog)
    )
