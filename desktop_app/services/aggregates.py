"""Aggregate sums over the journal for reports and SHU: fiscal years, as-of balances.

All figures are debit-positive sums of journal lines grouped in SQL. A balance "as of"
a date is taken from whichever side is smaller: the maintained `account_balance`
summary minus the lines dated after it (recent dates), or the lines dated up to it (old
dates), so both stay fast on a million-line book through the index on the entry date.
Queries filtered by date say `journal_entry e CROSS JOIN journal_line l WHERE l.entry_id =
e.id`: in SQLite that fixes the loop order (entries by the date index, then their lines),
which the planner would otherwise swap for a scan of every line in account order; on
PostgreSQL it is a plain join (the join condition in WHERE, so both engines accept it).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain.dates import add_months
from desktop_app.services import month_totals, settings
from desktop_app.services.month_totals import CLOSING_KIND, month_key

# Year-end closing entries move the year's income and expenses to SHU Belum Dibagi;
# an income statement leaves them out so that it still shows the year's result.
ONE_DAY = timedelta(days=1)


def month_end(day: date) -> date:
    return add_months(day.replace(day=1), 1) - ONE_DAY


def fiscal_year(session: Session, year: int) -> tuple[date, date]:
    """First and last day of fiscal year `year` (the year it starts in)."""
    start = date(year, settings.get_profile(session).fiscal_year_start_month, 1)
    return start, add_months(start, 12) - ONE_DAY


def fiscal_year_of(session: Session, day: date) -> int:
    """The fiscal year that contains `day`."""
    start_month = settings.get_profile(session).fiscal_year_start_month
    return day.year if day.month >= start_month else day.year - 1


def _codes(session: Session) -> dict[int, str]:
    return dict(session.execute(text("SELECT id, code FROM account")).all())


def _recent(session: Session, day: date) -> bool:
    """True when fewer entries are dated after `day` than up to it."""
    later = session.scalar(text("SELECT COUNT(*) FROM journal_entry WHERE date > :d"), {"d": day})
    total = session.scalar(text("SELECT COUNT(*) FROM journal_entry"))
    return later <= total - later


def _lines_between(
    session: Session, start: date, end: date, include_closing: bool
) -> dict[int, int]:
    closing = "" if include_closing else f"AND e.kind != '{CLOSING_KIND}' "
    rows = session.execute(
        text(
            "SELECT l.account_id, SUM(l.amount) FROM journal_entry e "
            "CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            f"AND e.date BETWEEN :s AND :e {closing}GROUP BY l.account_id"
        ),
        {"s": start, "e": end},
    )
    return dict(rows.all())


def _sums(
    session: Session, start: date | None, end: date, include_closing: bool
) -> dict[str, int]:
    """Per account code: whole months from the month totals, the odd days from lines."""
    first_full = start if start is None or start.day == 1 else month_end(start) + ONE_DAY
    last_full = end if end == month_end(end) else end.replace(day=1) - ONE_DAY
    parts: list[dict[int, int]] = []
    if first_full is None or first_full <= last_full:
        parts.append(month_totals.totals(
            session, first_full and month_key(first_full), month_key(last_full),
            include_closing=include_closing,
        ))
        if start is not None and start < first_full:
            parts.append(_lines_between(session, start, first_full - ONE_DAY, include_closing))
        if last_full < end:
            parts.append(_lines_between(session, last_full + ONE_DAY, end, include_closing))
    else:  # within one month
        parts.append(_lines_between(session, start, end, include_closing))
    return {
        code: sum(part.get(i, 0) for part in parts) for i, code in _codes(session).items()
    }


def balances_as_of(session: Session, on: date) -> dict[str, int]:
    """Debit-positive balance of every account at the end of `on` (zeros included)."""
    return _sums(session, None, on, include_closing=True)


def movements(
    session: Session, start: date, end: date, *, include_closing: bool = False
) -> dict[str, int]:
    """Debit-positive sum of lines per account dated `start`..`end` (zeros included)."""
    return _sums(session, start, end, include_closing)


def member_sums(
    session: Session, codes: Iterable[str], end: date, start: date | None = None
) -> dict[int, int]:
    """Debit-positive sum per member of lines on `codes` dated `start`..`end`.

    Without `start` this is each member's balance at the end of `end`, taken like
    `balances_as_of` from the smaller side (summary minus later lines, or lines so far).
    """
    ids = [i for i, code in _codes(session).items() if code in set(codes)]
    accounts = ", ".join(str(i) for i in ids) or "NULL"
    dated = (
        "SELECT l.member_id, SUM(l.amount) FROM journal_entry e "
        "CROSS JOIN journal_line l WHERE l.entry_id = e.id "
        f"AND {{dates}} AND l.account_id IN ({accounts}) AND l.member_id IS NOT NULL "
        "GROUP BY l.member_id"
    )
    if start is not None:  # few lines on these accounts: go by account, then check dates
        query = (
            "SELECT l.member_id, SUM(l.amount) FROM journal_line l "
            "CROSS JOIN journal_entry e WHERE e.id = l.entry_id "
            f"AND l.account_id IN ({accounts}) AND l.member_id IS NOT NULL "
            "AND e.date BETWEEN :s AND :e GROUP BY l.member_id"
        )
        return dict(session.execute(text(query), {"s": start, "e": end}).all())
    if not _recent(session, end):
        query = dated.format(dates="e.date <= :e")
        return dict(session.execute(text(query), {"e": end}).all())
    current = dict(
        session.execute(
            text(
                "SELECT member_id, SUM(balance) FROM member_balance "
                f"WHERE account_id IN ({accounts}) GROUP BY member_id"
            )
        ).all()
    )
    later = session.execute(text(dated.format(dates="e.date > :e")), {"e": end}).all()
    for member_id, amount in later:
        current[member_id] = current.get(member_id, 0) - amount
    return current


def account_names(session: Session) -> dict[str, tuple[str, str]]:
    """Account code -> (name, type), in code order."""
    rows = session.execute(text("SELECT code, name, type FROM account ORDER BY code"))
    return {code: (name, kind) for code, name, kind in rows}
