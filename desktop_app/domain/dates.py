"""Dates as treasurers write them, and month arithmetic for schedules."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

_EXCEL_EPOCH = date(1899, 12, 30)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "agt", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov", "nop", "nopember"),
            ("desember", "december", "des", "dec"),
        ],
        start=1,
    )
    for name in names
}
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")


class DateError(ValueError):
    """The value is not a date; the message says why."""


def parse_date(value: object) -> date:
    """Accept a date, an Excel serial number, `21/03/2025`, `2025-03-21`, `21 Maret 2025`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # an Excel serial; a fraction is the time of day
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise DateError(tr("{value} is not a date", value=value))
    text = str(value).strip()
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _NUMERIC_DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _WORDS.match(text):
            month = _MONTHS.get(match.group(2).lower())
            if month:
                return date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        pass
    raise DateError(tr("'{text}' is not a date (write it as 21/03/2025)", text=text))


_TYPED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")


def parse_typed_date(text: str, today: date) -> date:
    """A date as a person types it into a date field, day first.

    Accepts `28/11/2026`, `28-11-2026`, `28.11.2026`, `28 11 2026`, `28112026`,
    `281126`, `28/11/26`, `28/11` (this year) and the forms `parse_date` reads
    (`2026-11-28`, `28 November 2026`). A two-digit year is the latest year ending in
    those digits that is not more than one year after `today` (`65` is 1965 for a
    birth date, `26` is 2026).
    """
    text = text.strip()
    match = _TYPED.match(text) or _DIGITS_ONLY.match(text)
    if match is None:
        return parse_date(text)
    day, month = int(match.group(1)), int(match.group(2))
    year_text = match.group(3)
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = _full_year(int(year_text), today)
    else:
        year = int(year_text)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            tr("'{text}' is not a date (write it as 21/03/2025)", text=text)) from None


def _full_year(two_digits: int, today: date) -> int:
    year = (today.year + 1) // 100 * 100 + two_digits
    return year if year <= today.year + 1 else year - 100


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the end of a shorter month."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def months_between(start: date, end: date) -> int:
    """Whole calendar months from start's month to end's month (inclusive count - 1)."""
    return (end.year - start.year) * 12 + end.month - start.month


def format_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def check_period(start: date, end: date) -> None:
    """Refuse a report period that starts after it ends."""
    if start > end:
        raise ValidationError(tr("The period starts after it ends; swap the two dates."))
