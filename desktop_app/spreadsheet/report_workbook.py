"""Reports to an .xlsx workbook: one sheet per table, real numbers with number formats.

Written with openpyxl's write-only mode, so a long cash book streams. Every text goes
through `writer.safe_value`, so nothing in it can run as a formula.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font

from desktop_app.services.report_documents import DATE, INT, MONEY, PERCENT, ReportDocument
from desktop_app.spreadsheet.writer import discarded_on_failure, safe_value

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=13)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _number_format(kind: str, minor_digits: int) -> str | None:
    if kind == MONEY:
        return "#,##0" + ("." + "0" * minor_digits if minor_digits else "")
    if kind == INT:
        return "#,##0"
    if kind == PERCENT:
        return "0.0%"
    if kind == DATE:
        return "DD/MM/YYYY"
    return None


def _cell(sheet, value, kind: str, minor_digits: int, bold: bool = False) -> WriteOnlyCell:
    if kind == MONEY and isinstance(value, int) and minor_digits:
        value = value / 10**minor_digits
    if isinstance(value, str):
        value = safe_value(sheet, value) if value != "" else None
    cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
    fmt = _number_format(kind, minor_digits)
    if fmt and isinstance(value, int | float | date):
        cell.number_format = fmt
    if bold:
        cell.font = _BOLD
    return cell


def _sheet_name(title: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub(" ", title)[:28].strip() or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        name, n = f"{base[:25]} {n}", n + 1
    used.add(name.lower())
    return name


def write_reports(
    documents: Sequence[ReportDocument], path: Path, *, cooperative: str, minor_digits: int = 0
) -> Path:
    """Write every table of `documents` to its own sheet of a new workbook at `path`."""
    with discarded_on_failure(Workbook(write_only=True)) as book:
        _write_tables(book, documents, cooperative, minor_digits)
        book.save(path)
    return path


def _write_tables(book: Workbook, documents: Sequence[ReportDocument], cooperative: str,
                  minor_digits: int) -> None:
    used: set[str] = set()
    for doc in documents:
        for table in doc.tables:
            title = table.title if len(doc.tables) == 1 else f"{doc.title[:14]} {table.title}"
            sheet = book.create_sheet(_sheet_name(title, used))
            header_row = 4 + len(doc.facts) + len(doc.notes)
            sheet.freeze_panes = f"A{header_row + 1}"
            for index, column in enumerate(table.columns):
                width = 14 if column.kind != "text" else 34 if index else 14
                sheet.column_dimensions[chr(ord("A") + index)].width = width
            title_cell = _cell(sheet, f"{doc.title} — {table.title}", "text", 0)
            title_cell.font = _TITLE
            sheet.append([title_cell])
            sheet.append([_cell(sheet, cooperative, "text", 0)])
            sheet.append([_cell(sheet, doc.period, "text", 0)])
            for label, value in doc.facts:
                sheet.append([_cell(sheet, label, "text", 0), _cell(sheet, value, "text", 0)])
            for note in doc.notes:
                sheet.append([_cell(sheet, note, "text", 0)])
            sheet.append([_cell(sheet, c.title, "text", 0, bold=True) for c in table.columns])
            for row in table.rows:
                sheet.append([
                    _cell(sheet, v, c.kind, minor_digits)
                    for v, c in zip(row, table.columns, strict=True)
                ])
            if table.total is not None:
                sheet.append([
                    _cell(sheet, v, c.kind, minor_digits, bold=True)
                    for v, c in zip(table.total, table.columns, strict=True)
                ])
