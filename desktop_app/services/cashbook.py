"""The cash book (Buku Kas): cash movements listed page by page, and simple cash postings.

`CashbookSource` is the plain-Python row source behind the cash book table: SQL with
filters, newest first, fetched in pages. Consecutive pages continue from the last row
shown (keyset paging), so scrolling deep into a million-line journal stays as fast as
the first page. `post_cash_movement` builds the Dr/Cr Kas lines of an income, expense,
grant or transfer (`domain/postings`) so that the UI never does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import contains_any, distinct_list
from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import (
    BANK,
    KAS,
    SIMPANAN_POKOK,
    SIMPANAN_WAJIB,
    AccountType,
)
from desktop_app.domain.money import format_amount
from desktop_app.domain.postings import cash_in_draft, cash_out_draft
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.labels import kind_label
from desktop_app.services import ledger, settings
from desktop_app.services.chart import AccountInfo, list_accounts
from desktop_app.services.context import require, transaction
from desktop_app.services.rows import escape_like


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class CashRow(NamedTuple):
    """One row of the cash book; the first eight fields are the table's columns."""

    date: date
    number: int
    kind: str  # translated
    description: str
    accounts: str  # the other side of the entry: "5201 Beban Operasional"
    cash_in: int | None
    cash_out: int | None
    status: str  # translated: reversed / reversal of entry N
    kind_code: str
    reversed: bool


@dataclass(frozen=True)
class CashFilter:
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    text: str = ""
    cash_only: bool = True  # False lists every journal entry (to find and reverse any)


# The page of entry ids is chosen first (an index walk, no per-row work), then only
# those rows get their columns, each a probe of the (account_id, entry_id) index.
_ROW_SQL = """
SELECT e.id, e.date, e.kind, e.description, e.reverses_id,
  (SELECT SUM(l.amount) FROM journal_line l
    WHERE l.entry_id = e.id AND l.account_id = :kas AND l.amount > 0) AS cash_in,
  (SELECT -SUM(l.amount) FROM journal_line l
    WHERE l.entry_id = e.id AND l.account_id = :kas AND l.amount < 0) AS cash_out,
  (SELECT {others} FROM journal_line l
    WHERE l.entry_id = e.id AND +l.account_id != :kas) AS others,
  EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = e.id) AS is_reversed,
  (SELECT m.number || ' ' || m.name FROM member m WHERE m.id =
    (SELECT MIN(+l.member_id) FROM journal_line l WHERE l.entry_id = e.id)) AS member
FROM (SELECT e.id FROM journal_entry e {where} {order} LIMIT :limit OFFSET :skip) AS page
JOIN journal_entry e ON e.id = page.id {order}
"""


class CashbookSource:
    """A `RowSource` over the journal, newest first (or oldest first when sorted so)."""

    def __init__(self, sessions: Callable[[], Session], filters: CashFilter = CashFilter()):
        self.sessions = sessions
        self.filters = filters
        self.descending = True
        with sessions() as session:
            accounts = list_accounts(session)
        self.kas_id = next(a.id for a in accounts if a.code == KAS)
        self.account_names = {a.id: f"{a.code} {a.name}" for a in accounts}
        self._cursor: tuple[int, str, int] | None = None  # (offset, date, id) of the next page

    def set_filters(self, filters: CashFilter) -> None:
        self.filters = filters
        self._cursor = None

    def sort(self, column: int, descending: bool) -> None:
        """Entries are kept in date order; any column click flips newest/oldest first."""
        self.descending = descending
        self._cursor = None

    def _where(self, session: Session) -> tuple[list[str], dict]:
        f = self.filters
        clauses: list[str] = []
        params: dict = {"kas": self.kas_id}
        if f.cash_only:
            clauses.append(
                "EXISTS (SELECT 1 FROM journal_line c WHERE c.entry_id = e.id "
                "AND c.account_id = :kas)"
            )
        if f.date_from:
            clauses.append("e.date >= :date_from")
            params["date_from"] = f.date_from.isoformat()
        if f.date_to:
            clauses.append("e.date <= :date_to")
            params["date_to"] = f.date_to.isoformat()
        if f.kind:
            clauses.append("e.kind = :kind")
            params["kind"] = f.kind
        if f.text.strip():
            clauses.append(
                f"({contains_any(session, ('e.description',), ':text')} "
                "OR CAST(e.id AS TEXT) = :exact)"
            )
            needle = f.text.strip()
            params.update(text=f"%{escape_like(needle)}%", exact=needle)
        return clauses, params

    def count(self) -> int:
        if self.filters == CashFilter():  # the whole cash book: one covering-index scan
            with self.sessions() as session:
                return session.scalar(
                    text("SELECT COUNT(DISTINCT entry_id) FROM journal_line WHERE account_id = :kas"),
                    {"kas": self.kas_id},
                )
        with self.sessions() as session:
            clauses, params = self._where(session)
            where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
            return session.scalar(text(f"SELECT COUNT(*) FROM journal_entry e{where}"), params)

    def fetch(self, offset: int, limit: int) -> Sequence[CashRow]:
        order = "DESC" if self.descending else "ASC"
        skip = offset
        with self.sessions() as session:
            clauses, params = self._where(session)
            if self._cursor and self._cursor[0] == offset:  # the next page: continue after it
                clauses.append(
                    f"(e.date, e.id) {'<' if self.descending else '>'} (:after, :after_id)")
                params.update(after=self._cursor[1], after_id=self._cursor[2])
                skip = 0
            where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
            sql = _ROW_SQL.format(
                where=where, order=f"ORDER BY e.date {order}, e.id {order}",
                others=distinct_list(session, "l.account_id"),
            )
            raw = session.execute(text(sql), {**params, "limit": limit, "skip": skip}).all()
        rows = [self._row(r) for r in raw]
        if rows:
            self._cursor = (offset + len(rows), rows[-1].date.isoformat(), rows[-1].number)
        return rows

    def _row(self, r) -> CashRow:
        (entry_id, day, kind, description, reverses_id, cash_in, cash_out, others, is_reversed,
         member) = r
        if member and member.split(" ", 1)[-1] not in description:
            description = f"{description} — {member}"  # whose money it was
        names = sorted(self.account_names[int(i)] for i in others.split(",")) if others else []
        if is_reversed:
            status = tr("Reversed")
        elif reverses_id:
            status = tr("Reverses no. {number}", number=reverses_id)
        else:
            status = ""
        return CashRow(
            date.fromisoformat(day) if isinstance(day, str) else day, entry_id, kind_label(kind),
            description, ", ".join(names), cash_in, cash_out, status, kind, bool(is_reversed),
        )


