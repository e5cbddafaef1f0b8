"""Loans at scale: the loans page's first page, the overdue list, the portfolio summary,
one loan's detail, and the demo's loan part, on a 10,000-member demo book.

Usage: python benchmarks/bench_loans.py [BOOK] [--members N]
Builds the demo book at BOOK (default /tmp/koperasi-bench-loans.sqlite3) unless it
already exists, then prints timings in milliseconds (median of several runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from desktop_app.db.book import open_book  # noqa: E402
from desktop_app.services import demo  # noqa: E402
from desktop_app.services.books import open_or_create  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402
from desktop_app.services.demo import loans as demo_loans  # noqa: E402
from desktop_app.services.loan_lists import DueListSource, LoanListSource  # noqa: E402
from desktop_app.services.loan_portfolio import loan_detail, portfolio_summary  # noqa: E402
from desktop_app.ui.models.paged import PAGE_SIZE  # noqa: E402


def timed(action, runs: int = 20) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def build(path: Path, count: int) -> None:
    """Build the demo book, timing the loans part on its own."""
    spent = {}
    original = demo_loans.generate

    def timed_part(ctx):
        start = time.perf_counter()
        result = original(ctx)
        spent["loans"] = time.perf_counter() - start
        return result

    demo.PARTS[demo.PARTS.index(original)] = timed_part
    started = time.perf_counter()
    book = open_or_create(path)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        summary = demo.generate(session, members=count, years=3)
    book.close()
    print(f"built {path} in {time.perf_counter() - started:.1f} s "
          f"(loans part {spent['loans']:.1f} s): {summary}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", default="/tmp/koperasi-bench-loans.sqlite3")
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    path = Path(args.book)
    if not path.exists():
        build(path, args.members)
    book = open_book(path)
    today = date.today()

    def session():
        s = book.session()
        set_actor(s, SYSTEM_ACTOR)
        return s

    with session() as s:
        loans, installments, repayments = s.execute(text(
            "SELECT (SELECT COUNT(*) FROM loan), (SELECT COUNT(*) FROM loan_installment), "
            "(SELECT COUNT(*) FROM loan_repayment)")).one()
        some_loan = s.scalar(text("SELECT id FROM loan WHERE status = 'active' LIMIT 1"))
    print(f"{loans} loans, {installments} installments, {repayments} repayments")

    def first_page(**filters):
        def run():
            source = LoanListSource(session, today)
            for key, value in filters.items():
                setattr(source, key, value)
            source.count()
            source.fetch(0, PAGE_SIZE)
        return run

    def overdue_list():
        source = DueListSource(session, today)
        source.count()
        source.fetch(0, PAGE_SIZE)

    def summary():
        with session() as s:
            portfolio_summary(s, today)

    def detail():
        with session() as s:
            loan_detail(s, some_loan, today)

    figures = {
        "loans page, first page (all statuses)": first_page(),
        "loans page, first page (active)": first_page(status="active"),
        "loans page, bucket 91-180": first_page(bucket="91-180"),
        "loans page, search 'siti'": first_page(search="siti"),
        "loans page, sorted by days late": first_page(order="days DESC"),
        "overdue / due this week list, first page": overdue_list,
        "portfolio_summary": summary,
        "one loan's detail": detail,
    }
    for label, action in figures.items():
        print(f"{label:45s} {timed(action):8.1f} ms")
    book.close()


if __name__ == "__main__":
    main()
