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


def debit(account: str, amount: int, **dims) -> Line:
    return Line(account, amount, **dims)


def credit(account: str, amount: int, **dims) -> Line:
    return Line(account, -amount, **dims)
