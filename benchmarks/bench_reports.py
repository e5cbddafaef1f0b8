"""Reports, dashboard and SHU on a large book (10,000 members, ~1,000,000 lines).

Usage: python benchmarks/bench_reports.py BOOK
BOOK is a demo book (`python -m desktop_app --db BOOK demo --members 10000`). Prints
milliseconds per call (best of a few runs).
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from desktop_app.db.book import open_book  # noqa: E402
from desktop_app.services import reports  # noqa: E402
from desktop_app.services.aggregates import fiscal_year  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402
from desktop_app.services.dashboard import dashboard  # noqa: E402
from desktop_app.services.report_documents import rat_package  # noqa: E402
from desktop_app.services.shu import compute_shu  # noqa: E402


def best(action, runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples)


def main(path: str) -> None:
    book = open_book(path)
    with book.session() as s:
        set_actor(s, SYSTEM_ACTOR)
        lines = s.scalar(text("SELECT COUNT(*) FROM journal_line"))
        members = s.scalar(text("SELECT COUNT(*) FROM member"))
        today = s.scalar(text("SELECT MAX(date) FROM journal_entry"))
        today = date.fromisoformat(today) if isinstance(today, str) else today
        year = today.year - 1
        start, end = fiscal_year(s, year)
        month = (today.replace(day=1), today)
        print(f"book: {members} members, {lines} journal lines; last entry {today}")
        cases = {
            "dashboard (today)": lambda: dashboard(s, today),
            "trial balance, today": lambda: reports.trial_balance(s, today),
            "trial balance, end of last year": lambda: reports.trial_balance(s, end),
            "balance sheet, end of last year": lambda: reports.balance_sheet(s, end),
            "income statement, last year": lambda: reports.income_statement(s, start, end),
            "cash book, this month": lambda: reports.cash_book(s, *month),
            "cash book, last year": lambda: reports.cash_book(s, start, end),
            "member savings, end of last year": lambda: reports.member_savings(s, end),
            "NGO indicators, last year": lambda: reports.indicators(s, start, end),
            "loan portfolio, today": lambda: reports.loan_portfolio(s, today),
            "SHU of last year": lambda: compute_shu(s, year),
            "RAT package documents": lambda: rat_package(s, year),
            "balance sheet, 1 year ago": lambda: reports.balance_sheet(
                s, today - timedelta(days=365)),
        }
        for name, action in cases.items():
            print(f"{name:40s} {best(action):9.1f} ms")
    book.close()


if __name__ == "__main__":
    main(sys.argv[1])
