"""Shared state of one demo run: the random source, the period, the created members."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services.ledger import JournalWriter


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    members: int
    years: int
    start: date
    end: date
    writer: JournalWriter
    # Filled by the members part: (member id, member number, join date, left on or None).
    member_rows: list[tuple[int, str, date, date | None]] = field(default_factory=list)

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
            writer=JournalWriter(session, batch_size=5000),
        )
