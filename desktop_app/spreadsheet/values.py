"""Reading one cell as treasurers type it: dates, amounts, percentages, yes/no, types.

Each parser returns the value in the book's terms or raises `CellError` with a message
that says what is wrong and how to write it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.accounts import SIMPANAN_POKOK, SIMPANAN_SUKARELA, SIMPANAN_WAJIB
from desktop_app.domain.dates import DateError, parse_date
from desktop_app.domain.limits import (
    EARLIEST_BIRTH_DATE,
    EARLIEST_DATE,
    LimitError,
    check_amount,
    check_date,
    has_control_character,
)
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.money import AmountError, parse_amount, parse_percent
from desktop_app.i18n import tr
from desktop_app.spreadsheet.columns import Kind, normalise


class CellError(ValueError):
    """A cell that cannot be read; the message is in the UI language."""


def text(value: object, minor_digits: int = 0) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into a text column: 12 -> "12"
    if isinstance(value, datetime | date):
        raise CellError(tr("a date is not allowed here"))
    result = str(value).strip()
    if has_control_character(result):
        raise CellError(tr("remove the control character (an invisible character copied "
                           "from another program)"))
    return result


def a_date(value: object, minor_digits: int = 0, earliest: date = EARLIEST_DATE,
           latest: date | None = None) -> date:
    try:
        return check_date(parse_date(value.strip() if isinstance(value, str) else value),
                          earliest=earliest, latest=latest)
    except (DateError, LimitError) as exc:
        raise CellError(str(exc)) from None


def birth_date(value: object, minor_digits: int = 0) -> date:
    return a_date(value, minor_digits, EARLIEST_BIRTH_DATE, date.today())


def amount(value: object, minor_digits: int = 0) -> int:
    if type(value) is float and value.is_integer() and 0 <= value < 1e15:  # the usual cell
        return int(value) * 10**minor_digits
    if isinstance(value, datetime | date):
        raise CellError(tr("a date is not an amount"))
    try:
        result = check_amount(parse_amount(value, minor_digits))
    except (AmountError, LimitError) as exc:
        raise CellError(str(exc)) from None
    if result < 0:
        raise CellError(tr("the amount must not be negative"))
    return result


def quantity(value: object, minor_digits: int = 0) -> int:
    return amount(value, 0)


def integer(value: object, minor_digits: int = 0) -> int:
    result = quantity(value)
    if result == 0:
        raise CellError(tr("must be a whole number above zero"))
    return result


def percent(value: object, minor_digits: int = 0) -> Decimal:
    if isinstance(value, datetime | date):
        raise CellError(tr("a date is not a percentage"))
    try:
        result = parse_percent(value)
    except AmountError as exc:
        raise CellError(str(exc)) from None
    if result < 0 or result > 100:
        raise CellError(tr("the percentage must be between 0 and 100"))
    return result


def _choice(
    table: dict[str, object], message: Callable[[str], str]
) -> Callable[[object, int], object]:
    seen: dict[object, object] = {}  # the same few words fill a whole column

    def parse(value: object, minor_digits: int = 0) -> object:
        if value in seen:
            return seen[value]
        key = normalise(value)
        if key in table:
            if len(seen) < 1000:
                seen[value] = table[key]
            return table[key]
        raise CellError(message(str(value).strip()))

    return parse


yes_no = _choice(
    {**dict.fromkeys(("ya", "yes", "y", "true", "1", "benar"), True),
     **dict.fromkeys(("tidak", "no", "t", "n", "false", "0", "bukan", "tdk"), False)},
    lambda value: tr("'{value}' is not yes or no (write Ya or Tidak)", value=value),
)
gender = _choice(
    {**dict.fromkeys(("p", "f", "perempuan", "wanita", "female", "woman"), "F"),
     **dict.fromkeys(("l", "m", "lakilaki", "pria", "male", "man"), "M")},
    lambda value: tr("'{value}' is not a gender (write P or L)", value=value),
)
_TYPES = {
    SIMPANAN_POKOK: ("pokok", "principal"),
    SIMPANAN_WAJIB: ("wajib", "mandatory"),
    SIMPANAN_SUKARELA: ("sukarela", "voluntary"),
}
savings_type = _choice(
    {
        prefix + word + suffix: code
        for code, words in _TYPES.items()
        for word in words
        for prefix in ("", "simpanan")
        for suffix in ("", "savings")
    },
    lambda value: tr("'{value}' is not a savings type (write Pokok, Wajib or Sukarela)", value=value),
)
method = _choice(
    {"flat": "flat", "tetap": "flat",
     "menurun": "menurun", "declining": "menurun", "efektif": "menurun",
     "anuitas": "anuitas", "annuity": "anuitas"},
    lambda value: tr("'{value}' is not a loan method (write Flat, Menurun or Anuitas)", value=value),
)
status = _choice(
    {"aktif": MemberStatus.ACTIVE, "active": MemberStatus.ACTIVE,
     "keluar": MemberStatus.LEFT, "left": MemberStatus.LEFT},
    lambda value: tr("'{value}' is not a member status (write Aktif or Keluar)", value=value),
)
application = _choice(
    {"diajukan": "applied", "applied": "applied", "pengajuan": "applied",
     "disetujui": "approved", "approved": "approved",
     "ditolak": "rejected", "rejected": "rejected"},
    lambda value: tr("'{value}' is not an application status (write Diajukan, Disetujui or "
                     "Ditolak)", value=value),
)

PARSERS: dict[Kind, Callable[[object, int], object]] = {
    Kind.TEXT: text,
    Kind.DATE: a_date,
    Kind.BIRTH_DATE: birth_date,
    Kind.AMOUNT: amount,
    Kind.QUANTITY: quantity,
    Kind.INTEGER: integer,
    Kind.PERCENT: percent,
    Kind.YES_NO: yes_no,
    Kind.GENDER: gender,
    Kind.SAVINGS_TYPE: savings_type,
    Kind.METHOD: method,
    Kind.STATUS: status,
    Kind.APPLICATION: application,
}


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse(kind: Kind, value: object, minor_digits: int = 0) -> object:
    """The cell read as `kind`; None for a blank cell."""
    if is_blank(value):
        return None
    return PARSERS[kind](value, minor_digits)
