"""Reading a CSV file as a one-sheet workbook.

Treasurers' CSV comes from Excel in either convention: comma-separated with a decimal
point, or (Indonesian/European settings) semicolon-separated with a decimal comma; saved
as UTF-8 (with or without a byte-order mark) or as Windows-1252. Cells stay text: the
same value parsers as for a workbook read `Rp 50.000`, `1,5` and `21/03/2025`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from desktop_app.spreadsheet import guard

SEPARATORS = (";", ",", "\t")


def decode(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8 (nearly never by chance), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def separator(text: str) -> str:
    """The separator that splits the first lines most evenly into more than one cell."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", 0
    for candidate in SEPARATORS:
        counts = [len(next(csv.reader([line], delimiter=candidate))) for line in lines]
        if not counts or max(counts) < 2:
            continue
        score = max(counts) * 10 + sum(c == max(counts) for c in counts)
        if score > best_score:
            best, best_score = candidate, score
    return best


def read(path: Path) -> str:
    return decode(path.read_bytes())


def rows(text: str, title: str) -> Iterator[tuple[int, tuple]]:
    """Numbered rows of cells (None for blank), refusing a line wider than the bounds."""
    for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=separator(text)),
                                   start=1):
        if len(cells) > guard.MAX_COLUMNS:
            guard.refuse_extent(title, number, len(cells))
        yield number, tuple(c.strip() or None for c in cells)
