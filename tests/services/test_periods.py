"""Closing and reopening periods: the lock, the drafts rule, the chair, the audit."""

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditLog, Loan, MarketDay, Member
from desktop_app.domain import accounts as acc
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import ledger, periods, settings
from desktop_app.services.context import Actor, set_actor

TODAY = date(2025, 6, 15)


def _cash_in(day):
    return EntryDraft(day, EntryKind.GRANT, "Hibah", [debit(acc.KAS, 1_000),
                                                        credit(acc.MODAL_DONASI, 1_000)])


def test_closing_a_month_locks_it_for_posting(session):
    closed = periods.close_through(session, date(2025, 3, 10), today=TODAY)
    assert closed == date(2025, 3, 31) == settings.closed_through(session)
    with pytest.raises(ValidationError, match="closed through 31/03/2025"):
        ledger.post(session, _cash_in(date(2025, 3, 31)))
    ledger.post(session, _cash_in(date(2025, 4, 1)))
    row = session.scalar(select(AuditLog).where(AuditLog.action == "period.close"))
    assert row.object_id == "2025-03-31"


def test_close_refusals_change_nothing(session):
    periods.close_through(session, date(2025, 3, 31), today=TODAY)
    with pytest.raises(ValidationError, match="already closed through"):
        periods.close_through(session, date(2025, 2, 28), today=TODAY)
    with pytest.raises(ValidationError, match="has not passed yet"):
        periods.close_through(session, date(2025, 6, 1), today=TODAY)
    assert settings.closed_through(session) == date(2025, 3, 31)


def test_close_refused_while_drafts_remain(session):
    member = Member(number="A1", name="Siti", join_date=date(2025, 1, 1))
    session.add(member)
    session.flush()
    session.add(Loan(number="L1", member_id=member.id, principal=500_000, monthly_rate=1,
                     term_months=5, method="flat", status="approved",
                     applied_on=date(2025, 2, 1), approved_on=date(2025, 2, 3)))
    session.add(MarketDay(date=date(2025, 3, 8), market="Pasar Klandasan", status="open"))
    session.commit()
    with pytest.raises(ValidationError, match="1 approved loan.*1 open market day"):
        periods.close_through(session, date(2025, 3, 31), today=TODAY)
    assert settings.closed_through(session) is None
    # a close before both drafts is fine
    assert periods.close_through(session, date(2025, 1, 31), today=TODAY) == date(2025, 1, 31)


def test_reopen_is_a_chair_action_with_a_reason(session):
    periods.close_through(session, date(2025, 3, 31), today=TODAY)
    with pytest.raises(ValidationError, match="reason"):
        periods.reopen_through(session, date(2025, 1, 31), "  ")
    with pytest.raises(ValidationError, match="before 31/03/2025"):
        periods.reopen_through(session, date(2025, 4, 30), "oops")
    set_actor(session, Actor("bendahara", Role.TREASURER))
    with pytest.raises(PermissionDenied):
        periods.reopen_through(session, None, "koreksi")
    with pytest.raises(PermissionDenied):
        periods.close_through(session, date(2025, 4, 30), today=TODAY)
    set_actor(session, Actor("ketua", Role.CHAIR))
    assert periods.reopen_through(session, date(2025, 1, 31), "koreksi setoran Maret") == date(
        2025, 1, 31)
    assert settings.closed_through(session) == date(2025, 1, 31)
    row = session.scalar(select(AuditLog).where(AuditLog.action == "period.reopen"))
    assert row.actor == "ketua" and "koreksi setoran Maret" in row.details


def test_reopen_everything(session):
    with pytest.raises(ValidationError, match="No period is closed"):
        periods.reopen_through(session, None, "x")
    periods.close_through(session, date(2025, 3, 31), today=TODAY)
    assert periods.reopen_through(session, None, "salah tutup") is None
    ledger.post(session, _cash_in(date(2025, 3, 1)))
    assert ledger.account_balance(session, acc.KAS) == 1_000
