"""Export any table as shown on screen (its columns, its filtered rows) to a workbook,
and the import problem list as a workbook the treasurer can fix her file from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop_app.i18n import tr
from desktop_app.spreadsheet.columns import find_sheet
from desktop_app.spreadsheet.reader import HEADER_SEARCH_ROWS, UNSET, Problem, find_layout
from desktop_app.spreadsheet.reader import Workbook as SourceWorkbook
from desktop_app.spreadsheet.writer import (
    AMOUNT_FORMAT,
    OutColumn,
    SheetWriter,
    discarded_on_failure,
)

MAX_TITLE = 31  # Excel's limit on sheet names


def export_table(
    path: Path | str, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
    number_formats: Sequence[str | None] | None = None, widths: Sequence[int] | None = None,
) -> int:
    """Write one sheet: `headers`, then `rows` as given (numbers stay numbers, whole
    numbers get `#,##0` unless `number_formats` says otherwise); return the row count."""
    formats = list(number_formats or [AMOUNT_FORMAT] * len(headers))
    columns = [OutColumn(h, (widths[i] if widths else max(12, min(40, len(h) + 4))), formats[i])
               for i, h in enumerate(headers)]
    with discarded_on_failure(Workbook(write_only=True)) as book:
        writer = SheetWriter(book, _sheet_title(title), columns)
        writer.extend(rows)
        writer.close()
        book.save(path)
    return writer.rows - 1


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:MAX_TITLE] or "Sheet"


def problem_workbook(source: Path | str, problems: Sequence[Problem], path: Path | str) -> int:
    """The rows of `source` that have problems, as they were, with the row number and
    every message beside them, one sheet per sheet of the source; return rows written."""
    by_sheet: dict[str, dict[int, list[str]]] = {}
    general: list[Problem] = []
    for problem in problems:
        if problem.row is None:
            general.append(problem)
        else:
            by_sheet.setdefault(problem.sheet, {}).setdefault(problem.row, []).append(
                f"{problem.column}: {problem.message}" if problem.column else problem.message)
    book = Workbook(write_only=True)
    written = 0
    with SourceWorkbook(source) as workbook:
        for title in workbook.sheet_titles:
            wanted = by_sheet.get(title)
            if not wanted:
                continue
            rows = workbook.rows(title)
            first = [raw for _, raw in zip(range(HEADER_SEARCH_ROWS), rows, strict=False)]
            spec = find_sheet(title)
            layout = find_layout(title, spec, first)[0] if spec else None
            header = first[layout.header_row - 1].values if layout else ()
            width = max([len(header), *(len(r.values) for r in first)])
            columns = [OutColumn(tr("Row"), 8), OutColumn(tr("Problem"), 60)] + [
                OutColumn(str(h) if h is not None else "", 14) for h in header]
            columns += [OutColumn("", 14)] * (width - len(header))
            writer = SheetWriter(book, _sheet_title(title), columns)
            for raw in _all(first, rows):
                if raw.number in wanted:
                    values = [None if v is UNSET else v for v in raw.values]
                    writer.append([raw.number, "; ".join(wanted[raw.number]), *values])
                    written += 1
            writer.close()
    if general or not written:
        writer = SheetWriter(book, _sheet_title(tr("Problems")), [OutColumn(tr("Problem"), 90)])
        writer.extend([str(p)] for p in general)
        writer.close()
    book.save(path)
    return written


def _all(first, rest):
    yield from first
    yield from rest