@dataclass(frozen=True)
class PeriodCash:
    opening: int  # cash at the start of the first day
    closing: int  # cash at the end of the last day


def period_cash(session: Session, date_from: date | None, date_to: date | None) -> PeriodCash:
    """Cash before `date_from` and through `date_to`, from the summary and the dated journal."""
    total = ledger.account_balance(session, KAS)
    opening = _cash_through(session, date_from - timedelta(days=1), total) if date_from else 0
    if date_to is None:
        return PeriodCash(opening, total)
    if date_from is None or date_to < date_from:
        return PeriodCash(opening, _cash_through(session, date_to, total))
    return PeriodCash(opening, opening + _cash_between(session, date_from, date_to))


def _cash_between(session: Session, first: date, last: date) -> int:
    return _cash_lines_sum(session, "e.date BETWEEN :first AND :last",
                           first=first.isoformat(), last=last.isoformat())


def _cash_through(session: Session, day: date, total: int) -> int:
    """Kas balance at the end of `day`, summing whichever side of `day` is shorter."""
    first, last = session.execute(
        select(func.min(JournalEntry.date), func.max(JournalEntry.date))
    ).one()
    if first is None or day < first:
        return 0
    if day >= last:
        return total
    if day - first < (last - first) / 2:
        return _cash_lines_sum(session, "e.date <= :day", day=day.isoformat())
    return total - _cash_lines_sum(session, "e.date > :day", day=day.isoformat())


def _cash_lines_sum(session: Session, condition: str, **params) -> int:
    """Sum of Kas lines of the entries meeting `condition` (on the entry `e`)."""
    # CROSS JOIN makes SQLite walk the date range, then probe each entry's cash lines.
    return session.scalar(
        text(
            "SELECT COALESCE(SUM(l.amount), 0) FROM journal_entry e "
            f"CROSS JOIN journal_line l WHERE l.entry_id = e.id AND {condition} "
            "AND l.account_id = (SELECT id FROM account WHERE code = :kas)"
        ),
        {**params, "kas": KAS},
    )


def cash_accounts(session: Session) -> list[AccountInfo]:
    """Accounts a simple cash income or expense may go against (not members' savings)."""
    allowed = {AccountType.INCOME, AccountType.EXPENSE, AccountType.EQUITY}
    return [
        a for a in list_accounts(session)
        if a.active and (a.type in allowed or a.code == BANK)
        and a.code not in (SIMPANAN_POKOK, SIMPANAN_WAJIB)
    ]


@dataclass(frozen=True)
class CashMovement:
    on: date
    direction: Direction
    account: str  # account code on the other side of Kas
    amount: int
    description: str


def post_cash_movement(session: Session, movement: CashMovement) -> int:
    """Post cash in (Dr Kas, Cr account) or out (Dr account, Cr Kas); return the entry id."""
    with transaction(session):
        require(session, Permission.POST)
        account = _check_movement(session, movement)
        build = cash_in_draft if movement.direction == Direction.IN else cash_out_draft
        return ledger.post_in_transaction(session, build(
            movement.on, account.code, account.type, movement.amount,
            movement.description.strip()))


def _check_movement(session: Session, movement: CashMovement) -> AccountInfo:
    account = next((a for a in cash_accounts(session) if a.code == movement.account), None)
    if account is None:
        raise ValidationError(
            tr("Account {code} cannot be used for a simple cash entry.", code=movement.account)
        )
    if type(movement.amount) is not int or movement.amount <= 0:
        raise ValidationError(tr("The amount must be above zero."))
    if not movement.description.strip():
        raise ValidationError(tr("Write what the money was for."))
    if movement.direction == Direction.OUT:
        cash = ledger.account_balance(session, KAS)
        if movement.amount > cash:
            profile = settings.get_profile(session)
            raise ValidationError(
                tr("There is only {cash} in cash.",
                   cash=format_amount(cash, profile.minor_digits, profile.currency))
            )
    return account
