"""Products (coop stock or members' consignment), stock movements and market days."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base, DecimalText


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    category: Mapped[str | None] = mapped_column(String(60))
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    sale_price: Mapped[int] = mapped_column(BigInteger)
    cost_price: Mapped[int] = mapped_column(BigInteger, default=0)
    min_stock: Mapped[int] = mapped_column(default=0)
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    commission_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    active: Mapped[bool] = mapped_column(default=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class MarketDay(Base):
    __tablename__ = "market_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    market: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class StockMovement(Base):
    """Stock is the sum of movements; quantities are signed (in positive, out negative)."""

    __tablename__ = "stock_movement"
    __table_args__ = (Index("ix_stock_movement_product", "product_id", "quantity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    date: Mapped[date] = mapped_column(Date, index=True)
    # opening | receive | sale | return | adjustment | count
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[int]
    unit_price: Mapped[int] = mapped_column(BigInteger, default=0)
    unit_cost: Mapped[int] = mapped_column(BigInteger, default=0)
    reason: Mapped[str | None] = mapped_column(Text)
    market_day_id: Mapped[int | None] = mapped_column(ForeignKey("market_day.id"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
