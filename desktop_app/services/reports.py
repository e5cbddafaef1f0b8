"""The book's reports as plain data, each computed with a few aggregate queries.

Signs: amounts are shown the way a treasurer reads them, positive on their normal side
(assets and expenses debit, liabilities, equity and income credit). A period with no
data gives the same report with zeros and no rows; the pages say so in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain import accounts as acc
from desktop_app.domain.accounts import AccountType, EntryKind
from desktop_app.domain.loan_rules import BUCKETS
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services.aggregates import (
    account_names,
    balances_as_of,
    fiscal_year,
    fiscal_year_of,
    movements,
)
from desktop_app.services.inventory_lists import StockRow, stock_rows
from desktop_app.services.loan_portfolio import portfolio_summary
from desktop_app.services.market_days import SalesRow, sales_report


def check_period(start: date, end: date) -> None:
    if start > end:
        raise ValidationError(tr("The period starts after it ends; swap the two dates."))


@dataclass(frozen=True)
class AccountRow:
    code: str
    name: str
    amount: int


# ------------------------------------------------------------------ cash book


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


# ------------------------------------------------------------------ trial balance


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    debit: int
    credit: int


@dataclass(frozen=True)
class TrialBalance:
    as_of: date
    rows: list[TrialBalanceRow]

    @property
    def total_debit(self) -> int:
        return sum(r.debit for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)


def trial_balance(session: Session, as_of: date) -> TrialBalance:
    """Every account with a balance at the end of `as_of`, in the debit or credit column."""
    balances = balances_as_of(session, as_of)
    rows = [
        TrialBalanceRow(code, name, max(balances[code], 0), max(-balances[code], 0))
        for code, (name, _) in account_names(session).items()
        if balances[code]
    ]
    return TrialBalance(as_of, rows)


# ------------------------------------------------------------------ balance sheet


@dataclass(frozen=True)
class BalanceSheet:
    as_of: date
    assets: list[AccountRow]
    liabilities: list[AccountRow]
    equity: list[AccountRow]
    current_result: int  # this fiscal year's result so far (the income statement's)
    earlier_result: int  # results of earlier years not yet closed into SHU Belum Dibagi

    @property
    def total_assets(self) -> int:
        return sum(r.amount for r in self.assets)

    @property
    def total_liabilities(self) -> int:
        return sum(r.amount for r in self.liabilities)

    @property
    def total_equity(self) -> int:
        return sum(r.amount for r in self.equity) + self.current_result + self.earlier_result

    @property
    def total_liabilities_and_equity(self) -> int:
        return self.total_liabilities + self.total_equity


def balance_sheet(session: Session, as_of: date) -> BalanceSheet:
    """The neraca: savings pokok and wajib sit in equity, sukarela among the liabilities."""
    balances = balances_as_of(session, as_of)
    names = account_names(session)
    sections: dict[str, list[AccountRow]] = {
        AccountType.ASSET: [], AccountType.LIABILITY: [], AccountType.EQUITY: []
    }
    for code, (name, kind) in names.items():
        if kind in sections:
            sign = 1 if kind == AccountType.ASSET else -1
            sections[kind].append(AccountRow(code, name, sign * balances[code]))
    unclosed = -sum(
        balances[c] for c, (_, k) in names.items() if k in (AccountType.INCOME, AccountType.EXPENSE)
    )
    year_start = _fiscal_start(session, as_of)
    current = income_statement(session, year_start, as_of).result
    return BalanceSheet(
        as_of,
        sections[AccountType.ASSET],
        sections[AccountType.LIABILITY],
        sections[AccountType.EQUITY],
        current_result=current,
        earlier_result=unclosed - current,
    )


def _fiscal_start(session: Session, day: date) -> date:
    return fiscal_year(session, fiscal_year_of(session, day))[0]


# ------------------------------------------------------------------ income statement


@dataclass(frozen=True)
class IncomeStatement:
    start: date
    end: date
    income: list[AccountRow]
    expenses: list[AccountRow]

    @property
    def total_income(self) -> int:
        return sum(r.amount for r in self.income)

    @property
    def total_expenses(self) -> int:
        return sum(r.amount for r in self.expenses)

    @property
    def result(self) -> int:
        """SHU for a fiscal year: income minus expenses (negative is a loss)."""
        return self.total_income - self.total_expenses


def income_statement(session: Session, start: date, end: date) -> IncomeStatement:
    """Perhitungan hasil usaha: the period's income and expenses (closing entries left out)."""
    check_period(start, end)
    moves = movements(session, start, end)
    income, expenses = [], []
    for code, (name, kind) in account_names(session).items():
        if kind == AccountType.INCOME:
            income.append(AccountRow(code, name, -moves[code]))
        elif kind == AccountType.EXPENSE:
            expenses.append(AccountRow(code, name, moves[code]))
    return IncomeStatement(start, end, income, expenses)


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


