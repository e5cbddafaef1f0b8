"""The same demo book on SQLite and on PostgreSQL: timings and PostgreSQL/SQLite ratios.

Usage: python benchmarks/bench_engines.py --server postgresql://postgres@127.0.0.1:5432/postgres
       [--members N] [--years Y]
`--server` names a role that may create databases; the benchmark creates (and drops
again) one database there, and one book file in a temporary folder. Both books get the
same demo (same seed), then: check, export, one member's balances, the members page's
count + first page, and the dashboard. Target: PostgreSQL within 2x of SQLite on each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from desktop_app.db.book import Book  # noqa: E402
from desktop_app.services import demo, members, savings  # noqa: E402
from desktop_app.services.books import open_or_create  # noqa: E402
from desktop_app.services.check import check_book  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402
from desktop_app.services.dashboard import dashboard  # noqa: E402
from desktop_app.services.member_list import MemberListSource  # noqa: E402
from desktop_app.spreadsheet.exporter import export_book  # noqa: E402


def timed(action, runs: int) -> float:
    """Median wall time of `runs` calls, in milliseconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(location: str, members_count: int, years: int, folder: Path) -> dict[str, float]:
    book: Book = open_or_create(location)

    def session():
        s = book.session()
        set_actor(s, SYSTEM_ACTOR)
        return s

    try:
        figures = {}
        with session() as s:
            start = time.perf_counter()
            demo.generate(s, members=members_count, years=years, seed=1, today=date(2026, 11, 30))
            figures["demo"] = (time.perf_counter() - start) * 1000
        with session() as s:
            figures["check"] = timed(lambda: check_book(s), 3)
            export = folder / f"{book.engine.dialect.name}.xlsx"
            figures["export"] = timed(lambda: export_book(s, export), 1)
            width = max(4, len(str(members_count)))
            member_id = members.find_by_number(s, f"{members_count // 2:0{width}d}").id
            figures["one member's balances"] = timed(
                lambda: savings.savings_balances(s, member_id), 200)
            figures["dashboard"] = timed(lambda: dashboard(s, date(2026, 11, 30)), 10)
        source = MemberListSource(session, date(2026, 11, 30))
        figures["members page 1"] = timed(lambda: (source.count(), source.fetch(0, 200)), 20)
        return figures
    finally:
        book.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    server = make_url(args.server)
    name = "koperasi_bench_engines"
    admin_dsn = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as folder:
            lite = measure(str(Path(folder) / "bench.sqlite3"), args.members, args.years,
                           Path(folder))
            pg = measure(server.set(database=name).render_as_string(hide_password=False),
                         args.members, args.years, Path(folder))
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"{args.members} members, {args.years} years")
    print(f"{'':24}{'SQLite ms':>12}{'PostgreSQL ms':>15}{'ratio':>8}")
    for key in lite:
        ratio = pg[key] / lite[key] if lite[key] else float("nan")
        flag = "" if ratio <= 2 else "  > 2x"
        print(f"{key:24}{lite[key]:12.2f}{pg[key]:15.2f}{ratio:8.2f}{flag}")


if __name__ == "__main__":
    main()
