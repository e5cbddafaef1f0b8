"""The audit log: who did what and when, append-only, readable by auditors only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop_app.domain.accounts import KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied
from desktop_app.services import audit, ledger
from desktop_app.services.context import Actor, set_actor, transaction

CHAIR = Actor("ketua", Role.CHAIR, "Ibu Ketua")
TREASURER = Actor("bendahara", Role.TREASURER, "Ibu Bendahara")


def test_each_posting_is_recorded_with_its_actor(session):
    set_actor(session, TREASURER)
    entry_id = ledger.post(session, EntryDraft(date(2025, 1, 2), EntryKind.GRANT, "Hibah",
                                               [debit(KAS, 10), credit(MODAL_DONASI, 10)]))
    set_actor(session, CHAIR)
    rows = audit.list_entries(session, actor="bendahara")
    assert [(r.action, r.object_id) for r in rows] == [("journal.post", str(entry_id))]
    assert rows[0].details["kind"] == "grant" and rows[0].details["total"] == 10


def test_entries_come_newest_first_and_filter_by_action_and_day(session):
    with transaction(session):
        audit.record(session, "member.add", "member", 1, name="Siti")
        audit.record(session, "member.edit", "member", 1, phone=["", "0812"])
    set_actor(session, CHAIR)
    rows = audit.list_entries(session)
    assert [r.action for r in rows[:3]] == ["member.edit", "member.add", "book.create"]
    assert rows[0].details == {"phone": ["", "0812"]}
    assert [r.action for r in audit.list_entries(session, action="member.add")] == ["member.add"]
    today = datetime.now().date()
    assert len(audit.list_entries(session, since=today, until=today)) == 3
    assert audit.list_entries(session, since=today + timedelta(days=1)) == []
    assert len(audit.list_entries(session, limit=1, offset=1)) == 1


def test_a_treasurer_may_not_read_the_audit_log(session):
    set_actor(session, TREASURER)
    with pytest.raises(PermissionDenied):
        audit.list_entries(session)


def test_audit_rows_cannot_be_changed_or_deleted(book, session):
    with transaction(session):
        audit.record(session, "member.add", "member", 1)
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with book.engine.begin() as conn:
                conn.execute(text(statement))
