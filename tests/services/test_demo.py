"""The demo book tells a true story: cash is never overspent, leavers get nothing after
they leave, and every page has something to show."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.services import (
    attendance,
    check,
    demo,
    kiosk_info,
    programmes,
    savings,
    training_figures,
)
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.demo.context import CashPosition

TODAY = date(2025, 6, 15)


@pytest.fixture(scope="module")
def demo_session():
    book = create_book(None, DEFAULT_PROFILE)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        demo.generate(session, members=40, years=2, seed=1, today=TODAY)
        yield session
    book.close()


def scalar(session, sql: str):
    return session.execute(text(sql)).scalar()


def test_cash_on_hand_is_never_negative_on_any_day(demo_session):
    by_day = demo_session.execute(text(
        "SELECT e.date, SUM(l.amount) FROM journal_line l "
        "JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
        "WHERE a.code = '1101' GROUP BY e.date ORDER BY e.date")).all()
    running, lowest = 0, 0
    for _day, amount in by_day:
        running += amount
        lowest = min(lowest, running)
    assert lowest >= 0
    assert running > 0


def test_the_demo_book_passes_every_check(demo_session):
    assert check.check_book(demo_session) == []


def test_leavers_get_no_loan_sale_or_saving_after_they_leave(demo_session):
    assert scalar(demo_session, "SELECT COUNT(*) FROM member WHERE status = 'left'") >= 2
    assert scalar(demo_session, "SELECT COUNT(*) FROM loan l JOIN member m ON m.id = l.member_id "
                                "WHERE m.exit_date IS NOT NULL AND (l.applied_on > m.exit_date "
                                "OR l.disbursed_on > m.exit_date "
                                "OR l.status IN ('active', 'applied', 'approved'))") == 0
    assert scalar(demo_session, "SELECT COUNT(*) FROM journal_line l "
                                "JOIN journal_entry e ON e.id = l.entry_id "
                                "JOIN member m ON m.id = l.member_id "
                                "WHERE e.date > m.exit_date") == 0
    assert scalar(demo_session, "SELECT COUNT(*) FROM product p JOIN member m "
                                "ON m.id = p.owner_member_id WHERE m.exit_date IS NOT NULL") == 0


def test_a_leaver_gets_her_savings_back_in_an_exit_entry_like_the_real_one(demo_session):
    """The demo's exits come from the exit's posting builder: her name in the entry, every
    savings account of hers back to zero, the cash paid out to her."""
    leavers = demo_session.execute(text(
        "SELECT id, name, exit_date FROM member WHERE status = 'left'")).all()
    assert len(leavers) >= 2
    for member_id, name, left_on in leavers:
        (description, paid_out), = demo_session.execute(text(
            "SELECT e.description, -SUM(CASE WHEN a.code = '1101' THEN l.amount END) "
            "FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id "
            "JOIN account a ON a.id = l.account_id WHERE e.kind = 'member_exit' "
            "AND e.id IN (SELECT entry_id FROM journal_line WHERE member_id = :m) "
            "GROUP BY e.id, e.description"), {"m": member_id}).all()
        assert name in description and paid_out > 0
        assert savings.savings_balances(demo_session, member_id).total == 0


def test_every_page_has_something_to_show(demo_session):
    statuses = {row[0] for row in demo_session.execute(text("SELECT DISTINCT status FROM loan"))}
    assert statuses == {"applied", "approved", "rejected", "active", "paid", "written_off"}
    assert scalar(demo_session, "SELECT COUNT(*) FROM loan WHERE status = 'active' "
                                f"AND next_due_date < '{TODAY}'") > 0  # loans in arrears
    assert scalar(demo_session, "SELECT COUNT(*) FROM journal_entry "
                                "WHERE description LIKE 'Simpanan wajib % bulan'") > 0  # catch-ups
    assert scalar(demo_session, "SELECT COUNT(*) FROM market_day") >= 50
    assert scalar(demo_session, "SELECT COUNT(*) FROM journal_entry "
                                "WHERE kind = 'settlement'") > 0


def test_cash_position_offers_only_what_stays_in_the_box_on_every_later_day():
    cash = CashPosition(date(2024, 1, 1), date(2024, 12, 31))
    cash.record(EntryDraft(date(2024, 1, 1), "grant", "", [debit("1101", 500), credit("3301", 500)]))
    cash.record(EntryDraft(date(2024, 6, 1), "x", "", [debit("5201", 300), credit("1101", 300)]))
    cash.record(EntryDraft(date(2024, 9, 1), "y", "", [debit("1101", 1000), credit("3301", 1000)]))
    assert cash.spare(date(2024, 1, 1)) == 200  # the June payment must still be covered
    assert cash.spare(date(2024, 6, 1)) == 200
    assert cash.spare(date(2024, 9, 1)) == 1200
    assert cash.spare(date(2023, 12, 1)) == 200  # dates outside the period count at its edge


@pytest.mark.parametrize("then", ["savings", "loans", "products", "stock", "members", "member_exit", "member_list", "consignment"])
def test_the_demo_package_imports_first_in_a_fresh_interpreter(then):
    code = f"import desktop_app.services.demo; import desktop_app.services.{then}"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_board_can_log_in_and_a_member_can_use_the_kiosk(demo_session):
    from desktop_app.services import kiosk, users
    from desktop_app.services.demo.users import DEMO_PASSWORD, DEMO_PIN

    roles = {
        name: users.authenticate(demo_session, name, DEMO_PASSWORD).role.value
        for name in ("ketua", "bendahara", "pengawas")
    }
    assert roles == {"ketua": "chair", "bendahara": "treasurer", "pengawas": "auditor"}
    number = scalar(demo_session, "SELECT number FROM member WHERE status = 'active' "
                                  "ORDER BY number LIMIT 1")
    member_id = kiosk.verify_member(demo_session, number, DEMO_PIN)
    assert kiosk.member_view(demo_session, member_id).total_savings > 0


def test_the_demo_has_programmes_trainings_and_a_calendar(demo_session):
    names = [p.name for p in programmes.list_programmes(demo_session)]
    assert sorted(names) == ["Dapur Usaha Perempuan", "Desa Digital"]
    trainings = programmes.list_trainings(demo_session)
    assert len(trainings) == 6
    past = [t for t in trainings if t.date < TODAY]
    assert all(t.registered > 0 and t.attended > 0 for t in past)
    assert len(attendance.pending_requests(demo_session)) == 4
    board = kiosk_info.public_board(demo_session, TODAY)
    assert len(board.trainings) == 2 and all(t.free_places > 0 for t in board.trainings)
    assert board.announcements and board.market_days and board.meetings
    assert any(m.kind == "rat" for m in board.meetings)
    figures = training_figures.programme_figures(
        demo_session, TODAY - timedelta(days=365), TODAY, TODAY)
    assert {f.programme for f in figures} == set(names)
    assert all(f.completed for f in figures)
    dapur = next(f for f in figures if f.programme == "Dapur Usaha Perempuan")
    assert dapur.follow_up[6].eligible > 0  # its first trainings were over 6 months ago


def test_a_weekly_group_practises_tanggung_renteng(demo_session):
    from desktop_app.services.joint_liability import claims

    group = demo_session.execute(text(
        "SELECT id, meeting_weekday, meeting_frequency FROM member_group "
        "WHERE joint_liability")).one()
    assert group[1:] == (1, "week")
    assert scalar(demo_session, "SELECT COUNT(*) FROM loan WHERE frequency = 'week'") >= 1
    assert scalar(demo_session, "SELECT COUNT(*) FROM journal_entry "
                                "WHERE kind = 'joint_cover'") > 0
    assert scalar(demo_session, "SELECT COUNT(*) FROM journal_entry "
                                "WHERE kind = 'joint_payback'") > 0
    owed = claims(demo_session)
    assert owed and all(c.owed >= 0 for c in owed)
