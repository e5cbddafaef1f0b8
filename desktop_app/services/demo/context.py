"""Shared state of one demo run: the random source, the period, the created members,
and the cash on hand day by day."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

from sqlalchemy.orm import Session

from desktop_app.domain.accounts import KAS
from desktop_app.domain.journal import EntryDraft
from desktop_app.services.ledger import JournalWriter

BLOCK_DAYS = 32  # cash is summarised per block of days, so a query costs ~ sqrt(days)


class CashPosition:
    """Cash (Kas) movements by day over the demo period.

    A real cooperative only pays out cash it holds: before a loan goes out, `spare(on)`
    tells the most that can leave on that day while cash stays at or above zero at the
    end of that day and of every later day (given everything recorded so far).
    """

    def __init__(self, start: date, end: date):
        self._first = start.toordinal()
        self._days = [0] * (end.toordinal() - self._first + 1)
        blocks = -(-len(self._days) // BLOCK_DAYS)
        self._sums = [0] * blocks
        self._lows: list[int | None] = [0] * blocks  # lowest running total within a block

    def record(self, draft: EntryDraft) -> None:
        amount = sum(line.amount for line in draft.lines if line.account == KAS)
        if amount:
            day = self._index(draft.date)
            self._days[day] += amount
            self._sums[day // BLOCK_DAYS] += amount
            self._lows[day // BLOCK_DAYS] = None

    def spare(self, on: date) -> int:
        day = self._index(on)
        block = day // BLOCK_DAYS
        block_end = (block + 1) * BLOCK_DAYS
        running = sum(self._sums[:block]) + sum(self._days[block * BLOCK_DAYS: day])
        low = running + min(accumulate(self._days[day:block_end]))
        running += sum(self._days[day:block_end])
        for later in range(block + 1, len(self._sums)):
            low = min(low, running + self._low(later))
            running += self._sums[later]
        return low

    def _low(self, block: int) -> int:
        low = self._lows[block]
        if low is None:
            low = self._lows[block] = min(
                accumulate(self._days[block * BLOCK_DAYS: (block + 1) * BLOCK_DAYS]))
        return low

    def _index(self, on: date) -> int:
        return min(max(on.toordinal() - self._first, 0), len(self._days) - 1)


class CashCountingWriter(JournalWriter):
    """The bulk journal writer, also counting every entry's cash into a `CashPosition`."""

    def __init__(self, session: Session, cash: CashPosition, *, batch_size: int):
        super().__init__(session, batch_size=batch_size)
        self.cash = cash

    def add(self, draft: EntryDraft) -> None:
        super().add(draft)
        self.cash.record(draft)


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    members: int
    years: int
    start: date
    end: date
    writer: CashCountingWriter
    # Filled by the members part: (member id, member number, join date, left on or None).
    member_rows: list[tuple[int, str, date, date | None]] = field(default_factory=list)

    @property
    def cash(self) -> CashPosition:
        return self.writer.cash

    @classmethod
    def create(cls, session: Session, *, members: int, years: int, seed: int, today: date):
        """Demo history runs from 1 January `years` years ago up to `today`."""
        start = date(today.year - years, 1, 1)
        return cls(
            session=session,
            rng=random.Random(seed),
            members=members,
            years=years,
            start=start,
            end=today,
            writer=CashCountingWriter(session, CashPosition(start, today), batch_size=5000),
        )
