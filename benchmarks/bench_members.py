"""Members at scale: list page, search and one member's balances on a 10,000-member book.

Usage: python benchmarks/bench_members.py [BOOK] [--members N]
Builds the demo book at BOOK (default /tmp/koperasi-bench-members.sqlite3) unless it
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
from desktop_app.services import demo, members, savings  # noqa: E402
from desktop_app.services.books import open_or_create  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402
from desktop_app.services.member_list import MemberListSource  # noqa: E402


def timed(action, runs: int = 20) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def build(path: Path, count: int) -> None:
    started = time.perf_counter()
    book = open_or_create(path)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        summary = demo.generate(session, members=count, years=3)
    book.close()
    print(f"built {path} in {time.perf_counter() - started:.1f} s: {summary}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", default="/tmp/koperasi-bench-members.sqlite3")
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    path = Path(args.book)
    if not path.exists():
        build(path, args.members)
    book = open_book(path)

    def session():
        s = book.session()
        set_actor(s, SYSTEM_ACTOR)
        return s

    source = MemberListSource(session, date.today())
    with session() as s:
        member_id = members.find_by_number(s, f"{args.members // 2:05d}").id
        lines = s.scalar(text("SELECT COUNT(*) FROM journal_line"))
    print(f"book: {source.count():,} members, {lines:,} journal lines")
    first_page = timed(lambda: (source.count(), source.fetch(0, 200)))
    print(f"members list, count + first page:     {first_page:7.2f} ms")
    source.search = "siti"
    print(f"search 'siti' ({source.count():,} hits), count + page: "
          f"{timed(lambda: (source.count(), source.fetch(0, 200))):7.2f} ms")
    source.search, source.in_arrears = "", True
    print(f"in-arrears filter ({source.count():,}), count + page: "
          f"{timed(lambda: (source.count(), source.fetch(0, 200))):7.2f} ms")
    source.in_arrears = False
    source.sort(5, descending=True)
    print(f"sorted by total savings, first page:  {timed(lambda: source.fetch(0, 200)):7.2f} ms")
    with session() as s:
        print(f"picker search 'nur' (20 matches):     "
              f"{timed(lambda: members.search_members(s, 'nur')):7.2f} ms")
        print(f"one member's balances:                "
              f"{timed(lambda: savings.savings_balances(s, member_id), 200):7.3f} ms")
        print(f"one member's wajib arrears:           "
              f"{timed(lambda: savings.wajib_arrears(s, member_id, date.today()), 200):7.3f} ms")
    book.close()


if __name__ == "__main__":
    main()
