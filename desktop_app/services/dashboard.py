"""The figures of the start page, cheap to compute on a large book.

Current balances come from the maintained `account_balance` summary; the 12-month
history comes from the per-month account totals (`month_totals`), walked backwards from
today's balances.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import Loan
from desktop_app.domain import accounts as acc
from desktop_app.domain.dates import add_months
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.services import ledger, month_totals
from desktop_app.services.aggregates import month_end
from desktop_app.services.inventory_lists import low_stock_products
from desktop_app.services.loan_portfolio import portfolio_summary

HISTORY_CODES = (acc.SIMPANAN_POKOK, acc.SIMPANAN_WAJIB, acc.SIMPANAN_SUKARELA,
                 acc.PIUTANG_PINJAMAN)


@dataclass(frozen=True)
class MonthPoint:
    month_end: date
    savings: int
    loans: int


@dataclass(frozen=True)
class LowStock:
    code: str
    name: str
    stock: int
    min_stock: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    cash: int
    pokok: int
    wajib: int
    sukarela: int
    loans_outstanding: int
    active_loans: int
    par30: float | None
    overdue_this_week: int  # installments due Monday..today still unpaid
    overdue_this_week_amount: int
    waiting_approval: int  # applications the chair has not decided yet
    low_stock: list[LowStock]
    history: list[MonthPoint]  # the last 12 month ends, oldest first

    @property
    def savings(self) -> int:
        return self.pokok + self.wajib + self.sukarela


def dashboard(session: Session, today: date) -> Dashboard:
    balances = ledger.account_balances(session)
    portfolio = portfolio_summary(session, today)
    week_start = today - timedelta(days=today.weekday())
    count, amount = session.execute(
        text(
            "SELECT COUNT(*), COALESCE(SUM(i.principal + i.interest - i.paid_principal "
            "- i.paid_interest), 0) FROM loan_installment i JOIN loan l ON l.id = i.loan_id "
            f"WHERE i.due_date BETWEEN :s AND :e AND l.status = '{LoanStatus.ACTIVE}' "
            "AND i.paid_principal + i.paid_interest < i.principal + i.interest"
        ),
        {"s": week_start, "e": today},
    ).one()
    return Dashboard(
        today=today,
        cash=balances.get(acc.KAS, 0),
        pokok=-balances.get(acc.SIMPANAN_POKOK, 0),
        wajib=-balances.get(acc.SIMPANAN_WAJIB, 0),
        sukarela=-balances.get(acc.SIMPANAN_SUKARELA, 0),
        loans_outstanding=balances.get(acc.PIUTANG_PINJAMAN, 0),
        active_loans=portfolio.active_count,
        par30=float(portfolio.par30_ratio) if portfolio.outstanding else None,
        overdue_this_week=count,
        overdue_this_week_amount=amount,
        waiting_approval=session.scalar(
            select(func.count(Loan.id)).where(Loan.status == LoanStatus.APPLIED)),
        low_stock=[LowStock(p.code, p.name, p.stock, p.min_stock)
                   for p in low_stock_products(session)],
        history=history(session, today, balances),
    )


def history(session: Session, today: date, balances: dict[str, int]) -> list[MonthPoint]:
    """Savings and loans outstanding at the end of each of the last 12 months."""
    ends = [month_end(add_months(today.replace(day=1), -k)) for k in range(11, -1, -1)]
    codes = dict(session.execute(text("SELECT id, code FROM account")).all())
    rows = [
        (month, codes[account_id], amount)
        for month, account_id, amount in month_totals.by_month(
            session, month_totals.month_key(ends[1]),
            [i for i, code in codes.items() if code in HISTORY_CODES],
        )
    ]
    savings_now = -sum(balances.get(c, 0) for c in acc.SAVINGS_ACCOUNTS)
    loans_now = balances.get(acc.PIUTANG_PINJAMAN, 0)
    points = []
    for end in ends:
        later = [(code, amount) for ym, code, amount in rows if ym > end.strftime("%Y-%m")]
        savings_later = -sum(a for c, a in later if c != acc.PIUTANG_PINJAMAN)
        loans_later = sum(a for c, a in later if c == acc.PIUTANG_PINJAMAN)
        points.append(MonthPoint(end, savings_now - savings_later, loans_now - loans_later))
    return points
