"""Journal totals per account and month, kept in step by the posting path.

`ledger.JournalWriter` adds the lines of every batch it writes (`add`), in the same
transaction, as it does for the account and member balances; migration 0007 counted the
journal once for books made before. Reports and the dashboard read the table as it is:
nothing is built on a user's first click. `check` compares it with the journal.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import execute_rows, year_month
from desktop_app.domain.accounts import EntryKind
from desktop_app.i18n import tr

CLOSING_KIND = str(EntryKind.YEAR_END)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def add(session: Session, deltas: dict[tuple[int, str, bool], int]) -> None:
    """Add `deltas` {(account id, 'YYYY-MM', closing): amount} inside the caller's
    transaction (the posting path's)."""
    execute_rows(session, _ADD, [(a, m, c, d) for (a, m, c), d in deltas.items()])


_ADD = text(
    "INSERT INTO account_month (account_id, month, closing, amount) "
    "VALUES (:a, :m, :c, :d) ON CONFLICT(account_id, month, closing) "
    "DO UPDATE SET amount = account_month.amount + excluded.amount"
)


def totals(
    session: Session, first: str | None, last: str, *, include_closing: bool = True
) -> dict[int, int]:
    """Sum per account id over months `first`..`last` ('YYYY-MM', None = from the start)."""
    since = "" if first is None else "AND month >= :first "
    rows = session.execute(
        text(
            f"SELECT account_id, SUM(amount) FROM account_month WHERE month <= :last {since}"
            "AND (:closing OR NOT closing) GROUP BY account_id"
        ),
        {"first": first, "last": last, "closing": include_closing},
    )
    return dict(rows.all())


def by_month(session: Session, first: str, account_ids: list[int]) -> list[tuple[str, int, int]]:
    """(month, account id, amount) from month `first` on, for the given accounts."""
    ids = ", ".join(str(int(i)) for i in account_ids) or "NULL"
    return session.execute(
        text(
            "SELECT month, account_id, SUM(amount) FROM account_month "
            f"WHERE month >= :first AND account_id IN ({ids}) GROUP BY month, account_id"
        ),
        {"first": first},
    ).all()


def check_matches_journal(session: Session) -> list[str]:
    """`check`: the monthly totals equal a fresh aggregation of the journal."""
    rows = session.execute(
        text(
            f"WITH j AS (SELECT l.account_id, {year_month(session, 'e.date')} AS month, "
            "e.kind = :closing AS closing, SUM(l.amount) AS amount "
            "FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id "
            "GROUP BY 1, 2, 3) "
            "SELECT j.account_id, j.month, COALESCE(m.amount, 0), j.amount FROM j "
            "LEFT JOIN account_month m ON m.account_id = j.account_id AND m.month = j.month "
            "AND m.closing = j.closing WHERE COALESCE(m.amount, 0) != j.amount "
            "UNION ALL SELECT m.account_id, m.month, m.amount, 0 FROM account_month m "
            "LEFT JOIN j ON j.account_id = m.account_id AND j.month = m.month "
            "AND j.closing = m.closing WHERE j.account_id IS NULL AND m.amount != 0"
        ),
        {"closing": CLOSING_KIND},
    ).all()
    return [
        tr("Monthly total of account {account} for {month} is {stored} but the journal "
           "says {actual}", account=a, month=m, stored=s, actual=t)
        for a, m, s, t in rows
    ]
