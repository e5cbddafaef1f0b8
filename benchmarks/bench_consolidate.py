"""An NGO's consolidation at scale: N cooperatives' exported workbooks read and summed.

Makes N demo books of the demo's default size (150 members, 3 years) with different
seeds, exports each to a workbook (once; kept in the folder for later runs), then times
`consolidate` over the folder and prints the wall time, the time per workbook, and the
peak memory of the consolidation (ru_maxrss of this process, measured after the workbooks
exist, and the largest of the reader processes; the target is under 60 s for 50
workbooks with memory flat).

Usage: python benchmarks/bench_consolidate.py [FOLDER] [--books N] [--members M]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services import demo  # noqa: E402
from desktop_app.services.books import open_or_create  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402
from desktop_app.spreadsheet.consolidation import consolidate, readers_for  # noqa: E402
from desktop_app.spreadsheet.exporter import export_book  # noqa: E402


def make_workbooks(folder: Path, books: int, members: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for seed in range(1, books + 1):
        target = folder / f"koperasi-{seed:02d}.xlsx"
        if not target.exists():
            source = folder / f"koperasi-{seed:02d}.sqlite3"
            source.unlink(missing_ok=True)
            book = open_or_create(source)
            with book.session() as session:
                set_actor(session, SYSTEM_ACTOR)
                demo.generate(session, members=members, years=3, seed=seed)
                export_book(session, target)
            book.close()
            for leftover in folder.glob(f"koperasi-{seed:02d}.sqlite3*"):
                leftover.unlink()
        made.append(target)
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="/tmp/koperasi-bench-consolidate")
    parser.add_argument("--books", type=int, default=50)
    parser.add_argument("--members", type=int, default=150)
    args = parser.parse_args()
    started = time.perf_counter()
    workbooks = make_workbooks(Path(args.folder), args.books, args.members)
    print(f"workbooks ready: {len(workbooks)} in {time.perf_counter() - started:.1f} s")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    result = consolidate([args.folder], date.today(), quarters=4)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reader_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"consolidated {len(result.included)}/{len(result.sources)} workbooks in "
          f"{seconds:.1f} s ({seconds / max(1, len(result.sources)):.2f} s each) by "
          f"{readers_for(len(result.sources))} reader(s); peak memory {peak:.0f} MB here "
          f"(was {before:.0f} MB before reading), {reader_peak:.0f} MB in a reader")
    latest = result.latest()
    if latest is not None:
        print(f"total members {latest.members}, savings {latest.savings_total}, "
              f"loans outstanding {latest.loans_outstanding}")


if __name__ == "__main__":
    main()
