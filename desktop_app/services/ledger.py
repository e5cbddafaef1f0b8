"""Posting to the double-entry journal, the plain reversal (negated lines) and balances.

Every movement of money goes through `JournalWriter`: it refuses an unbalanced entry,
an unknown or inactive account, and a date in a closed period, and keeps the
per-account and per-member balances and the per-account monthly totals in step with
the lines it writes.
Single postings (`post`) and bulk ones (demo data, imports) share that one path.
Reversing an entry of any kind goes through `services/reversals`, whose table names
`reverse_in_transaction` for the kinds without domain state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import insert_returning_ids
from desktop_app.db.models import Account, AccountBalance, JournalEntry, JournalLine
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.dates import format_date
from desktop_app.domain.journal import EntryDraft, Line
from desktop_app.domain.limits import (
    check_amount,
    check_date,
    check_text,
    check_total,
    latest_date,
)
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, month_totals, receipt_numbers, settings
from desktop_app.services.context import current_actor, require, transaction
from desktop_app.services.month_totals import CLOSING_KIND, month_key

DESCRIPTION_LENGTH = 4000  # a note (NOTE_LENGTH) with the words a service puts around it


class JournalWriter:
    """Validate and write entries in batches in the caller's transaction."""

    def __init__(self, session: Session, *, batch_size: int = 2000, batch_id: int | None = None):
        self.session = session
        self.batch_size = batch_size
        self.batch_id = batch_id  # stamped on entries whose draft has none (an import)
        self.actor = current_actor(session).username
        self.closed_through = settings.closed_through(session)
        self.latest_date = latest_date()  # once, not date.today() per entry
        self.accounts = {
            code: (account_id, active)
            for account_id, code, active in session.execute(
                select(Account.id, Account.code, Account.active)
            )
        }
        self._entries: list[dict] = []
        self._lines: list[list[dict]] = []
        self.written = 0

    def validate(self, draft: EntryDraft) -> None:
        if len(draft.lines) < 2:
            raise ValidationError(tr("An entry needs at least two lines."))
        check_date(draft.date, tr("Date"), latest=self.latest_date)
        check_text(draft.description, tr("Note"), DESCRIPTION_LENGTH)
        for line in draft.lines:
            if type(line.amount) is not int:
                raise ValidationError(tr("Amounts must be whole numbers of the minor unit."))
            if line.amount == 0:
                raise ValidationError(tr("An entry line cannot be zero."))
            check_amount(line.amount, tr("Amount"))
            known = self.accounts.get(line.account)
            if known is None:
                raise ValidationError(tr("There is no account {code}.", code=line.account))
            if not known[1]:
                raise ValidationError(tr("Account {code} is closed.", code=line.account))
        total = sum(line.amount for line in draft.lines)
        if total != 0:
            raise ValidationError(
                tr("The entry does not balance: debits and credits differ by {diff}.", diff=total)
            )
        if self.closed_through and draft.date <= self.closed_through:
            raise ValidationError(
                tr(
                    "The books are closed through {date}; choose a later date.",
                    date=format_date(self.closed_through),
                )
            )

    def add(self, draft: EntryDraft) -> None:
        """Queue one entry (validated now, written at the next flush)."""
        self.validate(draft)
        self._entries.append(
            {
                "date": draft.date,
                "kind": str(draft.kind),
                "description": draft.description,
                "reference": draft.reference,
                "reverses_id": draft.reverses_id,
                "batch_id": draft.batch_id if draft.batch_id is not None else self.batch_id,
                "created_by": self.actor,
                "created_at": datetime.now(),
            }
        )
        self._lines.append(
            [
                {
                    "account_id": self.accounts[line.account][0],
                    "amount": line.amount,
                    "member_id": line.member_id,
                    "loan_id": line.loan_id,
                    "product_id": line.product_id,
                }
                for line in draft.lines
            ]
        )
        if len(self._entries) >= self.batch_size:
            self.flush()

    def flush(self) -> list[int]:
        """Write the queued entries; return their ids in the order they were added.

        Entries go in as one multi-row INSERT … RETURNING per batch (the ids come from
        the database, in the order given), lines as a plain Core executemany: no per-row
        ORM work and no round trip per row, on either engine.
        """
        if not self._entries:
            return []
        account_delta: dict[int, int] = defaultdict(int)
        for lines in self._lines:
            for row in lines:
                account_delta[row["account_id"]] += row["amount"]
        _check_totals(self.session, account_delta)  # before anything is written
        ids = insert_returning_ids(self.session, JournalEntry.__table__, self._entries)
        line_rows = []
        member_delta: dict[tuple[int, int], int] = defaultdict(int)
        month_delta: dict[tuple[int, str, bool], int] = defaultdict(int)
        for entry_id, entry, lines in zip(ids, self._entries, self._lines, strict=True):
            month = month_key(entry["date"])
            closing = entry["kind"] == CLOSING_KIND
            for row in lines:
                row["entry_id"] = entry_id
                line_rows.append(row)
                month_delta[(row["account_id"], month, closing)] += row["amount"]
                if row["member_id"] is not None:
                    member_delta[(row["member_id"], row["account_id"])] += row["amount"]
        _insert_many(self.session, JournalLine.__table__, line_rows)
        _apply_deltas(self.session, account_delta, member_delta)
        month_totals.add(self.session, month_delta)
        receipt_numbers.assign(
            self.session,
            ((i, e["kind"], e["date"]) for i, e in zip(ids, self._entries, strict=True)),
        )
        self.written += len(ids)
        self._entries, self._lines = [], []
        return ids


