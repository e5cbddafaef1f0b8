"""Users of the books: who they are, their role, their password, and logging in.

Only the chair (Permission.MANAGE_USERS) adds users, resets passwords and deactivates;
the very first user of a new book is the exception (`add_first_user`). Passwords are
stored as Argon2id hashes; wrong passwords lock the name for a growing while.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import User
from desktop_app.domain.roles import Permission, Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, passwords, settings
from desktop_app.services.context import _ACTOR_KEY, Actor, current_actor, require, transaction

MIN_PASSWORD_LENGTH = 8
MAX_USERNAME_LENGTH = 64
USER_ROLES = (Role.TREASURER, Role.CHAIR, Role.AUDITOR)
IDLE_LOCK_KEY = "security.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    created_at: datetime


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id, user.username, user.full_name, Role(user.role), user.active,
        user.locked_until, user.created_at,
    )


def _actor(user: User) -> Actor:
    return Actor(user.username, Role(user.role), user.full_name)


@contextmanager
def _acting_as(session: Session, actor: Actor) -> Iterator[None]:
    """Audit as `actor` for a moment (logins and the first user, when nobody is logged in)."""
    before = session.info.get(_ACTOR_KEY)
    session.info[_ACTOR_KEY] = actor
    try:
        yield
    finally:
        if before is None:
            session.info.pop(_ACTOR_KEY, None)
        else:
            session.info[_ACTOR_KEY] = before


def _find(session: Session, username: str) -> User | None:
    return session.scalar(
        select(User).where(func.lower(User.username) == username.strip().lower())
    )


def _existing(session: Session, username: str) -> User:
    user = _find(session, username)
    if user is None:
        raise ValidationError(tr("There is no user named {name}.", name=username.strip()))
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            tr("The password must have at least {n} characters.", n=MIN_PASSWORD_LENGTH)
        )
    if password != password.strip():
        raise ValidationError(tr("The password may not begin or end with a space."))


def _check_new_user(session: Session, username: str, role: str, password: str) -> Role:
    name = username.strip()
    if not name:
        raise ValidationError(tr("Type a user name."))
    if len(name) > MAX_USERNAME_LENGTH or any(ch.isspace() for ch in name):
        raise ValidationError(
            tr("A user name is one word without spaces, at most {n} characters.",
               n=MAX_USERNAME_LENGTH)
        )
    if role not in {r.value for r in USER_ROLES}:
        raise ValidationError(
            tr("The role must be treasurer, chair or auditor, not {role}.", role=role)
        )
    _check_password(password)
    if _find(session, name) is not None:
        raise ValidationError(tr("There is already a user named {name}.", name=name))
    return Role(role)


def _create(session: Session, username: str, role: Role, password: str, full_name: str) -> User:
    user = User(
        username=username.strip(),
        full_name=full_name.strip(),
        role=role.value,
        password_hash=passwords.hash_secret(password),
        active=True,
        failed_logins=0,
        created_at=datetime.now(),
    )
    session.add(user)
    session.flush()
    audit.record(session, "user.add", "user", user.username, role=role.value)
    return user


def add_user(
    session: Session, username: str, *, role: str, password: str, full_name: str = ""
) -> UserInfo:
    """Create a user (the chair's job)."""
    with transaction(session):
        require(session, Permission.MANAGE_USERS)
        checked = _check_new_user(session, username, role, password)
        return _info(_create(session, username, checked, password, full_name))


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


def add_first_user(
    session: Session, username: str, *, role: str, password: str, full_name: str = ""
) -> UserInfo:
    """Create the first user of a new book; refused once any user exists.

    The first user must be able to run the book: a chair (who then adds the others) or a
    treasurer.
    """
    with transaction(session):
        if has_users(session):
            raise PermissionDenied(tr("This book already has users; ask the chair to add you."))
        if role == Role.AUDITOR.value:
            raise ValidationError(tr("The first user must be the chair or the treasurer."))
        checked = _check_new_user(session, username, role, password)
        actor = Actor(username.strip(), checked, full_name.strip())
        with _acting_as(session, actor):
            return _info(_create(session, username, checked, password, full_name))


def authenticate(
    session: Session, username: str, password: str, *, now: datetime | None = None,
    meanwhile: Callable[[Session], object] | None = None,
) -> Actor:
    """The user behind `username` if the password is right; otherwise a calm refusal.

    The message never says whether the name or the password was wrong. After
    `passwords.FREE_TRIES` wrong passwords in a row the name is locked for a while
    that doubles with every further wrong try; the right password after the lock
    clears the count. The count is saved even though the call refuses. `meanwhile(session)`
    runs while the password is checked (see `passwords.verify_secret`), right or wrong,
    so it must only read.
    """
    return passwords.attempt(session, lambda: _try_login(
        session, username, password, now or datetime.now(), meanwhile))


def _try_login(session: Session, username: str, password: str, now: datetime,
               meanwhile: Callable[[Session], object] | None = None) -> Actor | str:
    refusal = tr("That name and password do not match. Please try again.")
    user = _find(session, username) if username.strip() else None
    if user is not None and user.locked_until is not None and user.locked_until > now:
        return tr("Too many wrong tries. Please try again in {minutes} min.",
                  minutes=passwords.minutes_left(user.locked_until, now))
    matches = passwords.verify_secret(user.password_hash if user else None, password,
                                      meanwhile and (lambda: meanwhile(session)))
    if user is None:
        return refusal
    actor = _actor(user)
    with _acting_as(session, actor):
        if not matches:
            user.failed_logins += 1
            user.locked_until = passwords.lock_after(user.failed_logins, now)
            audit.record(session, "user.login_failed", "user", user.username,
                         failures=user.failed_logins)
            return refusal
        if not user.active:
            return refusal
        user.failed_logins = 0
        user.locked_until = None
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.hash_secret(password)
        audit.record(session, "user.login", "user", user.username)
    return actor


def change_password(session: Session, username: str, old_password: str, new_password: str) -> None:
    """A user changes her own password, proving she knows the old one."""
    with transaction(session):
        actor = current_actor(session)
        user = _find(session, username)
        if user is None or actor.username.lower() != user.username.lower():
            raise PermissionDenied(tr("You can change only your own password."))
        if not passwords.verify_secret(user.password_hash, old_password):
            raise ValidationError(tr("The current password is not right."))
        _check_password(new_password)
        if new_password == old_password:
            raise ValidationError(tr("Choose a new password that differs from the old one."))
        user.password_hash = passwords.hash_secret(new_password)
        audit.record(session, "user.change_password", "user", user.username)


def reset_password(session: Session, username: str, new_password: str) -> None:
    """The chair gives a user a new password (and lifts any lock)."""
    with transaction(session):
        require(session, Permission.MANAGE_USERS)
        user = _existing(session, username)
        _check_password(new_password)
        user.password_hash = passwords.hash_secret(new_password)
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, "user.reset_password", "user", user.username)


