"""Closing and reopening periods (chair only, audited).

Closing moves the closed-through date forward to the end of a month; the journal then
refuses anything dated on or before it. A close is refused while *drafts* remain in the
period, that is work started but not yet posted to the journal:
- loans approved but not yet disbursed, approved on or before the date;
- market days still open, dated on or before the date (their sales are not settled).
Reopening moves the date back; it needs a reason, which the audit log keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain.dates import format_date
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, settings
from desktop_app.services.aggregates import fiscal_year, month_end
from desktop_app.services.context import require, transaction
from desktop_app.services.shu import distributed_years


@dataclass(frozen=True)
class Drafts:
    approved_loans: int
    open_market_days: int

    @property
    def any(self) -> bool:
        return bool(self.approved_loans or self.open_market_days)


def drafts_through(session: Session, through: date) -> Drafts:
    """Unposted work dated on or before `through` that a close would strand."""
    loans = session.scalar(
        text(
            f"SELECT COUNT(*) FROM loan WHERE status = '{LoanStatus.APPROVED}' "
            "AND COALESCE(approved_on, applied_on) <= :d"
        ),
        {"d": through},
    )
    days = session.scalar(
        text("SELECT COUNT(*) FROM market_day WHERE status = 'open' AND date <= :d"),
        {"d": through},
    )
    return Drafts(loans, days)


def close_through(session: Session, through: date, today: date | None = None) -> date:
    """Close the books through the end of `through`'s month; return the new closed date."""
    with transaction(session):
        require(session, Permission.CLOSE_PERIOD)
        through = month_end(through)
        today = today or date.today()
        current = settings.closed_through(session)
        if current and through <= current:
            raise ValidationError(
                tr("The books are already closed through {date}.", date=format_date(current))
            )
        if through > today:
            raise ValidationError(
                tr("{date} has not passed yet; a period can be closed once it has ended.",
                   date=format_date(through))
            )
        drafts = drafts_through(session, through)
        if drafts.any:
            raise ValidationError(
                tr(
                    "Finish the open work up to {date} first: {loans} approved loan(s) not "
                    "disbursed and {days} open market day(s).",
                    date=format_date(through),
                    loans=drafts.approved_loans,
                    days=drafts.open_market_days,
                )
            )
        settings.set_closed_through(session, through)
        audit.record(session, "period.close", "period", through.isoformat(),
                     before=current, after=through)
        return through


def reopen_through(session: Session, through: date | None, reason: str) -> date | None:
    """Move the closed date back to `through` (None: nothing closed); needs a reason."""
    with transaction(session):
        require(session, Permission.CLOSE_PERIOD)
        current = settings.closed_through(session)
        if current is None:
            raise ValidationError(tr("No period is closed."))
        if not reason.strip():
            raise ValidationError(tr("Give a reason for reopening the period."))
        if through is not None:
            through = month_end(through)
            if through >= current:
                raise ValidationError(
                    tr("Choose a date before {date} to reopen.", date=format_date(current))
                )
        for year in distributed_years(session):
            if (through is None or through < fiscal_year(session, year)[1]) and (
                fiscal_year(session, year)[1] <= current
            ):
                raise ValidationError(
                    tr("The SHU of {year} has been distributed; reverse its distribution "
                       "entries before reopening that year.", year=year)
                )
        settings.set_closed_through(session, through)
        audit.record(session, "period.reopen", "period", current.isoformat(),
                     before=current, after=through, reason=reason.strip())
        return through
