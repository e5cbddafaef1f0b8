"""`koperasi check`: verify a book from the bottom up and list every problem found.

Each check is a function returning problem strings; features add their own checks to
`CHECKS` (stock never negative, loan schedules consistent, ...).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import APPEND_ONLY_TABLES, is_postgresql
from desktop_app.domain.accounts import SAVINGS_ACCOUNTS
from desktop_app.i18n import tr
from desktop_app.services import joint_liability, loan_portfolio, month_totals, stock


def _integrity(session: Session) -> list[str]:
    if is_postgresql(session):
        return _server_guards(session)
    result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    return [] if result == ["ok"] else [tr("SQLite integrity: {detail}", detail=r) for r in result]


def _foreign_keys(session: Session) -> list[str]:
    if is_postgresql(session):  # enforced by the server; only a NOT VALID one can be broken
        rows = session.execute(text(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE NOT convalidated AND connamespace = 'public'::regnamespace"
        )).all()
        return [tr("Constraint {name} on table {table} is not validated", name=n, table=t)
                for t, n in rows]
    rows = session.execute(text("PRAGMA foreign_key_check")).all()
    return [tr("Broken reference in table {table}, row {row}", table=r[0], row=r[1]) for r in rows]


def _server_guards(session: Session) -> list[str]:
    """On a server book: the append-only triggers are all there and enabled."""
    enabled = set(session.scalars(text(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled != 'D'"
    )))
    return [
        tr("The append-only guard {name} is missing or disabled", name=name)
        for table in APPEND_ONLY_TABLES
        for name in (f"{table}_no_change", f"{table}_no_truncate")
        if name not in enabled
    ]


def _entries_balanced(session: Session) -> list[str]:
    rows = session.execute(
        text(
            "SELECT e.id, COALESCE(SUM(l.amount), 0), COUNT(l.id) FROM journal_entry e "
            "LEFT JOIN journal_line l ON l.entry_id = e.id GROUP BY e.id "
            "HAVING COALESCE(SUM(l.amount), 0) != 0 OR COUNT(l.id) < 2"
        )
    ).all()
    return [
        tr("Entry {id} does not balance (difference {diff}, {n} lines)", id=i, diff=d, n=n)
        for i, d, n in rows
    ]


def _account_summaries(session: Session) -> list[str]:
    rows = session.execute(
        text(
            "SELECT a.code, COALESCE(b.balance, 0), COALESCE(j.total, 0) FROM account a "
            "LEFT JOIN account_balance b ON b.account_id = a.id "
            "LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM journal_line "
            "GROUP BY account_id) j ON j.account_id = a.id "
            "WHERE COALESCE(b.balance, 0) != COALESCE(j.total, 0)"
        )
    ).all()
    return [
        tr("Account {code}: stored balance {stored} but the journal says {actual}",
           code=c, stored=s, actual=a)
        for c, s, a in rows
    ]


def _member_summaries(session: Session) -> list[str]:
    rows = session.execute(
        text(
            "WITH j AS (SELECT member_id, account_id, SUM(amount) AS total FROM journal_line "
            "WHERE member_id IS NOT NULL GROUP BY member_id, account_id) "
            "SELECT j.member_id, j.account_id, COALESCE(b.balance, 0), j.total FROM j "
            "LEFT JOIN member_balance b ON b.member_id = j.member_id "
            "AND b.account_id = j.account_id WHERE COALESCE(b.balance, 0) != j.total "
            "UNION ALL SELECT b.member_id, b.account_id, b.balance, 0 FROM member_balance b "
            "LEFT JOIN j ON j.member_id = b.member_id AND j.account_id = b.account_id "
            "WHERE j.member_id IS NULL AND b.balance != 0"
        )
    ).all()
    return [
        tr("Member {member}, account {account}: stored balance {stored} but the journal "
           "says {actual}", member=m, account=a, stored=s, actual=t)
        for m, a, s, t in rows
    ]


def _no_negative_savings(session: Session) -> list[str]:
    codes = ",".join(f"'{code}'" for code in SAVINGS_ACCOUNTS)
    rows = session.execute(
        text(
            "SELECT m.number, a.code, b.balance FROM member_balance b "
            "JOIN account a ON a.id = b.account_id JOIN member m ON m.id = b.member_id "
            f"WHERE a.code IN ({codes}) AND b.balance > 0"
        )
    ).all()
    return [
        tr("Member {number} has negative savings in account {code}: {amount}",
           number=n, code=c, amount=-b)
        for n, c, b in rows
    ]


CHECKS: list[Callable[[Session], list[str]]] = [
    _integrity,
    _foreign_keys,
    _entries_balanced,
    _account_summaries,
    _member_summaries,
    _no_negative_savings,
    stock.check_no_negative_stock,
    stock.check_stock_value,
    loan_portfolio.check_installments_match_repayments,
    loan_portfolio.check_outstanding_matches_journal,
    month_totals.check_matches_journal,
    joint_liability.check_claims,
]


def check_book(session: Session) -> list[str]:
    """Every problem found; an empty list means the book is sound."""
    problems: list[str] = []
    for check in CHECKS:
        problems.extend(check(session))
    return problems
