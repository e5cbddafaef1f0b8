"""A report of a large book to PDF, as the Reports page and `koperasi report --pdf` make it.

Usage: python benchmarks/bench_report_pdf.py BOOK [REPORT ...]
BOOK is a copy of a big demo book (opening it migrates it). REPORT keys default to
member_savings (one row per member) and the RAT package. Prints seconds to build the
documents and to paint the PDF, and the page count. Nothing is asserted.

Measured on the 10,000-member demo (2 cores, load ~10): member savings built in ~4 s;
painted in ~8 s (173 pages) against ~129 s through one QTextDocument before.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.db.book import open_book  # noqa: E402
from desktop_app.services import settings  # noqa: E402
from desktop_app.services.aggregates import fiscal_year_of  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, set_actor  # noqa: E402
from desktop_app.services.report_documents import build_report, rat_package  # noqa: E402
from desktop_app.ui.offscreen import gui_application  # noqa: E402
from desktop_app.ui.report_pdf import write_reports_pdf  # noqa: E402


def documents(session, key: str):
    today = date.today()
    if key == "rat":
        return rat_package(session, fiscal_year_of(session, today) - 1)
    return [build_report(session, key, today.replace(month=1, day=1), today)]


def main(book_path: str, keys: list[str]) -> None:
    book = open_book(Path(book_path))
    out = Path(tempfile.mkdtemp())
    with gui_application():
        for key in keys:
            pages: list[int] = []
            start = time.perf_counter()
            with book.session() as session:
                set_actor(session, SYSTEM_ACTOR)
                docs = documents(session, key)
                profile = settings.get_profile(session)
            built = time.perf_counter()
            write_reports_pdf(out / f"{key}.pdf", docs, profile.name, profile.minor_digits,
                              lambda _done, total, seen=pages: seen.append(total))
            painted = time.perf_counter()
            print(f"{key}: built {built - start:.1f} s, painted {painted - built:.1f} s, "
                  f"{pages[-1]} pages")
    book.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or ["member_savings", "rat"])
