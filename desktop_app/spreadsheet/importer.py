"""Importing a workbook: read everything, validate everything, then post in one go.

1. Every sheet is read into typed records; unreadable cells become Problems.
2. The whole workbook is validated in memory against the book: unknown members and
   loans, duplicate numbers, closed dates, rows that fit no rule, and history simulated
   in date order (no withdrawal beyond the balance, no repayment beyond what is owed,
   no stock below zero).
3. Only if no problem remains (and this is not a dry run) is everything written in ONE
   transaction, as one import batch: members, savings, loans, repayments, products,
   sales, cash. Any failure rolls the whole import back.

Imported rows are history: amounts are kept as in the file even where today's settings
differ (a notice says so), and imported loans carry no penalty.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import import_presets, imports, settings
from desktop_app.services.context import require, transaction
from desktop_app.services.import_presets import Mapping
from desktop_app.spreadsheet import grids
from desktop_app.spreadsheet.columns import IMPORT_SHEETS
from desktop_app.spreadsheet.grids import GridOptions, grid_options
from desktop_app.spreadsheet.plan import Plan
from desktop_app.spreadsheet.reader import Problem, Workbook
from desktop_app.spreadsheet.records import read_records

Progress = Callable[[int, int], None]
MAX_LISTED = 200  # problems listed; the rest are counted ("and N more")


@dataclass
class ImportResult:
    file_name: str
    dry_run: bool = False
    details: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # what was (or would be) created
    rows: dict[str, int] = field(default_factory=dict)  # data rows recognised per sheet
    batch_id: int | None = None
    more: int = 0  # problems found beyond the MAX_LISTED in `details`
    signature: str = ""  # the workbook's header layout (see records.WorkbookRecords)
    presets: list[str] = field(default_factory=list)  # saved presets for that layout

    @property
    def problems(self) -> list[str]:
        """Each problem as `Sheet, row N, column X: message`, in the UI language."""
        listed = [str(p) for p in self.details]
        if self.more:
            listed.append(tr("… and {n} more problem(s)", n=self.more))
        return listed

    @property
    def ok(self) -> bool:
        return not self.details

    def summary(self) -> str:
        if self.details:
            return tr("{n} problem(s) found; nothing was imported. Correct the file and try "
                      "again.", n=len(self.details) + self.more)
        made = describe_counts(self.counts) or tr("nothing")
        if self.dry_run:
            return tr("Dry run: the import would create {what}.", what=made)
        return tr("Imported {what} (batch {batch}).", what=made, batch=self.batch_id)


def describe_counts(counts: dict[str, int]) -> str:
    """`anggota 3, pinjaman 2`: what an import created, in the UI language."""
    return ", ".join(f"{_count_label(k)} {v}" for k, v in counts.items() if v)


def _count_label(key: str) -> str:
    return {
        "members": tr("members"), "savings": tr("savings rows"), "loans": tr("loans"),
        "repayments": tr("repayments"), "products": tr("products"), "sales": tr("sales"),
        "cash": tr("cash rows"), "programmes": tr("programmes"), "trainings": tr("trainings"),
        "participants": tr("training participants"),
    }.get(key, key)


def import_workbook(
    session, path: Path | str, *, dry_run: bool = False, force: bool = False,
    progress: Progress = lambda done, total: None, options: GridOptions | None = None,
    mapping: Mapping | None = None, preset: str | None = None,
) -> ImportResult:
    """Validate the workbook at `path` as a whole and, unless `dry_run`, import it.

    `mapping` (or the saved `preset` of that name) maps sheets and headers the format does
    not know and holds the grid choices; `options` override those choices (what a grid
    does not say: its kind, year, and the day its movements take)."""
    with collector_paused():
        return _import(session, Path(path), dry_run, force, progress, options, mapping, preset)


@contextmanager
def collector_paused():
    """Python's cycle collector paused while a workbook is imported: it would walk the
    records and rows held for the whole import again and again (a seventh of a
    100,000-row import), while the import makes next to no cyclic garbage."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _import(session, path: Path, dry_run: bool, force: bool, progress: Progress,
            options: GridOptions | None, mapping: Mapping | None, preset: str | None,
            ) -> ImportResult:
    if preset is not None:
        mapping = import_presets.get_preset(session, preset).mapping
    if options is None and mapping is not None:
        options = grid_options(mapping.grid_kind, mapping.grid_year, str(mapping.grid_date))
    if not dry_run:
        require(session, Permission.IMPORT)
    result = ImportResult(path.name, dry_run)
    profile = settings.get_profile(session)
    with Workbook(path) as workbook:
        order = {title: index for index, title in enumerate(workbook.sheet_titles)}
        estimate = max(1, sum(workbook.row_count(t) for t in workbook.sheet_titles))
        done = 0

        def rows_read(n: int) -> None:
            nonlocal done
            done += n
            progress(min(done, estimate), 2 * estimate)

        try:
            records = read_records(workbook, profile.minor_digits, rows_read, options, mapping)
        except ValidationError:
            raise  # already says what is wrong with the file
        except Exception as exc:  # noqa: BLE001 - a broken or hostile part of the file
            raise ValidationError(tr("The file {name} could not be read as a workbook: {detail}",
                                     name=path.name, detail=str(exc) or type(exc).__name__)
                                  ) from None
    grids.resolve(session, records)
    result.signature = records.signature
    if mapping is None:
        result.presets = [p.name for p in import_presets.presets_for(session, result.signature)]
        result.notices.extend(tr(
            "The saved preset '{name}' was made for a workbook with these headers; choose it "
            "(--preset on the command line) to read the file the same way.", name=name)
            for name in result.presets)
    result.details.extend(records.problems)
    result.notices.extend(records.notices)
    result.rows = records.rows
    checksum = imports.file_checksum(path)
    previous = imports.previous_import(session, checksum)
    if previous is not None:
        message = tr("This file was already imported on {date} by {user} (batch {batch}).",
                     date=previous.imported_at.strftime("%d/%m/%Y %H:%M"),
                     user=previous.imported_by, batch=previous.id)
        if force:
            result.notices.append(message + " " + tr("Imported again because it was forced."))
        else:
            result.details.insert(0, Problem(path.name, None, None, message + " " + tr(
                "Undo that batch first, or force the import to bring it in again.")))
    plan = Plan(session, profile, records)
    plan.validate()
    result.details.extend(plan.problems)
    result.notices.extend(plan.notices)
    result.counts = plan.counts()
    if not result.counts and not result.details:
        result.details.append(Problem(path.name, None, None, tr(
            "there is nothing to import: no data row on any sheet of the format ({sheets})",
            sheets=", ".join(spec.name for spec in IMPORT_SHEETS))))
    result.details.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    found = len(result.details) + records.problems.dropped + plan.problems.dropped
    del result.details[MAX_LISTED:]
    result.more = found - len(result.details)
    if result.details or dry_run:
        progress(1, 1)
        return result
    total = max(1, plan.entry_count())

    def posted(n: int) -> None:
        progress(estimate + estimate * n // total, 2 * estimate)

    with transaction(session):
        result.batch_id = imports.start_batch(session, path.name, checksum)
        plan.post(result.batch_id, posted)
        imports.finish_batch(session, result.batch_id, result.counts)
    progress(1, 1)
    return result
