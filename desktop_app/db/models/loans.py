"""Loan products, loans, their schedules and repayment allocations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.db.base import Base, DecimalText


class ScheduleTerms:
    """Schedule options of a product, copied onto each loan; the defaults
    are today's monthly schedule."""

    frequency: Mapped[str] = mapped_column(String(8), default="month",
                                           server_default="month")  # month | 2weeks | week
    grace_installments: Mapped[int] = mapped_column(default=0, server_default="0")
    grace_kind: Mapped[str] = mapped_column(String(8), default="interest",
                                            server_default="interest")  # interest | none
    rounding_unit: Mapped[int] = mapped_column(BigInteger, default=1, server_default="1")
    rounding_mode: Mapped[str] = mapped_column(String(8), default="half_up",
                                               server_default="half_up")  # half_up | up
    # Early payoff: waive (remaining interest), to_date (interest to the payoff date) or
    # months (payoff_months months of interest).
    payoff_rule: Mapped[str] = mapped_column(String(8), default="waive", server_default="waive")
    payoff_months: Mapped[int] = mapped_column(default=0, server_default="0")


class LoanProduct(ScheduleTerms, Base):
    __tablename__ = "loan_product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    monthly_rate: Mapped[Decimal] = mapped_column(DecimalText)  # percent per month
    method: Mapped[str] = mapped_column(String(12))  # flat | menurun | anuitas
    max_term_months: Mapped[int]
    admin_fee_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    admin_fee_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    penalty_kind: Mapped[str] = mapped_column(String(16), default="none")
    penalty_value: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    limit_savings_multiple: Mapped[Decimal | None] = mapped_column(DecimalText)
    guarantor_required: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Loan(ScheduleTerms, Base):
    __tablename__ = "loan"
    __table_args__ = (
        Index("ix_loan_status_member", "status", "member_id"),
        Index("ix_loan_status_due", "status", "next_due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("loan_product.id"))
    principal: Mapped[int] = mapped_column(BigInteger)
    monthly_rate: Mapped[Decimal] = mapped_column(DecimalText)
    term_months: Mapped[int]  # the number of installments (months for a monthly loan)
    method: Mapped[str] = mapped_column(String(12))
    admin_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    penalty_kind: Mapped[str] = mapped_column(String(16), default="none")
    penalty_value: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    purpose: Mapped[str | None] = mapped_column(Text)
    guarantor_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    guarantor_name: Mapped[str | None] = mapped_column(String(120))
    # applied | approved | rejected | active | paid | written_off
    status: Mapped[str] = mapped_column(String(12), default="applied")
    applied_on: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_on: Mapped[date | None] = mapped_column(Date)
    disbursed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    # Kept in step by the loan services so that lists and arrears come from indexed
    # columns: principal still receivable, and the due date of the oldest unpaid
    # installment (None once nothing is owed). `check` compares them with the journal.
    outstanding: Mapped[int] = mapped_column(BigInteger, default=0)
    next_due_date: Mapped[date | None] = mapped_column(Date)
    rescheduled_on: Mapped[date | None] = mapped_column(Date)
    # Principal closed by the member-exit settlement (netted against her savings).
    exit_settled: Mapped[int] = mapped_column(BigInteger, default=0)
    first_due_date: Mapped[date | None] = mapped_column(Date)

    installments: Mapped[list[LoanInstallment]] = relationship(
        order_by="LoanInstallment.number", cascade="all, delete-orphan"
    )


class LoanInstallment(Base):
    """One row of a loan's schedule, with what has been paid against it so far."""

    __tablename__ = "loan_installment"
    __table_args__ = (
        UniqueConstraint("loan_id", "number"),
        Index("ix_loan_installment_due", "due_date", "loan_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"))
    number: Mapped[int]
    due_date: Mapped[date] = mapped_column(Date)
    principal: Mapped[int] = mapped_column(BigInteger)
    interest: Mapped[int] = mapped_column(BigInteger)
    paid_principal: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_interest: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_penalty: Mapped[int] = mapped_column(BigInteger, default=0)


class LoanRepayment(Base):
    """A repayment's split, linked to its journal entry (reversed ones are kept, flagged)."""

    __tablename__ = "loan_repayment"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), unique=True)
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    penalty: Mapped[int] = mapped_column(BigInteger, default=0)
    interest: Mapped[int] = mapped_column(BigInteger, default=0)
    principal: Mapped[int] = mapped_column(BigInteger, default=0)
    reversed: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)


class JointLiability(Base):
    """Tanggung renteng sub-ledger: one payer's share of a cover (what the borrower now
    owes her) or of a payback (what the borrower repaid her). Not an account of the
    cooperative: a claim = covers − paybacks of a borrower toward a payer, never below 0."""

    __tablename__ = "joint_liability"
    __table_args__ = (Index("ix_joint_liability_pair", "borrower_id", "payer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # cover | payback
    date: Mapped[date] = mapped_column(Date)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    payer_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(8))  # cash | savings
    reversed: Mapped[bool] = mapped_column(default=False, server_default="0")
