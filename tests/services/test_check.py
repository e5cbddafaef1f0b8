"""`check` finds what would make the books lie: unbalanced entries, stale summaries."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from desktop_app.db.models import Member
from desktop_app.domain.accounts import KAS, MODAL_DONASI, SIMPANAN_SUKARELA, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.services import ledger
from desktop_app.services.check import CHECKS, check_book
from desktop_app.services.context import transaction

DAY = date(2025, 2, 3)


def account_id(session, code: str) -> int:
    return session.scalar(text("SELECT id FROM account WHERE code = :c"), {"c": code})


def test_a_sound_book_has_no_problems(session):
    ledger.post(session, EntryDraft(DAY, EntryKind.GRANT, "Hibah",
                                    [debit(KAS, 500), credit(MODAL_DONASI, 500)]))
    assert check_book(session) == []


def test_a_lone_line_slipped_in_by_raw_sql_is_found(session):
    entry_id = ledger.post(session, EntryDraft(DAY, EntryKind.GRANT, "Hibah",
                                               [debit(KAS, 500), credit(MODAL_DONASI, 500)]))
    with transaction(session):  # bypasses the journal writer: triggers only stop UPDATE/DELETE
        session.execute(
            text("INSERT INTO journal_line (entry_id, account_id, amount) VALUES (:e, :a, 70)"),
            {"e": entry_id, "a": account_id(session, KAS)},
        )
    problems = check_book(session)
    assert f"Entry {entry_id} does not balance (difference 70, 3 lines)" in problems
    assert "Account 1101: stored balance 500 but the journal says 570" in problems


def test_an_entry_without_lines_is_found(session):
    with transaction(session):
        session.execute(text(
            "INSERT INTO journal_entry (date, kind, description, created_by, created_at) "
            "VALUES ('2025-01-01', 'income', 'kosong', 'x', '2025-01-01 00:00:00')"
        ))
    assert any("does not balance (difference 0, 0 lines)" in p for p in check_book(session))


def test_a_tampered_member_summary_and_negative_savings_are_found(session):
    with transaction(session):
        member = Member(number="A007", name="Wati", join_date=DAY)
        session.add(member)
    ledger.post(session, EntryDraft(DAY, EntryKind.DEPOSIT, "Setor",
                                    [debit(KAS, 10_000),
                                     credit(SIMPANAN_SUKARELA, 10_000, member_id=member.id)]))
    with transaction(session):
        session.execute(text("UPDATE member_balance SET balance = 3000"))
    problems = check_book(session)
    assert any(p.startswith(f"Member {member.id}, account") and "-10000" in p for p in problems)
    assert "Member A007 has negative savings in account 2101: -3000" in problems


def test_features_can_add_their_own_checks(session, monkeypatch):
    monkeypatch.setattr("desktop_app.services.check.CHECKS", [*CHECKS, lambda s: ["stok minus"]])
    assert check_book(session) == ["stok minus"]


def test_a_stale_monthly_total_is_found(session):
    ledger.post(session, EntryDraft(DAY, EntryKind.GRANT, "Hibah",
                                    [debit(KAS, 500), credit(MODAL_DONASI, 500)]))
    session.commit()
    assert check_book(session) == []
    with transaction(session):
        session.execute(text("UPDATE account_month SET amount = amount + 1 "
                             "WHERE account_id = :a"), {"a": account_id(session, KAS)})
    assert "Monthly total of account {} for 2025-02 is 501 but the journal says 500".format(
        account_id(session, KAS)) in check_book(session)
