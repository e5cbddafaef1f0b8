"""Journal totals per account and month, kept up to date from a high-water mark.

Posted entries are never changed or deleted and new ones get ever larger ids, so the
table only ever needs the entries above the last id it has counted. `refresh` adds
them (the first call on a large book counts everything once, later calls only what was
posted since) and runs inside the caller's transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import year_month
from desktop_app.domain.accounts import EntryKind
from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.context import transaction

_MARK = "cache.account_month_through_entry"
CLOSING_KIND = str(EntryKind.YEAR_END)


def refresh(session: Session) -> None:
    with transaction(session):
        mark = int(settings.get(session, _MARK, "0") or 0)
        top = session.scalar(text("SELECT COALESCE(MAX(id), 0) FROM journal_entry"))
        if top <= mark:
            return
        session.execute(
            text(
                "INSERT INTO account_month (account_id, month, closing, amount) "
                f"SELECT l.account_id, {year_month(session, 'e.date')}, e.kind = :closing, "
                "SUM(l.amount) FROM journal_entry e CROSS JOIN journal_line l "
                "WHERE l.entry_id = e.id AND e.id > :mark AND e.id <= :top "
                "GROUP BY 1, 2, 3 ON CONFLICT(account_id, month, closing) "
                "DO UPDATE SET amount = account_month.amount + excluded.amount"
            ),
            {"closing": CLOSING_KIND, "mark": mark, "top": top},
        )
        settings.put(session, _MARK, str(top))


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def totals(
    session: Session, first: str | None, last: str, *, include_closing: bool = True
) -> dict[int, int]:
    """Sum per account id over months `first`..`last` ('YYYY-MM', None = from the start)."""
    refresh(session)
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
    refresh(session)
    ids = ", ".join(str(i) for i in account_ids) or "NULL"
    return session.execute(
        text(
            "SELECT month, account_id, SUM(amount) FROM account_month "
            f"WHERE month >= :first AND account_id IN ({ids}) GROUP BY month, account_id"
        ),
        {"first": first},
    ).all()


def check_matches_journal(session: Session) -> list[str]:
    """`check`: the monthly totals counted so far equal the journal they were counted from."""
    mark = int(settings.get(session, _MARK, "0") or 0)
    rows = session.execute(
        text(
            f"WITH j AS (SELECT l.account_id, {year_month(session, 'e.date')} AS month, "
            "e.kind = :closing AS closing, SUM(l.amount) AS amount "
            "FROM journal_entry e CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            "AND e.id <= :mark GROUP BY 1, 2, 3) "
            "SELECT j.account_id, j.month, COALESCE(m.amount, 0), j.amount FROM j "
            "LEFT JOIN account_month m ON m.account_id = j.account_id AND m.month = j.month "
            "AND m.closing = j.closing WHERE COALESCE(m.amount, 0) != j.amount "
            "UNION ALL SELECT m.account_id, m.month, m.amount, 0 FROM account_month m "
            "LEFT JOIN j ON j.account_id = m.account_id AND j.month = m.month "
            "AND j.closing = m.closing WHERE j.account_id IS NULL AND m.amount != 0"
        ),
        {"closing": CLOSING_KIND, "mark": mark},
    ).all()
    return [
        tr("Monthly total of account {account} for {month} is {stored} but the journal "
           "says {actual}", account=a, month=m, stored=s, actual=t)
        for a, m, s, t in rows
    ]
