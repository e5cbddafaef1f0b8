"""Text from users made safe for a spreadsheet cell (xlsx or CSV).

A cell that starts with `= + - @`, a tab or a line break can be run as a formula by
Excel or LibreOffice (CSV/formula injection). `escape_text` is the one rule every
writer of xlsx and CSV applies to every text it writes, after any stripping of its
own: it removes the control characters a workbook cannot hold (an old book may still
contain them) and says whether the text must be marked as plain text.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# What XML 1.0 (so xlsx) cannot hold: C0 controls except tab, line feed, carriage return.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def escape_text(text: str) -> tuple[str, bool]:
    """`(text, as_text)`: the text without unwritable characters, and True when a
    spreadsheet could read it as a formula (the writer must then mark it as text)."""
    cleaned = _UNWRITABLE.sub("", text)
    return cleaned, cleaned.startswith(FORMULA_STARTS)


def csv_value(value: object) -> object:
    """A value for a CSV cell: formula-like text gets a leading apostrophe."""
    if not isinstance(value, str):
        return value
    text, as_text = escape_text(value)
    return "'" + text if as_text else text