def _check_totals(session: Session, deltas: dict[int, int]) -> None:
    """Refuse, before anything is written, a balance the database could not hold."""
    current = dict(session.execute(
        select(AccountBalance.account_id, AccountBalance.balance)
        .where(AccountBalance.account_id.in_(list(deltas)))).all())
    for account_id, delta in deltas.items():
        check_total(current.get(account_id, 0) + delta, tr("Account balance"))


def _insert_many(session: Session, table, rows: list[dict]) -> None:
    """One DBAPI executemany of `rows` (all with the same keys) into `table`.

    The statement is compiled once for the connection's dialect (placeholders suit SQLite
    and PostgreSQL alike) and each column's bind processor is applied; this skips
    SQLAlchemy's per-row parameter building, which cost more than the inserts themselves.
    """
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    names = [compiled.binds[name].key for name in compiled.positiontup or compiled.binds]
    get = itemgetter(*names)
    processors = [(index, table.c[name].type.bind_processor(dialect))
                  for index, name in enumerate(names)]
    processors = [(index, proc) for index, proc in processors if proc is not None]
    params = []
    for row in rows:
        values = list(get(row))
        for index, proc in processors:
            values[index] = proc(values[index])
        params.append(tuple(values) if compiled.positional
                      else dict(zip(names, values, strict=True)))
    connection.exec_driver_sql(compiled.string, params)


def _apply_deltas(
    session: Session, accounts: dict[int, int], members: dict[tuple[int, int], int]
) -> None:
    if accounts:
        session.execute(
            text(
                "INSERT INTO account_balance (account_id, balance) VALUES (:a, :d) "
                "ON CONFLICT(account_id) "
                "DO UPDATE SET balance = account_balance.balance + excluded.balance"
            ),
            [{"a": a, "d": d} for a, d in accounts.items()],
        )
    if members:
        session.execute(
            text(
                "INSERT INTO member_balance (member_id, account_id, balance) "
                "VALUES (:m, :a, :d) ON CONFLICT(member_id, account_id) "
                "DO UPDATE SET balance = member_balance.balance + excluded.balance"
            ),
            [{"m": m, "a": a, "d": d} for (m, a), d in members.items()],
        )


def post_in_transaction(session: Session, draft: EntryDraft) -> int:
    """Post one entry inside the caller's transaction and audit it; return its id."""
    writer = JournalWriter(session)
    writer.add(draft)
    (entry_id,) = writer.flush()
    audit.record(session, "journal.reverse" if draft.reverses_id else "journal.post",
                 "journal_entry", entry_id, **posting_details(draft))
    return entry_id


