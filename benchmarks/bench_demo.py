"""The demo generator at scale: wall time per part, peak memory, journal lines, and the
lowest cash on hand on any day (must never be below zero).

Usage: python benchmarks/bench_demo.py [BOOK] [--members N] [--years Y]
Builds a new demo book at BOOK (default /tmp/koperasi-bench-demo.sqlite3, replaced).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from desktop_app.services import check, demo  # noqa: E402
from desktop_app.services.books import open_or_create  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402

LOWEST_CASH = (
    "SELECT MIN(running) FROM (SELECT SUM(total) OVER (ORDER BY day) AS running FROM ("
    "SELECT e.date AS day, SUM(l.amount) AS total FROM journal_line l "
    "JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
    "WHERE a.code = '1101' GROUP BY e.date))"
)


def timed_parts() -> dict[str, float]:
    """Wrap every demo part so its wall time is recorded under its module name."""
    seconds: dict[str, float] = {}

    def wrap(part):
        def timed(ctx):
            started = time.perf_counter()
            counts = part(ctx)
            seconds[part.__module__.rsplit(".", 1)[-1]] = time.perf_counter() - started
            return counts
        return timed

    demo.PARTS[:] = [wrap(part) for part in demo.PARTS]
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", default="/tmp/koperasi-bench-demo.sqlite3")
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.book)
    path.unlink(missing_ok=True)
    seconds = timed_parts()
    book = open_or_create(path)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        started = time.perf_counter()
        summary = demo.generate(session, members=args.members, years=args.years)
        total = time.perf_counter() - started
        lines = session.execute(text("SELECT COUNT(*) FROM journal_line")).scalar()
        lowest = session.execute(text(LOWEST_CASH)).scalar()
        started = time.perf_counter()
        problems = check.check_book(session)
        checked = time.perf_counter() - started
    book.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(summary)
    print(f"demo {total:.1f} s (" + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items()) + ")")
    print(f"journal lines {lines:,}; lowest cash on any day {lowest:,}")
    print(f"check {checked:.1f} s, problems {len(problems)}; peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
