"""Money as integers of the book's minor unit: parsing and formatting.

Amounts are never floats. A whole-Rupiah book has 0 minor digits, so `Rp 1.250.000`
is the integer 1250000. Parsing accepts what treasurers type: `Rp 50.000`,
`Rp. 100.000,-`, `50,000`, `(5.000)`; formatting writes the Indonesian form.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.i18n import tr

CURRENCY_SYMBOLS = {"IDR": "Rp"}

_PREFIX = re.compile(r"^(rp\.?|idr)\s*", re.IGNORECASE)
_DASH_SUFFIX = re.compile(r"[.,]\s*-+$")
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


class AmountError(ValueError):
    """The text is not an amount of this book; the message says why."""


def parse_amount(value: object, minor_digits: int = 0) -> int:
    """Return `value` in minor units, or raise AmountError with a readable reason."""
    if isinstance(value, bool):
        raise AmountError(tr("{value} is not an amount", value=value))
    if isinstance(value, int):
        return value * 10**minor_digits
    if isinstance(value, float):
        return _to_minor(Decimal(repr(value)), minor_digits, value)
    if isinstance(value, Decimal):
        return _to_minor(value, minor_digits, value)
    if not isinstance(value, str):
        raise AmountError(tr("{value} is not an amount", value=value))
    return _parse_text(value, minor_digits)


def _parse_text(text: str, minor_digits: int) -> int:
    original = text
    cleaned = text.replace("\u00a0", " ").strip()
    if not cleaned:
        raise AmountError(tr("Enter an amount."))
    if cleaned.count("-") > 1 + bool(_DASH_SUFFIX.search(cleaned)):
        raise AmountError(tr("'{text}' is not an amount", text=cleaned))
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1].strip()
    if cleaned.startswith("-"):
        negative, cleaned = not negative, cleaned[1:].strip()
    cleaned = _PREFIX.sub("", cleaned)
    if cleaned.startswith("-"):
        negative, cleaned = not negative, cleaned[1:].strip()
    cleaned = _DASH_SUFFIX.sub("", cleaned).replace(" ", "")
    if not cleaned or not _DIGITS.match(cleaned):
        raise AmountError(tr("'{text}' is not an amount", text=original.strip()))
    whole, fraction = _split_separators(cleaned, minor_digits)
    try:
        number = Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation as exc:  # pragma: no cover - regex already guards
        raise AmountError(tr("'{text}' is not an amount", text=original.strip())) from exc
    minor = _to_minor(number, minor_digits, original.strip())
    return -minor if negative else minor


def _split_separators(number: str, minor_digits: int) -> tuple[str, str]:
    """Split digits with `.`/`,` into (whole digits, fraction digits).

    A whole-unit book reads a lone `.` or `,` before three digits as thousands; a book
    with minor digits reads a lone comma as the Indonesian decimal comma (`1,500`).
    """
    separators = [ch for ch in number if ch in ".,"]
    if not separators:
        return number, ""
    if minor_digits and separators == [","]:
        whole, _, fraction = number.partition(",")
        return whole, fraction
    groups = re.split(r"[.,]", number)
    if len(set(separators)) == 2:
        decimal_sep = number[max(number.rfind("."), number.rfind(","))]
        whole, _, fraction = number.rpartition(decimal_sep)
        grouping = "," if decimal_sep == "." else "."
        if decimal_sep in whole or not _is_grouped(whole.split(grouping)):
            raise AmountError(tr("'{text}' is not an amount", text=number))
        return whole.replace(grouping, ""), fraction
    if _is_grouped(groups):
        return "".join(groups), ""
    if len(groups) == 2:
        return groups[0], groups[1]
    raise AmountError(tr("'{text}' is not an amount", text=number))


def _is_grouped(groups: list[str]) -> bool:
    """True when the groups read as thousands: 1-3 digits, then exactly 3 each."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _to_minor(number: Decimal, minor_digits: int, shown: object) -> int:
    if not number.is_finite():
        raise AmountError(tr("'{text}' is not an amount", text=shown))
    scaled = number.scaleb(minor_digits)
    if scaled != scaled.to_integral_value():
        raise AmountError(
            tr("'{text}' has more decimals than this book keeps", text=shown)
        )
    return int(scaled)


def round_half_up(value: Decimal, unit: int = 1) -> int:
    """Round a Decimal amount (in minor units) half up to a multiple of `unit`."""
    steps = (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(steps) * unit


def format_number(minor: int, minor_digits: int = 0) -> str:
    """`1250000` -> `1.250.000` (Indonesian grouping, decimal comma)."""
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**minor_digits)
    text = f"{whole:,}".replace(",", ".")
    if minor_digits:
        text += "," + str(fraction).rjust(minor_digits, "0")
    return sign + text


def format_amount(minor: int, minor_digits: int = 0, currency: str = "IDR") -> str:
    """`1250000` -> `Rp 1.250.000`; negatives as `-Rp 50.000`."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    sign = "-" if minor < 0 else ""
    return f"{sign}{symbol} {format_number(abs(minor), minor_digits)}"


def parse_percent(value: object) -> Decimal:
    """`1,5`, `1.5`, `1,5%` or a number -> Decimal('1.5')."""
    if isinstance(value, bool):
        raise AmountError(tr("{value} is not a percentage", value=value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise AmountError(tr("'{text}' is not a percentage", text=str(value).strip())) from None
    if not number.is_finite():
        raise AmountError(tr("'{text}' is not a percentage", text=str(value).strip()))
    return number