def _active_chairs(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(User)
        .where(User.role == Role.CHAIR.value, User.active.is_(True))
    )


def deactivate(session: Session, username: str) -> None:
    """Stop a user from logging in (kept for the audit trail, never deleted)."""
    with transaction(session):
        actor = require(session, Permission.MANAGE_USERS)
        user = _existing(session, username)
        if not user.active:
            raise ValidationError(tr("{name} is already deactivated.", name=user.username))
        if user.username.lower() == actor.username.lower():
            raise ValidationError(tr("You cannot deactivate yourself."))
        if user.role == Role.CHAIR.value and _active_chairs(session) <= 1:
            raise ValidationError(
                tr("{name} is the last active chair; add another chair first.",
                   name=user.username)
            )
        user.active = False
        audit.record(session, "user.deactivate", "user", user.username)


def activate(session: Session, username: str) -> None:
    with transaction(session):
        require(session, Permission.MANAGE_USERS)
        user = _existing(session, username)
        if user.active:
            raise ValidationError(tr("{name} is already active.", name=user.username))
        user.active = True
        audit.record(session, "user.activate", "user", user.username)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(User).order_by(User.username))]


def idle_lock_minutes(session: Session) -> int:
    """Minutes without input before the books lock (a book setting)."""
    value = settings.get(session, IDLE_LOCK_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    with transaction(session):
        require(session, Permission.SETTINGS)
        if not 1 <= minutes <= 120:
            raise ValidationError(tr("The idle lock must be between 1 and 120 minutes."))
        before = idle_lock_minutes(session)
        settings.put(session, IDLE_LOCK_KEY, str(minutes))
        audit.record(session, "settings.idle_lock", "setting", IDLE_LOCK_KEY,
                     minutes=[before, minutes])
