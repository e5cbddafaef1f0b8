"""Who is acting, what they may do, and the one-transaction-per-use-case rule.

The acting user rides on the session (`session.info`), set once when the book is opened
by a login (GUI) or by the command line (the SYSTEM role). Every changing service calls
`require(session, permission)` first, so a hidden button is never the only guard.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop_app.db.engine import WRITE_INTENT, is_busy, is_connection_lost
from desktop_app.domain.roles import Permission, Role, allows
from desktop_app.errors import BookError, PermissionDenied
from desktop_app.i18n import tr
from desktop_app.services import text_guard  # noqa: F401 - registers the guard on every session


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role
    full_name: str = ""


SYSTEM_ACTOR = Actor("system", Role.SYSTEM, "Koperasi")

_ACTOR_KEY = "koperasi.actor"
_DEPTH_KEY = "koperasi.tx_depth"


def set_actor(session: Session, actor: Actor) -> None:
    session.info[_ACTOR_KEY] = actor


def current_actor(session: Session) -> Actor:
    actor = session.info.get(_ACTOR_KEY)
    if actor is None:
        raise PermissionDenied(tr("Please log in first."))
    return actor


def require(session: Session, permission: Permission) -> Actor:
    """The acting user, if their role allows `permission`; otherwise a refusal."""
    actor = current_actor(session)
    if not allows(actor.role, permission):
        raise PermissionDenied(
            tr("Your role ({role}) may not do this.", role=tr(actor.role.value))
        )
    return actor


@contextmanager
def transaction(session: Session) -> Iterator[Session]:
    """Commit when the outermost use case ends, roll back everything on any error.

    Use cases call each other freely: only the outermost `transaction` commits, so one
    call from the UI or the CLI is one database transaction.
    """
    depth = session.info.get(_DEPTH_KEY, 0)
    session.info[_DEPTH_KEY] = depth + 1
    try:
        if depth == 0 and not session.in_transaction():
            session.connection(execution_options={WRITE_INTENT: True})
        yield session
        if depth == 0:
            session.commit()
    except DBAPIError as exc:
        if depth == 0:
            session.rollback()
        if depth == 0 and is_busy(exc):
            raise BookError(
                tr("The book is busy: another window or program is saving to it. "
                   "Nothing was written; try again in a moment.")
            ) from exc
        if depth == 0 and is_connection_lost(exc):
            raise BookError(
                tr("The connection to the server book was lost. Nothing was written; "
                   "check the network and try again.")
            ) from exc
        raise
    except BaseException:
        if depth == 0:
            session.rollback()
        raise
    finally:
        session.info[_DEPTH_KEY] = depth
