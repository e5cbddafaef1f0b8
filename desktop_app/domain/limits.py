"""The limits every amount, date and text must keep, whoever enters it (GUI, CLI,
import). Services call these checks before anything is written; each raises
`LimitError` with a message that names the field.

- Amounts: within ±10^15 minor units (a thousand trillion Rupiah); balances and
  totals built from them within ±10^18, well inside the 64-bit integers the
  database stores, so no sum can overflow.
- Dates: from 1 January 1950 to one year after today (birth dates from 1900 to today).
- Texts: within their column's length, and without control characters (tab, line
  feed and carriage return are allowed where a text may span lines).
"""

from __future__ import annotations

import re
from datetime import date

from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

MAX_AMOUNT = 10**15
MAX_TOTAL = 10**18
EARLIEST_DATE = date(1950, 1, 1)
EARLIEST_BIRTH_DATE = date(1900, 1, 1)
NOTE_LENGTH = 2000  # free texts (notes, purposes, addresses) stored without a length
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class LimitError(ValidationError):
    """A value outside the book's limits; the message names the field when given."""


def _refuse(field: str | None, message: str) -> LimitError:
    return LimitError(tr("{field}: {message}", field=field, message=message) if field else message)


def latest_date(today: date | None = None) -> date:
    """One year after `today` (28 February for a 29 February)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def check_amount(amount: int, field: str | None = None) -> int:
    if not -MAX_AMOUNT <= amount <= MAX_AMOUNT:
        raise _refuse(field, tr("the amount is too large (the book accepts at most {limit})",
                                limit="1.000.000.000.000.000"))
    return amount


def check_total(total: int, field: str | None = None) -> int:
    if not -MAX_TOTAL <= total <= MAX_TOTAL:
        raise _refuse(field, tr("the total would pass the largest balance the book keeps "
                                "({limit}); nothing was written",
                                limit="1.000.000.000.000.000.000"))
    return total


def check_date(day: date, field: str | None = None, today: date | None = None,
               earliest: date = EARLIEST_DATE, latest: date | None = None) -> date:
    latest = latest or latest_date(today)
    if not earliest <= day <= latest:
        raise _refuse(field, tr("{date} is outside the dates the book accepts ({earliest} to "
                                "{latest})", date=day.strftime("%d/%m/%Y"),
                                earliest=earliest.strftime("%d/%m/%Y"),
                                latest=latest.strftime("%d/%m/%Y")))
    return day


def has_control_character(text: str) -> bool:
    return _CONTROL.search(text) is not None


def check_text(text: str | None, field: str | None = None, length: int | None = None) -> str | None:
    """Refuse control characters and a text longer than its column (`length`)."""
    if text is None:
        return None
    if has_control_character(text):
        raise _refuse(field, tr("remove the control character (an invisible character copied "
                                "from another program)"))
    if len(text) > (length or NOTE_LENGTH):
        raise _refuse(field, tr("at most {n} characters (this has {count})",
                                n=length or NOTE_LENGTH, count=len(text)))
    return text
