"""The shape of a report document: titled tables of typed cells, and how a cell reads.

`report_documents` builds the documents of the Reports page in this shape; other modules
that add a document (`joint_report`) build on it without importing the report list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_number
from desktop_app.i18n import tr

MONEY, INT, TEXT, DATE, PERCENT = "money", "int", "text", "date", "percent"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[Sequence[Any]]
    total: Sequence[Any] | None = None  # a bold last row


@dataclass
class ReportDocument:
    key: str
    title: str
    period: str
    tables: list[Table]
    facts: list[tuple[str, str]] = field(default_factory=list)  # label, shown value
    notes: list[str] = field(default_factory=list)


def show(value: Any, kind: str, minor_digits: int = 0) -> str:
    """A cell as text for the screen and for print."""
    if value is None or value == "":
        return ""
    if kind == MONEY:
        return format_number(value, minor_digits)
    if kind == INT:
        return format_number(value)
    if kind == DATE and isinstance(value, date):
        return format_date(value)
    if kind == PERCENT:
        return f"{value * 100:.1f}%".replace(".", ",")
    return str(value)


def period_text(start: date, end: date) -> str:
    return tr("{start} to {end}", start=format_date(start), end=format_date(end))


def as_of_text(day: date) -> str:
    return tr("As of {date}", date=format_date(day))
