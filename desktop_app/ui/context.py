"""What every page needs: the open book and the user acting on it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.db.book import Book
from desktop_app.domain.roles import Permission, allows
from desktop_app.services.context import Actor, set_actor


@dataclass
class AppContext:
    book: Book
    actor: Actor

    def session(self) -> Session:
        """A new session acting as the logged-in user; use it in a `with` block."""
        session = self.book.session()
        set_actor(session, self.actor)
        return session

    def can(self, permission: Permission) -> bool:
        return allows(self.actor.role, permission)
