"""The cooperative's profile and book-wide settings (stored as key/value rows)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction


@dataclass(frozen=True)
class Profile:
    name: str
    address: str = ""
    legal_number: str = ""
    fiscal_year_start_month: int = 1
    currency: str = "IDR"
    minor_digits: int = 0
    pokok_amount: int = 100_000
    wajib_amount: int = 20_000

    def validate(self) -> None:
        problems = []
        if not self.name.strip():
            problems.append(tr("The cooperative needs a name."))
        if not 1 <= self.fiscal_year_start_month <= 12:
            problems.append(tr("The fiscal year must start in a month from 1 to 12."))
        if not 0 <= self.minor_digits <= 3:
            problems.append(tr("Minor digits must be between 0 and 3."))
        if len(self.currency) != 3 or not self.currency.isalpha():
            problems.append(tr("The currency must be a three-letter code such as IDR."))
        if self.pokok_amount <= 0 or self.wajib_amount <= 0:
            problems.append(tr("Pokok and wajib amounts must be above zero."))
        if problems:
            raise ValidationError(" ".join(problems), problems)


_PROFILE_PREFIX = "profile."
_CLOSED_THROUGH = "closed_through"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.get(Setting, key)
    return default if value is None else value.value


def put(session: Session, key: str, value: str) -> None:
    """Write one setting in the caller's transaction (callers check permissions)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_profile(session: Session) -> Profile:
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.startswith(_PROFILE_PREFIX))
    ).all()
    stored = {key.removeprefix(_PROFILE_PREFIX): value for key, value in rows}
    values: dict[str, object] = {}
    for f in fields(Profile):
        if f.name in stored:
            values[f.name] = int(stored[f.name]) if f.type == "int" else stored[f.name]
    if "name" not in values:
        values["name"] = ""
    return Profile(**values)


def write_profile(session: Session, profile: Profile) -> None:
    """Store the profile without permission checks (book creation)."""
    profile.validate()
    for key, value in asdict(profile).items():
        put(session, _PROFILE_PREFIX + key, str(value))


def save_profile(session: Session, profile: Profile) -> None:
    with transaction(session):
        require(session, Permission.SETTINGS)
        before = get_profile(session)
        if before.minor_digits != profile.minor_digits or before.currency != profile.currency:
            raise ValidationError(
                tr("The currency and its minor digits cannot change once the book exists.")
            )
        write_profile(session, profile)
        changed = {
            k: [getattr(before, k), v]
            for k, v in asdict(profile).items()
            if getattr(before, k) != v
        }
        audit.record(session, "settings.profile", "setting", "profile", **changed)


def closed_through(session: Session) -> date | None:
    value = get(session, _CLOSED_THROUGH)
    return date.fromisoformat(value) if value else None


def refuse_closed(on: date, closed: date | None) -> None:
    """Refuse a posting date `on` inside the closed period (through `closed`, if any)."""
    if closed and on <= closed:
        raise ValidationError(
            tr("The books are closed through {date}; choose a later date.",
               date=format_date(closed))
        )


def require_open(session: Session, on: date) -> None:
    """Refuse a posting date `on` inside the book's closed period."""
    refuse_closed(on, closed_through(session))


def set_closed_through(session: Session, value: date | None) -> None:
    """Move the lock date (callers own the permission check and audit)."""
    put(session, _CLOSED_THROUGH, value.isoformat() if value else "")
