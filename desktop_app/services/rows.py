"""Row sources: what the UI's paged tables read (a count, a page, a sort), without Qt.

A service hands a page a `RowSource`; the page's `PagedTableModel` (`ui/models/paged.py`)
shows its rows. Rows are NamedTuples with declared columns, so code that reads a
selected row names the field (`row.entry_id`) instead of counting columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


class RowSource(Protocol):
    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> Sequence[Sequence[Any]]: ...

    def sort(self, column: int, descending: bool) -> None: ...


class ListSource:
    """A RowSource over a short, already loaded list (a member's movements, problems)."""

    def __init__(self, rows: Sequence[Sequence[Any]] = ()):
        self.rows = list(rows)

    def count(self) -> int:
        return len(self.rows)

    def fetch(self, offset: int, limit: int) -> list[Sequence[Any]]:
        return self.rows[offset: offset + limit]

    def sort(self, column: int, descending: bool) -> None:
        self.rows.sort(key=lambda row: (row[column] is None, row[column]), reverse=descending)


class QueryRows:
    """A RowSource over a SELECT: count, fetch a page as `row_type`s, sort by a column.

    `row_type` is a NamedTuple whose fields are the SELECT's columns, in order.
    """

    def __init__(self, open_session: Callable[[], Session], query: Select,
                 default_order: Sequence = (), *, row_type: type[NamedTuple]):
        self.open_session = open_session
        self.query = query
        self.order = list(default_order)
        self.row_type = row_type

    def count(self) -> int:
        with self.open_session() as s:
            return s.scalar(select(func.count()).select_from(self.query.order_by(None).subquery()))

    def fetch(self, offset: int, limit: int) -> list[NamedTuple]:
        with self.open_session() as s:
            query = self.query.order_by(*self.order).offset(offset).limit(limit)
            return [self.row_type._make(r) for r in s.execute(query)]

    def sort(self, column: int, descending: bool) -> None:
        expr = list(self.query.selected_columns)[column]
        self.order = [expr.desc() if descending else expr.asc(), *self.order[-1:]]


def escape_like(words: str) -> str:
    """`words` for a LIKE pattern with `ESCAPE '\\'`: its own %, _ and \\ match literally."""
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
