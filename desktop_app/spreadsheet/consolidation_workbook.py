"""The consolidation as a workbook: totals, one sheet per figure, flags and sources."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop_app.domain.dates import format_date
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services.coop_figures import FIGURES, MONEY, PERCENT, Figure, quarter_label
from desktop_app.spreadsheet.consolidation import Consolidation
from desktop_app.spreadsheet.writer import (
    AMOUNT_FORMAT,
    OutColumn,
    SheetWriter,
    written_in_place,
)

_FORMATS = {MONEY: AMOUNT_FORMAT, PERCENT: "0.0%"}


def write_consolidation(result: Consolidation, path: Path | str) -> Path:
    """Write `result` to the .xlsx at `path` (through a temporary name, then renamed)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(tr("Give the workbook a name ending in .xlsx."))
    book = Workbook(write_only=True)
    book.properties.title = tr("Consolidation of cooperatives")
    quarters = [quarter_label(start) for start, _ in result.periods]
    _totals(book, result, quarters)
    used = {tr("Totals").lower(), tr("Flags").lower(), tr("Sources").lower()}
    for figure in FIGURES:
        _figure_sheet(book, result, figure, quarters, used)
    _flags(book, result)
    _sources(book, result)
    with written_in_place(path) as temporary:
        book.save(temporary)
    return path


def _totals(book: Workbook, result: Consolidation, quarters: list[str]) -> None:
    columns = [OutColumn(tr("Figure"), 30)]
    columns += [OutColumn(q, 16) for q in quarters] + [OutColumn(tr("Definition"), 70)]
    sheet = SheetWriter(book, tr("Totals"), columns)
    totals = result.totals()
    for figure in FIGURES:
        values = [_value(figure, t) for t in totals] or [None] * len(quarters)
        sheet.append([figure.label(), *values, figure.definition()],
                     formats=[None, *[_FORMATS.get(figure.kind)] * len(quarters), None])
    sheet.close()


def _figure_sheet(book: Workbook, result: Consolidation, figure: Figure, quarters: list[str],
                  used: set[str]) -> None:
    title = figure.label()[:31]
    while title.lower() in used:
        title = title[:29] + " 2"
    used.add(title.lower())
    number_format = _FORMATS.get(figure.kind)
    sheet = SheetWriter(book, title, [OutColumn(tr("Cooperative"), 34),
                                      *(OutColumn(q, 16, number_format) for q in quarters)])
    for source in result.included:
        sheet.append([source.name, *(_value(figure, q) for q in source.quarters)])
    totals = result.totals()
    if totals:
        sheet.append([tr("Total"), *(_value(figure, t) for t in totals)])
    sheet.close()


def _flags(book: Workbook, result: Consolidation) -> None:
    sheet = SheetWriter(book, tr("Flags"), [OutColumn(tr("Cooperative"), 34),
                                            OutColumn(tr("Needs attention"), 90)])
    for source in result.included:
        for flag in source.flags:
            sheet.append([source.name, flag])
    sheet.close()


def _sources(book: Workbook, result: Consolidation) -> None:
    sheet = SheetWriter(book, tr("Sources"), [
        OutColumn(tr("Cooperative"), 34), OutColumn(tr("Source"), 40),
        OutColumn(tr("Included"), 10), OutColumn(tr("Exported on"), 12),
        OutColumn(tr("Last closed year"), 14), OutColumn(tr("SHU of that year"), 16, AMOUNT_FORMAT),
        OutColumn(tr("Problems"), 90),
    ])
    for source in result.sources:
        closed = source.closed_year
        sheet.append([
            source.name, source.source, tr("Yes") if source.included else tr("No"),
            source.exported_on, closed.year if closed else None, closed.shu if closed else None,
            "; ".join(source.problems[:20]) + (
                tr(" … and {n} more", n=len(source.problems) - 20)
                if len(source.problems) > 20 else ""),
        ])
    sheet.append([tr("As of {date}", date=format_date(result.as_of))])
    sheet.close()


def _value(figure: Figure, item) -> int | float | None:
    value = figure.of(item)
    return value if figure.kind != PERCENT or value is None else round(value, 6)
