"""A RowSource over a short, already loaded list (a member's movements, recent postings)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class ListSource:
    def __init__(self, rows: Sequence[Sequence[Any]] = ()):
        self.rows = list(rows)

    def count(self) -> int:
        return len(self.rows)

    def fetch(self, offset: int, limit: int) -> list[Sequence[Any]]:
        return self.rows[offset: offset + limit]

    def sort(self, column: int, descending: bool) -> None:
        self.rows.sort(key=lambda row: (row[column] is None, row[column]), reverse=descending)
