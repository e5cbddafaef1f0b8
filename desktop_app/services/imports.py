"""Import batches: a record of each imported workbook, refusing the same file twice,
and undoing a batch by reversing every entry it posted (one transaction).

Members, loans and products that a batch created stay in the book (journal lines refer
to them); an undone batch's members may be imported again: the new import takes them
over instead of calling them duplicates.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session, aliased

from desktop_app.db.models import ImportBatch, JournalEntry, JournalLine
from desktop_app.domain.accounts import SAVINGS_ACCOUNTS, EntryKind
from desktop_app.domain.dates import format_date
from desktop_app.domain.journal import EntryDraft, Line
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, loan_history, reversals
from desktop_app.services.context import current_actor, require, transaction
from desktop_app.services.ledger import JournalWriter


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    checksum: str
    imported_by: str
    imported_at: datetime
    counts: dict[str, int]
    undone_at: datetime | None
    undone_by: str | None


def file_checksum(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _info(batch: ImportBatch) -> BatchInfo:
    return BatchInfo(batch.id, batch.file_name, batch.checksum, batch.imported_by,
                     batch.imported_at, json.loads(batch.counts or "{}"), batch.undone_at,
                     batch.undone_by)


def previous_import(session: Session, checksum: str) -> BatchInfo | None:
    """The live (not undone) batch that imported a file with this checksum, if any."""
    batch = session.scalar(
        select(ImportBatch).where(ImportBatch.checksum == checksum,
                                  ImportBatch.undone_at.is_(None)).order_by(ImportBatch.id)
    )
    return _info(batch) if batch else None


def start_batch(session: Session, file_name: str, checksum: str) -> int:
    """Record a batch inside the importer's transaction; return its id."""
    require(session, Permission.IMPORT)
    batch = ImportBatch(file_name=file_name, checksum=checksum,
                        imported_by=current_actor(session).username,
                        imported_at=datetime.now(), counts="{}")
    session.add(batch)
    session.flush()
    return batch.id


def finish_batch(session: Session, batch_id: int, counts: dict[str, int]) -> None:
    batch = session.get(ImportBatch, batch_id)
    batch.counts = json.dumps(counts, sort_keys=True)
    audit.record(session, "import.batch", "import_batch", batch_id, file=batch.file_name,
                 checksum=batch.checksum, **counts)


def list_batches(session: Session) -> list[BatchInfo]:
    return [_info(b) for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))]


def undo_batch(session: Session, batch_id: int, on: date | None = None) -> int:
    """Reverse every entry of the batch, newest first, each by its kind's row in
    `reversals.REVERSALS` (those marked `bulk_in_undo` negated in one writer); return how
    many were reversed."""
    with transaction(session):
        require(session, Permission.IMPORT)
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise ValidationError(tr("There is no import batch {id}.", id=batch_id))
        if batch.undone_at is not None:
            raise ValidationError(tr("Import batch {id} was already undone on {date}.",
                                     id=batch_id, date=format_date(batch.undone_at.date())))
        _refuse_negative_savings(session, batch_id)
        today = on or date.today()
        reason = tr("Undo of import {file}", file=batch.file_name)
        reversal = aliased(JournalEntry)
        entries = session.execute(
            select(JournalEntry.id, JournalEntry.date, JournalEntry.kind)
            .where(JournalEntry.batch_id == batch_id, JournalEntry.reverses_id.is_(None),
                   ~select(reversal.id).where(reversal.reverses_id == JournalEntry.id).exists())
            .order_by(JournalEntry.date.desc(), JournalEntry.id.desc())
        ).all()
        bulk = {entry_id for entry_id, _, kind in entries
                if reversals.REVERSALS[EntryKind(kind)].bulk_in_undo}
        _reverse_plainly(session, JournalWriter(session),
                         [(entry_id, day) for entry_id, day, _ in entries if entry_id in bulk],
                         today, reason, batch_id)
        loan_history.reopen_batch_loans(session, batch_id)
        for entry_id, day, _ in entries:
            if entry_id not in bulk:
                reversals.reverse_in_transaction(session, entry_id, max(today, day), reason)
        batch.undone_at, batch.undone_by = datetime.now(), current_actor(session).username
        audit.record(session, "import.undo", "import_batch", batch_id, entries=len(entries))
        return len(entries)


def _reverse_plainly(session, writer, entries, today, reason, batch_id) -> None:
    """Negate entries without domain state in bulk (savings, cash): one writer."""
    codes = dict(session.execute(text("SELECT id, code FROM account")).all())
    for start in range(0, len(entries), 500):
        chunk = dict(entries[start:start + 500])
        lines: dict[int, list[Line]] = {}
        for row in session.execute(
            select(JournalLine.entry_id, JournalLine.account_id, JournalLine.amount,
                   JournalLine.member_id, JournalLine.loan_id, JournalLine.product_id)
            .where(JournalLine.entry_id.in_(chunk)).order_by(JournalLine.id)
        ):
            lines.setdefault(row[0], []).append(
                Line(codes[row[1]], -row[2], row[3], row[4], row[5]))
        for entry_id, day in chunk.items():
            writer.add(EntryDraft(max(today, day), EntryKind.REVERSAL,
                                  tr("Reversal of entry {id}: {reason}", id=entry_id, reason=reason),
                                  lines[entry_id], reverses_id=entry_id, batch_id=batch_id))
    writer.flush()


def _refuse_negative_savings(session: Session, batch_id: int) -> None:
    """Undoing deposits that were since withdrawn would leave savings below zero."""
    codes = ",".join(f"'{code}'" for code in SAVINGS_ACCOUNTS)
    rows = session.execute(text(
        "SELECT m.number, b.balance - SUM(l.amount) AS after FROM journal_line l "
        "JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
        "JOIN member m ON m.id = l.member_id JOIN member_balance b "
        "ON b.member_id = l.member_id AND b.account_id = l.account_id "
        f"WHERE e.batch_id = :batch AND a.code IN ({codes}) "
        "GROUP BY l.member_id, l.account_id, m.number, b.balance "
        "HAVING b.balance - SUM(l.amount) > 0"
    ), {"batch": batch_id}).all()
    if rows:
        problems = [tr("Member {number}: savings taken out since the import would go below "
                       "zero.", number=number) for number, _ in rows]
        raise ValidationError(tr("This import cannot be undone; reverse the later withdrawals "
                                 "first."), problems)