def posting_details(draft: EntryDraft) -> dict:
    """What the audit log records of a posted entry."""
    return {"kind": str(draft.kind), "date": draft.date,
            "total": sum(line.amount for line in draft.lines if line.amount > 0),
            "reverses": draft.reverses_id}


def post(session: Session, draft: EntryDraft) -> int:
    """Post one entry as its own transaction (needs the POST permission)."""
    with transaction(session):
        require(session, Permission.POST)
        return post_in_transaction(session, draft)


def reverse_in_transaction(session: Session, entry_id: int, on: date, reason: str) -> int:
    """Post the negation of entry `entry_id`, linked to it; return the new entry's id."""
    original = session.get(JournalEntry, entry_id)
    if original is None:
        raise ValidationError(tr("There is no journal entry {id}.", id=entry_id))
    if not reason.strip():
        raise ValidationError(tr("Give a reason for the reversal."))
    if original.kind == EntryKind.REVERSAL:
        raise ValidationError(tr("A reversal cannot be reversed; post the entry again instead."))
    if session.scalar(select(JournalEntry.id).where(JournalEntry.reverses_id == entry_id)):
        raise ValidationError(tr("Entry {id} has already been reversed.", id=entry_id))
    if on < original.date:
        raise ValidationError(tr("A reversal cannot be dated before the entry it reverses."))
    accounts = dict(session.execute(select(Account.id, Account.code)).all())
    draft = EntryDraft(
        date=on,
        kind=EntryKind.REVERSAL,
        description=tr("Reversal of entry {id}: {reason}", id=entry_id, reason=reason.strip()),
        lines=[
            Line(accounts[ln.account_id], -ln.amount, ln.member_id, ln.loan_id, ln.product_id)
            for ln in original.lines
        ],
        reference=original.reference,
        reverses_id=entry_id,
        batch_id=original.batch_id,
    )
    return post_in_transaction(session, draft)


def is_reversed(session: Session, entry_id: int) -> bool:
    return session.scalar(
        select(func.count()).where(JournalEntry.reverses_id == entry_id)
    ) > 0


def account_balance(session: Session, code: str) -> int:
    """Debit-positive balance of one account, from the maintained summary."""
    return session.scalar(
        text(
            "SELECT COALESCE(b.balance, 0) FROM account a "
            "LEFT JOIN account_balance b ON b.account_id = a.id WHERE a.code = :code"
        ),
        {"code": code},
    ) or 0


def account_balances(session: Session) -> dict[str, int]:
    rows = session.execute(
        text(
            "SELECT a.code, COALESCE(b.balance, 0) FROM account a "
            "LEFT JOIN account_balance b ON b.account_id = a.id"
        )
    )
    return dict(rows.all())


def member_balances(session: Session, member_id: int) -> dict[str, int]:
    """Debit-positive balances of one member per account code (a primary-key lookup)."""
    rows = session.execute(
        text(
            "SELECT a.code, b.balance FROM member_balance b "
            "JOIN account a ON a.id = b.account_id WHERE b.member_id = :m"
        ),
        {"m": member_id},
    )
    return dict(rows.all())


def account_balance_as_of(session: Session, code: str, on: date) -> int:
    """Debit-positive balance of an account from the journal up to and including `on`."""
    return session.scalar(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == code, JournalEntry.date <= on)
    )


@dataclass
class Posting:
    """Many entries written by one bulk writer, audited once (demo data, imports)."""

    session: Session
    action: str
    writer: JournalWriter = field(init=False)

    def __post_init__(self):
        self.writer = JournalWriter(self.session)

    def add_all(self, drafts: Iterable[EntryDraft]) -> None:
        for draft in drafts:
            self.writer.add(draft)

    def finish(self, **details) -> int:
        self.writer.flush()
        audit.record(self.session, self.action, "journal", None, entries=self.writer.written, **details)
        return self.writer.written
