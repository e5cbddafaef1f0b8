"""Derived totals for reports: journal lines summed per account and month."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base


class AccountMonth(Base):
    """Sum of journal lines per account, month ('YYYY-MM') and closing flag.

    Kept in step by the posting path (`services.ledger.JournalWriter` through
    `services.month_totals.add`), like the account and member balances.
    """

    __tablename__ = "account_month"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closing: Mapped[bool] = mapped_column(primary_key=True)  # year-end closing entries
    amount: Mapped[int] = mapped_column(BigInteger, default=0)
