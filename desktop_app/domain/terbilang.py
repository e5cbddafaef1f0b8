"""Amounts in Indonesian words (*terbilang*), as written on a receipt.

`terbilang(50_000)` -> "lima puluh ribu"; `rupiah_words(50_000)` -> "lima puluh ribu rupiah".
Indonesian says *seratus*, *seribu* and *sebelas* for one hundred, one thousand and eleven,
but *satu juta* for a million.
"""

from __future__ import annotations

_DIGITS = (
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _below_thousand(number: int) -> list[str]:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words.append(f"{_DIGITS[hundreds]} ratus")
    if rest < 12:
        if rest:
            words.append(_DIGITS[rest])
    elif rest < 20:
        words.append(f"{_DIGITS[rest - 10]} belas")
    else:
        tens, ones = divmod(rest, 10)
        words.append(f"{_DIGITS[tens]} puluh")
        if ones:
            words.append(_DIGITS[ones])
    return words


def _positive(number: int) -> list[str]:
    words: list[str] = []
    for value, name in _SCALES:
        count, number = divmod(number, value)
        if count == 1 and value == 1000:
            words.append("seribu")
        elif count:
            words.extend(_positive(count))
            words.append(name)
    words.extend(_below_thousand(number))
    return words


def terbilang(number: int) -> str:
    """A whole number in Indonesian words: 12_300_000 -> "dua belas juta tiga ratus ribu"."""
    if number == 0:
        return "nol"
    if number < 0:
        return "minus " + terbilang(-number)
    return " ".join(_positive(number))


def rupiah_words(minor: int, minor_digits: int = 0) -> str:
    """An amount in minor units as words with its currency: "lima puluh ribu rupiah"."""
    whole, cents = divmod(abs(minor), 10**minor_digits)
    text = f"{terbilang(whole)} rupiah"
    if cents:
        text += f" {terbilang(cents)} sen"
    return ("minus " if minor < 0 else "") + text
