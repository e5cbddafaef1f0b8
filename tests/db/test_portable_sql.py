"""Queries run on SQLite and PostgreSQL: no SQLite-only function in raw SQL.

The few spellings that differ live in desktop_app/db/dialect.py; anywhere else these
fail on a server book (or, for LIKE, behave differently), so the source is searched.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "desktop_app"
ALLOWED = {SOURCE / "db" / "dialect.py"}

SQLITE_ONLY = {
    "strftime() in SQL": re.compile(r"(?<![.\w])strftime\(\s*'"),
    "julianday()": re.compile(r"\bjulianday\(", re.I),
    "group_concat()": re.compile(r"\bgroup_concat\(", re.I),
    "two-argument MAX/MIN with a number": re.compile(r"\b(MAX|MIN)\(\s*-?\d+\s*,"),
    "CROSS JOIN ... ON": re.compile(r"CROSS JOIN \w+ \w+ ON\b", re.I),
    "substr() on a date": re.compile(r"\bsubstr\(\s*\w+\.?\w*date", re.I),
    "IFNULL()": re.compile(r"\bIFNULL\(", re.I),
    "date('now')/datetime('now')": re.compile(r"\b(date|datetime)\('now'", re.I),
    "a boolean compared with 0 or 1": re.compile(r"\b(reversed|active|closing)\s*=\s*[01]\b"),
}


def sources() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if p not in ALLOWED)


def test_the_search_finds_what_it_looks_for():
    sample = (
        "SELECT strftime('%Y-%m', e.date), julianday(:d), group_concat(x), MAX(0, y) "
        "FROM journal_entry e CROSS JOIN journal_line l ON l.entry_id = e.id "
        "WHERE substr(m.join_date, 1, 4) AND IFNULL(a, 0) AND reversed = 0"
    )
    found = {name for name, pattern in SQLITE_ONLY.items() if pattern.search(sample)}
    assert found == set(SQLITE_ONLY) - {"date('now')/datetime('now')"}
    assert not SQLITE_ONLY["strftime() in SQL"].search('day.strftime("%d/%m/%Y")')


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_sqlite_only_sql(path: Path):
    text = path.read_text(encoding="utf-8")
    hits = [
        f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}: {name}"
        for name, pattern in SQLITE_ONLY.items()
        for match in pattern.finditer(text)
    ]
    assert not hits, "SQLite-only SQL (use desktop_app/db/dialect.py):\n" + "\n".join(hits)