# ------------------------------------------------------------------ NGO indicators


@dataclass(frozen=True)
class Indicators:
    start: date
    end: date
    members: int  # active members at the end of the period
    women: int
    women_heads_of_household: int
    active_borrowers: int  # members with principal outstanding at the end
    total_savings: int
    loans_disbursed_count: int
    loans_disbursed_amount: int
    repayment_due: int  # installments (principal + interest) due in the period
    repayment_paid: int  # … and what has been paid of them so far
    outstanding: int  # principal of running loans at the end
    par30_amount: int  # … of which more than 30 days late
    market_sales: int  # gross takings of sales entries in the period

    @property
    def repayment_rate(self) -> float | None:
        """Share of the installments due in the period paid so far (None: none due)."""
        return self.repayment_paid / self.repayment_due if self.repayment_due else None

    @property
    def par30(self) -> float | None:
        """PAR30 as a ratio (None: no loans outstanding)."""
        return self.par30_amount / self.outstanding if self.outstanding else None


def indicators(session: Session, start: date, end: date) -> Indicators:
    check_period(start, end)
    members, women, heads = session.execute(
        text(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN gender = 'F' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN gender = 'F' AND head_of_household THEN 1 ELSE 0 END), 0) "
            "FROM member "
            "WHERE join_date <= :e AND (exit_date IS NULL OR exit_date > :e)"
        ),
        {"e": end},
    ).one()
    balances = balances_as_of(session, end)
    borrowers = session.scalar(
        text(
            "SELECT COUNT(*) FROM (SELECT l.member_id FROM journal_line l "
            "JOIN account a ON a.id = l.account_id AND a.code = :p "
            "JOIN journal_entry e ON e.id = l.entry_id "
            "WHERE l.member_id IS NOT NULL AND e.date <= :e "
            "GROUP BY l.member_id HAVING SUM(l.amount) > 0) AS borrowers"
        ),
        {"p": acc.PIUTANG_PINJAMAN, "e": end},
    )
    count, amount = session.execute(
        text(
            "SELECT COUNT(DISTINCT e.id), COALESCE(SUM(l.amount), 0) FROM journal_entry e "
            "CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            "AND l.account_id = (SELECT id FROM account WHERE code = :p) "
            "AND e.kind = :k AND e.date BETWEEN :s AND :e "
            "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = e.id)"
        ),
        {"p": acc.PIUTANG_PINJAMAN, "k": str(EntryKind.LOAN_DISBURSEMENT), "s": start, "e": end},
    ).one()
    due, paid = session.execute(
        text(
            "SELECT COALESCE(SUM(i.principal + i.interest), 0), "
            "COALESCE(SUM(i.paid_principal + i.paid_interest), 0) FROM loan_installment i "
            "JOIN loan l ON l.id = i.loan_id AND l.status NOT IN ('applied', 'approved', "
            "'rejected') WHERE i.due_date BETWEEN :s AND :e"
        ),
        {"s": start, "e": end},
    ).one()
    sales = session.scalar(
        text(
            "SELECT COALESCE(SUM(l.amount), 0) FROM journal_entry e "
            "CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            "AND l.account_id = (SELECT id FROM account WHERE code = :kas) "
            "AND e.date BETWEEN :s AND :e AND (e.kind = :sale OR e.reverses_id IN "
            "(SELECT id FROM journal_entry WHERE kind = :sale))"
        ),
        {"kas": acc.KAS, "sale": str(EntryKind.SALE), "s": start, "e": end},
    )
    portfolio = portfolio_summary(session, end)
    return Indicators(
        start, end, members, women, heads, borrowers,
        total_savings=-sum(balances[c] for c in acc.SAVINGS_ACCOUNTS),
        loans_disbursed_count=count,
        loans_disbursed_amount=amount,
        repayment_due=due,
        repayment_paid=paid,
        outstanding=portfolio.outstanding,
        par30_amount=portfolio.par30_amount,
        market_sales=sales,
    )


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
