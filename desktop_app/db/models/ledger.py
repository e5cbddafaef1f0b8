"""The accounting core: settings, accounts, journal entries and lines, summaries, audit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.db.base import Base


class Setting(Base):
    """Key/value settings: the cooperative's profile, bylaws, closed-through date."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    type: Mapped[str] = mapped_column(String(16))  # asset|liability|equity|income|expense
    active: Mapped[bool] = mapped_column(default=True)


class JournalEntry(Base):
    """A posted entry. Never updated or deleted (database triggers enforce it)."""

    __tablename__ = "journal_entry"
    # Entries of one kind, newest first (the cash book's kind filter), without a sort.
    __table_args__ = (Index("ix_journal_entry_kind_date", "kind", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str | None] = mapped_column(String(64))
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_entry.id"), unique=True
    )
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    lines: Mapped[list[JournalLine]] = relationship(
        back_populates="entry", order_by="JournalLine.id"
    )


class ReceiptNumber(Base):
    """The printed number of the receipt for one entry (domain/receipts.py)."""

    __tablename__ = "receipt_number"
    __table_args__ = (UniqueConstraint("series", "year", "number"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), primary_key=True)
    series: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)


class ReceiptCounter(Base):
    """The last receipt number given per series and year (bumped in the posting transaction)."""

    __tablename__ = "receipt_counter"

    series: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class JournalLine(Base):
    """One line of an entry: signed amount in minor units, debit positive, credit negative."""

    __tablename__ = "journal_line"
    __table_args__ = (
        # Covers account sums, and "does this entry touch this account" probes.
        Index("ix_journal_line_account", "account_id", "entry_id", "amount"),
        # Partial: many lines have no member, most neither a loan nor a product, and a
        # NULL entry costs every posting (0008, 0009).
        Index("ix_journal_line_member", "member_id", "account_id", "amount",
              sqlite_where=text("member_id IS NOT NULL"),
              postgresql_where=text("member_id IS NOT NULL")),
        Index("ix_journal_line_loan", "loan_id", sqlite_where=text("loan_id IS NOT NULL"),
              postgresql_where=text("loan_id IS NOT NULL")),
        Index("ix_journal_line_product", "product_id",
              sqlite_where=text("product_id IS NOT NULL"),
              postgresql_where=text("product_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    amount: Mapped[int] = mapped_column(BigInteger)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")
    account: Mapped[Account] = relationship()


class AccountBalance(Base):
    """Maintained sum of journal lines per account; `check` rebuilds and compares."""

    __tablename__ = "account_balance"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    balance: Mapped[int] = mapped_column(BigInteger, default=0)


class MemberBalance(Base):
    """Maintained sum of journal lines per member and account; `check` rebuilds it."""

    __tablename__ = "member_balance"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    balance: Mapped[int] = mapped_column(BigInteger, default=0)


class AuditLog(Base):
    """Append-only record of who did what and when (triggers refuse update/delete)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text, default="{}")
