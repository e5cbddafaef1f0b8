"""The append-only audit log: every master-data change, posting and reversal."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditLog
from desktop_app.domain.roles import Permission
from desktop_app.services.context import current_actor, require


def record(
    session: Session, action: str, object_type: str, object_id: object = None, **details
) -> None:
    """Append one audit row in the caller's transaction."""
    session.add(
        AuditLog(
            at=datetime.now(),
            actor=current_actor(session).username,
            action=action,
            object_type=object_type,
            object_id=None if object_id is None else str(object_id),
            details=json.dumps(details, default=str, ensure_ascii=False, sort_keys=True),
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str | None
    details: dict


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
    query = select(AuditLog).order_by(AuditLog.id.desc())
    if actor:
        query = query.where(AuditLog.actor == actor)
    if action:
        query = query.where(AuditLog.action == action)
    if since:
        query = query.where(AuditLog.at >= datetime.combine(since, datetime.min.time()))
    if until:
        query = query.where(AuditLog.at <= datetime.combine(until, datetime.max.time()))
    rows = session.scalars(query.limit(limit).offset(offset))
    return [
        AuditRow(r.id, r.at, r.actor, r.action, r.object_type, r.object_id, json.loads(r.details))
        for r in rows
    ]
