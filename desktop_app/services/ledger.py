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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import execute_rows, insert_rows, insert_rows_returning_ids
from desktop_app.db.models import Account, AccountBalance, JournalEntry, JournalLine
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.dates import format_date
from desktop_app.domain.journal import EntryDraft, EntryShape, Line
from desktop_app.domain.limits import (
    EARLIEST_DATE,
    MAX_AMOUNT,
    check_amount,
    check_date,
    check_text,
    check_total,
    has_control_character,
    latest_date,
)
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, month_totals, receipt_numbers, settings
from desktop_app.services.context import current_actor, require, transaction
from desktop_app.services.month_totals import CLOSING_KIND, month_key

DESCRIPTION_LENGTH = 4000  # a note (NOTE_LENGTH) with the words a service puts around it


ENTRY_COLUMNS = ["date", "kind", "description", "reference", "reverses_id", "batch_id",
                 "created_by", "created_at"]
LINE_COLUMNS = ["entry_id", "account_id", "amount", "member_id", "loan_id", "product_id"]


class JournalWriter:
    """Validate and write entries in batches in the caller's transaction.

    Queued entries are plain tuples (`ENTRY_COLUMNS` but the last two) and their lines
    tuples of `LINE_COLUMNS` whose first field is the entry's place in the queue: `add`
    queues a draft, `add_many` many entries of a few `EntryShape`s, checked in bulk."""

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
        self._entries: list[tuple] = []
        self._lines: list[tuple] = []
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
            self._account(line.account)
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

    def _account(self, code: str) -> int:
        known = self.accounts.get(code)
        if known is None:
            raise ValidationError(tr("There is no account {code}.", code=code))
        if not known[1]:
            raise ValidationError(tr("Account {code} is closed.", code=code))
        return known[0]

    def add(self, draft: EntryDraft) -> None:
        """Queue one entry (validated now, written at the next flush)."""
        self.validate(draft)
        place = len(self._entries)
        self._entries.append((
            draft.date, str(draft.kind), draft.description, draft.reference,
            draft.reverses_id, draft.batch_id if draft.batch_id is not None else self.batch_id,
        ))
        self._lines.extend(
            (place, self.accounts[line.account][0], line.amount, line.member_id, line.loan_id,
             line.product_id)
            for line in draft.lines
        )
        if len(self._entries) >= self.batch_size:
            self.flush()

    def add_many(self, rows: Sequence[tuple[EntryShape, date, int, int | None, str | None]]
                 ) -> None:
        """Queue entries given as `(shape, date, amount, member id, note)`, exactly as
        `add(shape.draft(date, amount, member id, note))` would, but checked in bulk: each
        shape's balance and accounts once, the dates, amounts and notes by their extremes
        and distinct values. When something is wrong the entry at fault is checked alone,
        so the refusal is the one `add` gives."""
        shapes: dict[int, tuple] = {}
        for shape in {id(row[0]): row[0] for row in rows}.values():
            try:
                sides = tuple((self._account(code), sign, carries)
                              for code, sign, carries in shape.sides)
            except ValidationError:  # refused below, at the first entry of the shape
                sides = ()
            shapes[id(shape)] = (str(shape.kind), sides, shape.description,
                                 shape.balanced and len(sides) >= 2)
        if not (all(shape[3] for shape in shapes.values()) and self._plainly_valid(rows)):
            for shape, on, amount, member_id, note in rows:
                self.validate(shape.draft(on, amount, member_id, note))
        batch_id, entries, lines = self.batch_id, self._entries, self._lines
        for shape, on, amount, member_id, note in rows:
            kind, sides, description, _ = shapes[id(shape)]
            place = len(entries)
            entries.append((on, kind, note or description, None, None, batch_id))
            for account_id, sign, carries in sides:
                lines.append((place, account_id, sign * amount,
                              member_id if carries else None, None, None))
            if place + 1 >= self.batch_size:
                self.flush()
                entries, lines = self._entries, self._lines

    def _plainly_valid(self, rows) -> bool:
        """Every date, amount and note of `rows` within what `validate` accepts."""
        if not rows:
            return True
        days = [row[1] for row in rows]
        amounts = [row[2] for row in rows]
        notes = {row[4] or row[0].description for row in rows}
        return (all(type(day) is date for day in days)
                and EARLIEST_DATE <= min(days) and max(days) <= self.latest_date
                and not (self.closed_through and min(days) <= self.closed_through)
                and all(type(amount) is int for amount in amounts)
                and 0 < min(amounts) and max(amounts) <= MAX_AMOUNT
                and not any(has_control_character(note) or len(note) > DESCRIPTION_LENGTH
                            for note in notes))

    def flush(self) -> list[int]:
        """Write the queued entries; return their ids in the order they were added.

        Entries go in through INSERT … RETURNING (the ids come from the database, in the
        order given), lines and receipts through `dialect.insert_rows` (multi-row INSERTs
        on SQLite): no per-row ORM work and no round trip per row, on either engine.
        Balances and monthly totals are added per batch, summed over its lines.
        """
        entries, lines = self._entries, self._lines
        if not entries:
            return []
        self._entries, self._lines = [], []
        months: dict[date, str] = {}
        entry_months = []
        for entry in entries:
            day = entry[0]
            month = months.get(day)
            if month is None:
                month = months[day] = month_key(day)
            entry_months.append((month, entry[1] == CLOSING_KIND))
        member_delta: dict[tuple[int, int], int] = defaultdict(int)
        month_delta: dict[tuple[int, str, bool], int] = defaultdict(int)
        for place, account_id, amount, member_id, _, _ in lines:
            month_delta[(account_id, *entry_months[place])] += amount
            if member_id is not None:
                member_delta[(member_id, account_id)] += amount
        account_delta: dict[int, int] = defaultdict(int)
        for (account_id, _, _), amount in month_delta.items():
            account_delta[account_id] += amount
        _check_totals(self.session, account_delta)  # before anything is written
        now = datetime.now()
        ids = insert_rows_returning_ids(self.session, JournalEntry.__table__, ENTRY_COLUMNS,
                                        [(*entry, self.actor, now) for entry in entries])
        insert_rows(self.session, JournalLine.__table__, LINE_COLUMNS,
                    [(ids[place], account_id, amount, member_id, loan_id, product_id)
                     for place, account_id, amount, member_id, loan_id, product_id in lines])
        _apply_deltas(self.session, account_delta, member_delta)
        month_totals.add(self.session, month_delta)
        receipt_numbers.assign(
            self.session, ((i, e[1], e[0]) for i, e in zip(ids, entries, strict=True)))
        self.written += len(ids)
        return ids


def _check_totals(session: Session, deltas: dict[int, int]) -> None:
    """Refuse, before anything is written, a balance the database could not hold."""
    current = dict(session.execute(
        select(AccountBalance.account_id, AccountBalance.balance)
        .where(AccountBalance.account_id.in_(list(deltas)))).all())
    for account_id, delta in deltas.items():
        check_total(current.get(account_id, 0) + delta, tr("Account balance"))


def _apply_deltas(
    session: Session, accounts: dict[int, int], members: dict[tuple[int, int], int]
) -> None:
    execute_rows(session, _ADD_TO_ACCOUNT, list(accounts.items()))
    execute_rows(session, _ADD_TO_MEMBER, [(m, a, d) for (m, a), d in members.items()])


_ADD_TO_ACCOUNT = text(
    "INSERT INTO account_balance (account_id, balance) VALUES (:a, :d) "
    "ON CONFLICT(account_id) DO UPDATE SET balance = account_balance.balance + excluded.balance"
)
_ADD_TO_MEMBER = text(
    "INSERT INTO member_balance (member_id, account_id, balance) VALUES (:m, :a, :d) "
    "ON CONFLICT(member_id, account_id) "
    "DO UPDATE SET balance = member_balance.balance + excluded.balance"
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
