"""The append-only audit log: every master-data change, posting and reversal."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditLog
from desktop_app.domain.cells import csv_value
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_number
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.labels import kind_label
from desktop_app.services.context import current_actor, require


def record(
    session: Session, action: str, object_type: str, object_id: object = None, *,
    actor: str | None = None, **details
) -> None:
    """Append one audit row in the caller's transaction. `actor` names who acted when no
    user is logged in (a member at the kiosk)."""
    session.add(AuditLog(**_log_row(actor or current_actor(session).username, action,
                                    object_type, object_id, details)))


def record_many(
    session: Session, action: str, object_type: str, rows: Iterable[tuple[object, dict]]
) -> None:
    """Append one audit row per `(object id, details)` in one bulk insert (an import's
    postings): the same rows `record` would write one by one."""
    actor = current_actor(session).username
    values = [_log_row(actor, action, object_type, object_id, details) for object_id, details in rows]
    if values:
        session.execute(insert(AuditLog.__table__), values)


def _log_row(actor: str, action: str, object_type: str, object_id: object, details: dict
             ) -> dict:
    return {
        "at": datetime.now(), "actor": actor, "action": action, "object_type": object_type,
        "object_id": None if object_id is None else str(object_id),
        "details": json.dumps(details, default=str, ensure_ascii=False, sort_keys=True),
    }


def object_label(object_type: str) -> str:
    """A readable, translated name for what an audit row is about (unknown types as they are)."""
    labels = {
        "announcement": tr("Announcement"),
        "book": tr("Book"),
        "calendar_event": tr("Calendar event"),
        "import_batch": tr("Excel import"),
        "journal": tr("Journal"),
        "journal_entry": tr("Journal entry"),
        "loan": tr("Loan"),
        "loan_product": tr("Loan product"),
        "market_day": tr("Market day"),
        "member": tr("Member"),
        "member_group": tr("Group"),
        "participant": tr("Participant"),
        "period": tr("Period"),
        "product": tr("Product"),
        "programme": tr("Programme"),
        "setting": tr("Setting"),
        "training": tr("Training"),
        "training_topic": tr("Training topic"),
        "user": tr("User"),
    }
    return labels.get(object_type, object_type)


def action_label(code: str) -> str:
    """A readable, translated name for an audit action code (unknown codes as they are)."""
    labels = {
        "announcement.post": tr("Announcement posted"),
        "announcement.remove": tr("Announcement removed"),
        "announcement.update": tr("Announcement changed"),
        "book.create": tr("Book created"),
        "business.save": tr("Business profile saved"),
        "demo.inventory": tr("Demo goods and market days created"),
        "event.add": tr("Calendar event added"),
        "event.remove": tr("Calendar event removed"),
        "group.create": tr("Group added"),
        "group.rename": tr("Group renamed"),
        "import.batch": tr("Excel import"),
        "import.undo": tr("Excel import undone"),
        "journal.post": tr("Entry posted"),
        "journal.reverse": tr("Entry reversed"),
        "loan.apply": tr("Loan application"),
        "loan.approved": tr("Loan approved"),
        "loan.rejected": tr("Loan rejected"),
        "loan.repayment_reversed": tr("Loan repayment reversed"),
        "loan.reschedule": tr("Loan rescheduled"),
        "loan.settled_at_exit": tr("Loan settled at exit"),
        "loan.write_off": tr("Loan written off"),
        "loan_product.create": tr("Loan product added"),
        "loan_product.update": tr("Loan product changed"),
        "market_day.close": tr("Market day closed"),
        "market_day.open": tr("Market day opened"),
        "member.create": tr("Member added"),
        "member.exit": tr("Member left"),
        "member.exit_reversed": tr("Member exit undone"),
        "member.set_pin": tr("Kiosk PIN set"),
        "member.update": tr("Member details changed"),
        "participant.create": tr("Participant added"),
        "period.close": tr("Period closed"),
        "period.reopen": tr("Period reopened"),
        "product.create": tr("Product added"),
        "product.update": tr("Product changed"),
        "programme.create": tr("Programme added"),
        "programme.update": tr("Programme changed"),
        "settings.bylaws": tr("SHU shares (bylaws) changed"),
        "settings.idle_lock": tr("Auto-lock setting changed"),
        "settings.profile": tr("Cooperative profile changed"),
        "shu.distribute": tr("SHU distributed"),
        "training.attendance": tr("Training attendance recorded"),
        "training.cancel": tr("Training registration cancelled"),
        "training.create": tr("Training added"),
        "training.register": tr("Training registration"),
        "training.request": tr("Training requested at the kiosk"),
        "training.request_approved": tr("Training request approved"),
        "training.request_declined": tr("Training request declined"),
        "training.update": tr("Training changed"),
        "training_topic.create": tr("Training topic added"),
        "user.activate": tr("User activated"),
        "user.add": tr("User added"),
        "user.change_password": tr("Password changed"),
        "user.deactivate": tr("User deactivated"),
        "user.login": tr("Logged in"),
        "user.login_failed": tr("Failed login"),
        "user.reset_password": tr("Password reset"),
    }
    return labels.get(code, code)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str | None
    details: dict


def _filtered(query, actor, action, since, until):
    if actor:
        query = query.where(AuditLog.actor == actor)
    if action:
        query = query.where(AuditLog.action == action)
    if since:
        query = query.where(AuditLog.at >= datetime.combine(since, datetime.min.time()))
    if until:
        query = query.where(AuditLog.at <= datetime.combine(until, datetime.max.time()))
    return query


def _row(r: AuditLog) -> AuditRow:
    return AuditRow(r.id, r.at, r.actor, r.action, r.object_type, r.object_id,
                    json.loads(r.details))


def list_entries(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditRow]:
    """Newest first; filters are optional. Needs the READ_AUDIT permission."""
    require(session, Permission.READ_AUDIT)
    query = _filtered(select(AuditLog), actor, action, since, until)
    rows = session.scalars(query.order_by(AuditLog.id.desc()).limit(limit).offset(offset))
    return [_row(r) for r in rows]


def count_entries(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> int:
    require(session, Permission.READ_AUDIT)
    query = _filtered(select(func.count()).select_from(AuditLog), actor, action, since, until)
    return session.scalar(query)


def filter_choices(session: Session) -> tuple[list[str], list[str]]:
    """Everyone who ever acted, and every kind of action (from their indexes)."""
    require(session, Permission.READ_AUDIT)
    actors = session.scalars(select(AuditLog.actor).distinct().order_by(AuditLog.actor))
    actions = session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action))
    return list(actors), list(actions)


EXPORT_HEADER = ("id", "at", "actor", "action", "action_label", "object_type", "object_id",
                 "details")
_EXPORT_BATCH = 2000


def export_entries(
    session: Session,
    path: Path,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> int:
    """Write the filtered log to `path` (.csv or .xlsx), newest first; return the row count.

    Rows stream in batches, so a long log never sits in memory whole.
    """
    require(session, Permission.READ_AUDIT)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(tr("Export the audit log to a .csv or .xlsx file."))
    base = _filtered(select(AuditLog), actor, action, since, until).order_by(AuditLog.id.desc())

    def rows():
        last_id = None
        while True:
            query = base if last_id is None else base.where(AuditLog.id < last_id)
            batch = list(session.scalars(query.limit(_EXPORT_BATCH)))
            if not batch:
                return
            for r in batch:
                yield (r.id, r.at.replace(microsecond=0), r.actor, r.action,
                       action_label(r.action), r.object_type, r.object_id or "", r.details)
            last_id = batch[-1].id

    count = 0
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_HEADER)
            for row in rows():
                writer.writerow([csv_value(value) for value in row])
                count += 1
        return count
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Audit")
    sheet.append(EXPORT_HEADER)
    for row in rows():
        sheet.append([csv_value(value) for value in row])
        count += 1
    workbook.save(path)
    return count


class AuditLine(NamedTuple):
    """A line of the audit log as the viewer shows it."""

    at: str  # dd/mm/yyyy hh:mm:ss
    actor: str
    action: str  # its readable label
    object: str
    details: str  # as short text
    id: int


@dataclass
class AuditSource:
    """The filtered log as a paged row source of `AuditLine`s for the viewer (newest first).

    Each call reads in a short session of its own from `sessions`, so a page that keeps the
    source never holds a read transaction open.
    """

    sessions: Callable[[], Session]
    actor: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    oldest_first: bool = False

    def filters(self) -> dict:
        return {"actor": self.actor, "action": self.action, "since": self.since,
                "until": self.until}

    def count(self) -> int:
        with self.sessions() as session:
            return count_entries(session, **self.filters())

    def fetch(self, offset: int, limit: int) -> list[AuditLine]:
        query = _filtered(select(AuditLog), self.actor, self.action, self.since, self.until)
        order = AuditLog.id.asc() if self.oldest_first else AuditLog.id.desc()
        with self.sessions() as session:
            require(session, Permission.READ_AUDIT)
            rows = session.scalars(query.order_by(order).limit(limit).offset(offset))
            return [
                AuditLine(r.at.strftime("%d/%m/%Y %H:%M:%S"), r.actor, action_label(r.action),
                         f"{object_label(r.object_type)} {r.object_id or ''}".strip(),
                         _short(r.details), r.id)
                for r in rows
            ]

    def sort(self, column: int, descending: bool) -> None:
        """Only by time: the log's own order is the one that makes sense."""
        self.oldest_first = not descending


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _short(details: str) -> str:
    """Details as a reader says them: `Jenis: Hibah, Total: 500.000`, not
    `kind: grant, total: 500000`."""
    values = json.loads(details)
    return ", ".join(f"{_detail_label(key)}: {_detail_value(key, value)}"
                     for key, value in values.items() if value is not None)


def _detail_label(key: str) -> str:
    labels = {
        "kind": tr("Kind"), "total": tr("Total"), "amount": tr("Amount"), "date": tr("Date"),
        "on": tr("Date"), "name": tr("Name"), "market": tr("Market"), "entry": tr("Entry"),
        "entry_id": tr("Entry"), "role": tr("Role"), "file": tr("File"),
        "principal": tr("Principal"), "reason": tr("Reason"), "number": tr("No."),
        "entries": tr("Entries"), "market_days": tr("Market days"),
        "products": tr("Products"), "sales": tr("Sales"),
    }
    return labels.get(key, key.replace("_", " "))


def _detail_value(key: str, value: object) -> str:
    if key == "kind" and isinstance(value, str):
        return kind_label(value)
    if key == "role" and isinstance(value, str):
        return {"treasurer": tr("Treasurer"), "chair": tr("Chair"),
                "auditor": tr("Auditor")}.get(value, value)
    if isinstance(value, int) and not isinstance(value, bool) and key != "number":
        return format_number(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return format_date(date.fromisoformat(value))
    return str(value)
