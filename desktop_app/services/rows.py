"""Row sources: what the UI's paged tables read (a count, a page, a sort), without Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


class QueryRows:
    """A RowSource over a SELECT: count, fetch a page, sort by a result column."""

    def __init__(self, open_session: Callable[[], Session], query: Select,
                 default_order: Sequence = ()):
        self.open_session = open_session
        self.query = query
        self.order = list(default_order)

    def count(self) -> int:
        with self.open_session() as s:
            return s.scalar(select(func.count()).select_from(self.query.order_by(None).subquery()))

    def fetch(self, offset: int, limit: int) -> list[tuple]:
        with self.open_session() as s:
            query = self.query.order_by(*self.order).offset(offset).limit(limit)
            return [tuple(r) for r in s.execute(query)]

    def sort(self, column: int, descending: bool) -> None:
        expr = list(self.query.selected_columns)[column]
        self.order = [expr.desc() if descending else expr.asc(), *self.order[-1:]]
