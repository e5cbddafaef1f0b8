"""What every page needs: the open book, the user acting on it, and how the book writes
money."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop_app.db.book import Book
from desktop_app.domain.money import format_amount, format_number, parse_amount
from desktop_app.domain.roles import Permission, allows
from desktop_app.services import settings
from desktop_app.services.context import Actor, set_actor

if TYPE_CHECKING:
    from desktop_app.services.dashboard import Dashboard


@dataclass(frozen=True)
class Money:
    """Amounts as the open book writes them: its currency and its minor digits (both
    fixed once the book exists, so they are read once per login)."""

    minor_digits: int = 0
    currency: str = "IDR"

    def amount(self, minor: int) -> str:
        """`Rp 1.250.000` (or `USD 12,50` in a two-digit dollar book)."""
        return format_amount(minor, self.minor_digits, self.currency)

    def number(self, minor: int) -> str:
        """`1.250.000`: the figure without the currency, for table cells."""
        return format_number(minor, self.minor_digits)

    def parse(self, text: object) -> int:
        """What a treasurer typed (`12.500`, `Rp 12.500`), in minor units; AmountError
        says why not."""
        return parse_amount(text, self.minor_digits)


@dataclass
class AppContext:
    book: Book
    actor: Actor
    # the dashboard's figures, read while the password was checked (taken once)
    first_figures: Dashboard | None = None

    def session(self) -> Session:
        """A new session acting as the logged-in user; use it in a `with` block."""
        session = self.book.session()
        set_actor(session, self.actor)
        return session

    def can(self, permission: Permission) -> bool:
        return allows(self.actor.role, permission)

    @cached_property
    def money(self) -> Money:
        with self.book.session() as session:
            profile = settings.get_profile(session)
        return Money(profile.minor_digits, profile.currency)
