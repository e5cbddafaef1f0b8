"""The book's reports as plain data, each computed with a few aggregate queries: the one
place the Reports page, its documents and the command line ask for a report's figures.

The financial statements are built in `financial_statements.py` and the NGO indicators in
`ngo_indicators.py` (re-exported here); this module holds the cash book, member savings,
loan portfolio and inventory. Signs: amounts are shown the way a treasurer reads them,
positive on their normal side. A period with no data gives the same report with zeros and
no rows; the pages say so in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain import accounts as acc
from desktop_app.domain.dates import check_period
from desktop_app.domain.loan_rules import BUCKETS
from desktop_app.services.aggregates import balances_as_of
from desktop_app.services.financial_statements import (
    AccountRow,
    BalanceSheet,
    IncomeStatement,
    TrialBalance,
    TrialBalanceRow,
    balance_sheet,
    income_statement,
    trial_balance,
)
from desktop_app.services.inventory_lists import StockRow, stock_rows
from desktop_app.services.loan_portfolio import portfolio_summary
from desktop_app.services.market_days import SalesRow, sales_report
from desktop_app.services.ngo_indicators import Indicators, indicators

__all__ = [
    "AccountRow", "AgeingRow", "BalanceSheet", "CashBook", "CashRow", "IncomeStatement",
    "Indicators", "InventoryReport", "LoanPortfolio", "MemberSavings", "MemberSavingsRow",
    "TrialBalance", "TrialBalanceRow", "balance_sheet", "cash_book", "check_period",
    "income_statement", "indicators", "inventory_report", "loan_portfolio", "member_savings",
    "trial_balance",
]


# ------------------------------------------------------------------ cash book# ------------------------------------------------------------------ cash book


@dataclass(frozen=True)
class CashRow:
    date: date
    entry_id: int
    reference: str
    description: str
    cash_in: int
    cash_out: int
    balance: int


@dataclass(frozen=True)
class CashBook:
    start: date
    end: date
    opening: int
    rows: list[CashRow]
    closing: int

    @property
    def total_in(self) -> int:
        return sum(r.cash_in for r in self.rows)

    @property
    def total_out(self) -> int:
        return sum(r.cash_out for r in self.rows)


def cash_book(session: Session, start: date, end: date) -> CashBook:
    """Every movement of Kas in the period, with opening, running and closing balance."""
    check_period(start, end)
    opening = balances_as_of(session, start - timedelta(days=1))[acc.KAS]
    rows = session.execute(
        text(
            "SELECT e.id, e.date, COALESCE(e.reference, ''), e.description, SUM(l.amount) "
            "FROM journal_entry e CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            "AND l.account_id = (SELECT id FROM account WHERE code = :kas) "
            "AND e.date BETWEEN :s AND :e GROUP BY e.date, e.id ORDER BY e.date, e.id"
        ),
        {"kas": acc.KAS, "s": start, "e": end},
    ).all()
    balance = opening
    out = []
    for entry_id, day, reference, description, amount in rows:
        balance += amount
        out.append(
            CashRow(
                date.fromisoformat(day) if isinstance(day, str) else day,
                entry_id, reference, description,
                max(amount, 0), max(-amount, 0), balance,
            )
        )
    return CashBook(start, end, opening, out, balance)


# ------------------------------------------------------------------ member savings


@dataclass(frozen=True)
class MemberSavingsRow:
    member_id: int
    number: str
    name: str
    pokok: int
    wajib: int
    sukarela: int

    @property
    def total(self) -> int:
        return self.pokok + self.wajib + self.sukarela


@dataclass(frozen=True)
class MemberSavings:
    as_of: date
    rows: list[MemberSavingsRow]
    totals: dict[str, int] = field(default_factory=dict)


def member_savings(session: Session, as_of: date) -> MemberSavings:
    """Each member's pokok, wajib and sukarela at the end of `as_of` (zeros included)."""
    rows = session.execute(
        text(
            "SELECT l.member_id, a.code, SUM(l.amount) FROM journal_line l "
            "JOIN account a ON a.id = l.account_id AND a.code IN (:p, :w, :s) "
            "JOIN journal_entry e ON e.id = l.entry_id "
            "WHERE l.member_id IS NOT NULL AND e.date <= :d GROUP BY l.member_id, a.code"
        ),
        {"p": acc.SIMPANAN_POKOK, "w": acc.SIMPANAN_WAJIB, "s": acc.SIMPANAN_SUKARELA,
         "d": as_of},
    ).all()
    per_member: dict[int, dict[str, int]] = {}
    for member_id, code, amount in rows:
        per_member.setdefault(member_id, {})[code] = -amount
    out = []
    for member_id, number, name in session.execute(
        text("SELECT id, number, name FROM member WHERE join_date <= :d ORDER BY number"),
        {"d": as_of},
    ):
        b = per_member.get(member_id, {})
        out.append(
            MemberSavingsRow(
                member_id, number, name,
                b.get(acc.SIMPANAN_POKOK, 0), b.get(acc.SIMPANAN_WAJIB, 0),
                b.get(acc.SIMPANAN_SUKARELA, 0),
            )
        )
    totals = {
        "pokok": sum(r.pokok for r in out),
        "wajib": sum(r.wajib for r in out),
        "sukarela": sum(r.sukarela for r in out),
    }
    totals["total"] = sum(totals.values())
    return MemberSavings(as_of, out, totals)


# ------------------------------------------------------------------ loans and stock


@dataclass(frozen=True)
class AgeingRow:
    key: str
    label: str
    loans: int
    outstanding: int


@dataclass(frozen=True)
class LoanPortfolio:
    as_of: date
    rows: list[AgeingRow]
    outstanding: int
    par30_amount: int
    par30: float | None


def loan_portfolio(session: Session, as_of: date) -> LoanPortfolio:
    """Running loans by ageing bucket, and PAR30, from the loans' indexed arrears."""
    summary = portfolio_summary(session, as_of)
    rows = [
        AgeingRow(b.key, b.label(), *summary.by_bucket.get(b.key, (0, 0))) for b in BUCKETS
    ]
    return LoanPortfolio(
        as_of, rows, summary.outstanding, summary.par30_amount,
        float(summary.par30_ratio) if summary.outstanding else None,
    )


@dataclass(frozen=True)
class InventoryReport:
    start: date
    end: date
    stock: list[StockRow]  # per product at the end of the period
    sales: list[SalesRow]  # per product, sold in the period


def inventory_report(session: Session, start: date, end: date) -> InventoryReport:
    check_period(start, end)
    return InventoryReport(
        start, end, stock_rows(session, end), sales_report(session, "product", start, end)
    )
