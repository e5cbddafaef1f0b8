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


def _per_row(session: Session, sql: str, problem: Callable[..., str]) -> list[str]:
    """One problem string, `problem(*row)`, for each row that `sql` finds."""
    return [problem(*row) for row in session.execute(text(sql))]


def _integrity(session: Session) -> list[str]:
    if is_postgresql(session):
        return _server_guards(session)
    result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    return [] if result == ["ok"] else [tr("SQLite integrity: {detail}", detail=r) for r in result]


def _foreign_keys(session: Session) -> list[str]:
    if is_postgresql(session):  # enforced by the server; only a NOT VALID one can be broken
        return _per_row(
            session,
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE NOT convalidated AND connamespace = 'public'::regnamespace",
            lambda t, n: tr("Constraint {name} on table {table} is not validated",
                            name=n, table=t),
        )
    return _per_row(
        session, "PRAGMA foreign_key_check",
        lambda table, row, *_: tr("Broken reference in table {table}, row {row}",
                                  table=table, row=row),
    )


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
    return _per_row(
        session,
        "SELECT e.id, COALESCE(SUM(l.amount), 0), COUNT(l.id) FROM journal_entry e "
        "LEFT JOIN journal_line l ON l.entry_id = e.id GROUP BY e.id "
        "HAVING COALESCE(SUM(l.amount), 0) != 0 OR COUNT(l.id) < 2",
        lambda i, d, n: tr("Entry {id} does not balance (difference {diff}, {n} lines)",
                           id=i, diff=d, n=n),
    )


def _account_summaries(session: Session) -> list[str]:
    return _per_row(
        session,
        "SELECT a.code, COALESCE(b.balance, 0), COALESCE(j.total, 0) FROM account a "
        "LEFT JOIN account_balance b ON b.account_id = a.id "
        "LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM journal_line "
        "GROUP BY account_id) j ON j.account_id = a.id "
        "WHERE COALESCE(b.balance, 0) != COALESCE(j.total, 0)",
        lambda c, s, a: tr("Account {code}: stored balance {stored} but the journal says "
                           "{actual}", code=c, stored=s, actual=a),
    )


def _member_summaries(session: Session) -> list[str]:
    return _per_row(
        session,
        "WITH j AS (SELECT member_id, account_id, SUM(amount) AS total FROM journal_line "
        "WHERE member_id IS NOT NULL GROUP BY member_id, account_id) "
        "SELECT j.member_id, j.account_id, COALESCE(b.balance, 0), j.total FROM j "
        "LEFT JOIN member_balance b ON b.member_id = j.member_id "
        "AND b.account_id = j.account_id WHERE COALESCE(b.balance, 0) != j.total "
        "UNION ALL SELECT b.member_id, b.account_id, b.balance, 0 FROM member_balance b "
        "LEFT JOIN j ON j.member_id = b.member_id AND j.account_id = b.account_id "
        "WHERE j.member_id IS NULL AND b.balance != 0",
        lambda m, a, s, t: tr("Member {member}, account {account}: stored balance {stored} "
                              "but the journal says {actual}",
                              member=m, account=a, stored=s, actual=t),
    )


def _no_negative_savings(session: Session) -> list[str]:
    codes = ",".join(f"'{code}'" for code in SAVINGS_ACCOUNTS)
    return _per_row(
        session,
        "SELECT m.number, a.code, b.balance FROM member_balance b "
        "JOIN account a ON a.id = b.account_id JOIN member m ON m.id = b.member_id "
        f"WHERE a.code IN ({codes}) AND b.balance > 0",
        lambda n, c, b: tr("Member {number} has negative savings in account {code}: {amount}",
                           number=n, code=c, amount=-b),
    )


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
