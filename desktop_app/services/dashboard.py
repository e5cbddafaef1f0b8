"""The figures of the start page, cheap to compute on a large book.

Current balances come from the maintained `account_balance` summary; the 12-month
history is one grouped query over the journal lines of the last 12 months (through the
entry-date index), walked backwards from today's balances.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain import accounts as acc
from desktop_app.domain.dates import add_months
from desktop_app.services import ledger
from desktop_app.services.inventory import low_stock_products
from desktop_app.services.loan_portfolio import portfolio_summary
from desktop_app.services.periods import month_end

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
            "WHERE i.due_date BETWEEN :s AND :e AND l.status = 'active' "
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
        low_stock=[LowStock(p.code, p.name, p.stock, p.min_stock)
                   for p in low_stock_products(session)],
        history=history(session, today, balances),
    )


def history(session: Session, today: date, balances: dict[str, int]) -> list[MonthPoint]:
    """Savings and loans outstanding at the end of each of the last 12 months."""
    ends = [month_end(add_months(today.replace(day=1), -k)) for k in range(11, -1, -1)]
    rows = session.execute(
        text(
            "SELECT strftime('%Y-%m', e.date) AS ym, a.code, SUM(l.amount) "
            "FROM journal_entry e CROSS JOIN journal_line l ON l.entry_id = e.id "
            "JOIN account a ON a.id = l.account_id WHERE e.date > :since AND l.account_id IN "
            f"(SELECT id FROM account WHERE code IN ({', '.join(repr(c) for c in HISTORY_CODES)})) "
            "GROUP BY ym, a.code"
        ),
        {"since": ends[0]},
    ).all()
    savings_now = -sum(balances.get(c, 0) for c in acc.SAVINGS_ACCOUNTS)
    loans_now = balances.get(acc.PIUTANG_PINJAMAN, 0)
    points = []
    for end in ends:
        later = [(code, amount) for ym, code, amount in rows if ym > end.strftime("%Y-%m")]
        savings_later = -sum(a for c, a in later if c != acc.PIUTANG_PINJAMAN)
        loans_later = sum(a for c, a in later if c == acc.PIUTANG_PINJAMAN)
        points.append(MonthPoint(end, savings_now - savings_later, loans_now - loans_later))
    return points
