"""Many cooperatives side by side: the NGO officer's consolidation.

Each source is read without being changed, one at a time per reader (so memory stays
flat): an exported workbook is imported into a temporary in-memory book, so the
importer's validation applies; a book file is read from a snapshot copy; a server book is
read in place (only SELECTs). A source that does not pass is listed with its problems and
left out of the totals, never silently.

Many sources are read by one process per core (`spawn`ed, so no Qt state or open
connection is inherited): reading a workbook is CPU work, and fifty demo workbooks took
over a minute on one core of a two-core machine. Results come back in source order.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from defusedxml import ElementTree

from desktop_app.db.book import Book, open_book, open_server_book
from desktop_app.db.book_files import backup_file
from desktop_app.db.engine import is_server_url
from desktop_app.errors import KoperasiError
from desktop_app.i18n import language, set_language, tr
from desktop_app.services import attention, coop_figures, settings
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.coop_figures import ClosedYear, CoopFigures
from desktop_app.spreadsheet.importer import import_workbook

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
BOOK_SUFFIXES = (".sqlite3", ".db", ".koperasi")

Progress = Callable[[int, int, str], None]  # done, total, the source being read
PARALLEL_FROM = 4  # fewer sources are read in this process (starting readers costs ~1 s)
MAX_READERS = 4  # each holds one source's temporary book (~130 MB for a demo workbook)


@dataclass
class SourceResult:
    """One cooperative as read from one source."""

    source: str
    name: str
    problems: list[str] = field(default_factory=list)
    quarters: list[CoopFigures] = field(default_factory=list)
    closed_year: ClosedYear | None = None
    flags: list[str] = field(default_factory=list)
    exported_on: date | None = None

    @property
    def included(self) -> bool:
        return not self.problems


@dataclass
class Consolidation:
    as_of: date
    periods: list[tuple[date, date]]
    sources: list[SourceResult]

    @property
    def included(self) -> list[SourceResult]:
        return [s for s in self.sources if s.included]

    def totals(self) -> list[CoopFigures]:
        """Per quarter, the sum over the cooperatives that passed."""
        included = self.included
        if not included:
            return []
        return [coop_figures.add([s.quarters[i] for s in included])
                for i in range(len(self.periods))]

    def latest(self) -> CoopFigures | None:
        totals = self.totals()
        return totals[-1] if totals else None


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Folders become the workbooks and book files in them (sorted); URLs stay as given."""
    out: list[str] = []
    for source in sources:
        path = Path(source)
        if not is_server_url(source) and path.is_dir():
            out += sorted(
                str(p) for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in WORKBOOK_SUFFIXES + BOOK_SUFFIXES
                and not p.name.startswith(("~$", "."))
            )
        else:
            out.append(source)
    return out


def consolidate(
    sources: Iterable[str], as_of: date, quarters: int = 4,
    progress: Progress = lambda done, total, source: None,
    cancelled: Callable[[], bool] = lambda: False, readers: int | None = None,
) -> Consolidation:
    """Read every source and compute its figures for the last `quarters` quarters
    (`readers`: processes reading at once; by default one per core for many sources)."""
    periods = coop_figures.quarters(as_of, quarters)
    names = expand_sources(sources)
    readers = readers_for(len(names)) if readers is None else readers
    results = []
    with _reading(names, as_of, periods, readers) as read:
        for index, source in enumerate(names):
            if cancelled():
                break
            progress(index, len(names), source)
            results.append(read(index))
    progress(len(names), len(names), "")
    return Consolidation(as_of, periods, results)


def readers_for(sources: int) -> int:
    """How many processes read `sources` sources: one per core, a few at most."""
    if sources < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_READERS, sources))


@contextmanager
def _reading(names: list[str], as_of: date, periods: list[tuple[date, date]],
             readers: int) -> Iterator[Callable[[int], SourceResult]]:
    """`read(i)` gives the result of source i, read here or by a pool of processes that
    works ahead; leaving the block drops the work not yet started (a Cancel)."""
    if readers <= 1:
        yield lambda index: read_source(names[index], as_of, periods)
        return
    pool = ProcessPoolExecutor(readers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=set_language, initargs=(language(),))
    try:
        futures = [pool.submit(read_source, name, as_of, periods) for name in names]
        yield lambda index: futures[index].result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def read_source(source: str, as_of: date, periods: list[tuple[date, date]]) -> SourceResult:
    """One source's figures and flags, or its problems."""
    result = SourceResult(source, source if is_server_url(source) else Path(source).stem)
    try:
        with _opened(source, result) as book, book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            if result.problems:
                return result
            if result.exported_on is None:  # a book: it knows its own name
                result.name = settings.get_profile(session).name
            result.quarters = [coop_figures.figures(session, s, e) for s, e in periods]
            result.closed_year = coop_figures.last_closed_year(session)
            result.flags = attention.flags(session, as_of, exported_on=result.exported_on)
    except KoperasiError as exc:
        result.problems.append(exc.message)
    except OSError as exc:
        result.problems.append(tr("The file {name} cannot be read: {detail}",
                                  name=source, detail=exc.strerror or str(exc)))
    return result


@contextmanager
def _opened(source: str, result: SourceResult) -> Iterator[Book]:
    """The source as an open book that may be changed freely (a copy, or in memory)."""
    if is_server_url(source):  # read in place: figures and flags only SELECT
        book = open_server_book(source)
        try:
            yield book
        finally:
            book.close()
        return
    path = Path(source)
    if not path.exists():
        raise KoperasiError(tr("There is no file {name}.", name=source))
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        book = create_book(None, DEFAULT_PROFILE)
        try:
            with book.session() as session:
                set_actor(session, SYSTEM_ACTOR)
                imported = import_workbook(session, path)
            result.problems += imported.problems
            properties = _core_properties(path)
            result.name = properties.get("title") or result.name
            result.exported_on = _exported_on(path, properties.get("created", ""))
            yield book
        finally:
            book.close()
        return
    with tempfile.TemporaryDirectory(prefix="koperasi-consolidate-") as folder:
        copy = backup_file(path, Path(folder) / "book.sqlite3")
        book = open_book(copy)
        try:
            yield book
        finally:
            book.close()


def _core_properties(path: Path) -> dict[str, str]:
    """dc/dcterms fields of an xlsx's docProps/core.xml (title, created …), if any."""
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, zipfile.BadZipFile, OSError, ElementTree.ParseError):
        return {}
    return {child.tag.rsplit("}", 1)[-1]: (child.text or "").strip() for child in root}


def _exported_on(path: Path, created: str) -> date:
    """When the workbook was written: its own creation stamp, else the file's time."""
    try:
        return datetime.fromisoformat(created.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromtimestamp(path.stat().st_mtime)
