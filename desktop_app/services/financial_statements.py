"""The financial statements: trial balance, balance sheet (neraca) and income statement
(perhitungan hasil usaha), from the maintained account balances and month movements.

Signs: amounts are shown the way a treasurer reads them, positive on their normal side
(assets and expenses debit, liabilities, equity and income credit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.domain.accounts import AccountType
from desktop_app.domain.dates import check_period
from desktop_app.services.aggregates import (
    account_names,
    balances_as_of,
    fiscal_year,
    fiscal_year_of,
    movements,
)


@dataclass(frozen=True)
class AccountRow:
    code: str
    name: str
    amount: int


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
