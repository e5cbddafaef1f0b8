"""Argon2id hashing of passwords and kiosk PINs, and the growing lock after wrong tries.

Clear text never leaves this module's callers: only the hash is stored, and no message,
log line or audit row ever carries what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from functools import cache
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from desktop_app.errors import PermissionDenied
from desktop_app.services.context import transaction

_HASHER = PasswordHasher()  # argon2-cffi defaults to Argon2id

FREE_TRIES = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


@cache
def _dummy_hash() -> str:
    """A valid hash to verify against when the name is unknown, so both paths take as long.

    Made on the first login try, not at import: hashing costs ~0.5 s that the app's
    start-up should not pay.
    """
    return _HASHER.hash("not-a-real-secret")


def verify_secret(stored_hash: str | None, secret: str,
                  meanwhile: Callable[[], object] | None = None) -> bool:
    """True if `secret` matches; always spends one Argon2 verification.

    `meanwhile` runs on this thread while the verification works on another (Argon2 is
    C code that lets go of the GIL), so slow-on-purpose hashing need not delay work that
    does not depend on its answer, such as reading the first screen's figures.
    """
    hashed = stored_hash or _dummy_hash()
    if meanwhile is None:
        return _verify(hashed, secret) and stored_hash is not None
    with ThreadPoolExecutor(max_workers=1) as pool:
        matches = pool.submit(_verify, hashed, secret)
        meanwhile()
        return matches.result() and stored_hash is not None


def _verify(hashed: str, secret: str) -> bool:
    try:
        return _HASHER.verify(hashed, secret)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)


def lock_after(failures: int, now: datetime) -> datetime | None:
    """When a lock ends after `failures` wrong tries in a row (None: no lock yet).

    The first FREE_TRIES cost nothing; from then on every wrong try locks for twice as
    long as the one before, up to LONGEST_LOCK.
    """
    if failures < FREE_TRIES:
        return None
    doublings = min(failures - FREE_TRIES, 16)  # 30 s * 2**16 is far past the cap
    return now + min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)


def minutes_left(locked_until: datetime, now: datetime) -> int:
    """Whole minutes (at least 1) until a lock ends, for a calm message."""
    return max(1, -(-int((locked_until - now).total_seconds()) // 60))


T = TypeVar("T")


def attempt(session: Session, try_once: Callable[[], T | str]) -> T:
    """Run one login or PIN try as a transaction that is committed even when it fails
    (so the count of wrong tries sticks); a returned message becomes the refusal."""
    with transaction(session):
        outcome = try_once()
    if isinstance(outcome, str):
        raise PermissionDenied(outcome)
    return outcome
