"""Derived totals for reports: journal lines summed per account and month."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base


class AccountMonth(Base):
    """Sum of journal lines per account, month ('YYYY-MM') and closing flag.

    The journal is append-only, so `services.month_totals` keeps this up to date by
    adding the entries posted since its high-water mark; it can always be rebuilt.
    """

    __tablename__ = "account_month"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closing: Mapped[bool] = mapped_column(primary_key=True)  # year-end closing entries
    amount: Mapped[int] = mapped_column(BigInteger, default=0)
