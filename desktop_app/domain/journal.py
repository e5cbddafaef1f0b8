"""A journal entry before it is posted: its lines, debit positive and credit negative.

The posting rules (`domain/postings.py`) build these drafts; `services/ledger.JournalWriter`
validates and writes them. Plain data, so the rules are tested without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.accounts import EntryKind


@dataclass(frozen=True)
class Line:
    """One line of a draft entry: debit positive, credit negative, in minor units."""

    account: str
    amount: int
    member_id: int | None = None
    loan_id: int | None = None
    product_id: int | None = None


@dataclass(frozen=True)
class EntryDraft:
    date: date
    kind: EntryKind
    description: str
    lines: Sequence[Line]
    reference: str | None = None
    reverses_id: int | None = None
    batch_id: int | None = None


@dataclass(frozen=True)
class EntryShape:
    """The form of an entry of one amount: each side an account, debit (+1) or credit (-1),
    and whether it carries the member. Its entries balance when its sides do, so a bulk
    writer checks the balance once per shape instead of once per entry."""

    kind: EntryKind
    sides: tuple[tuple[str, int, bool], ...]  # (account, +1 or -1, carries the member)
    description: str  # when the entry has no note of its own

    @property
    def balanced(self) -> bool:
        return sum(sign for _, sign, _ in self.sides) == 0

    def draft(self, on: date, amount: int, member_id: int | None,
              note: str | None = None) -> EntryDraft:
        return EntryDraft(on, self.kind, note or self.description, [
            Line(account, sign * amount, member_id if carries else None)
            for account, sign, carries in self.sides])


def debit(account: str, amount: int, **dims) -> Line:
    return Line(account, amount, **dims)


def credit(account: str, amount: int, **dims) -> Line:
    return Line(account, -amount, **dims)
