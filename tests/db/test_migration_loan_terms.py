"""Migration 0005 on a book that already has groups, products and loans: the columns
are added in place (foreign keys stay intact) and old loans keep today's terms."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.db.book import open_book
from desktop_app.db.engine import APPLICATION_ID, make_engine
from desktop_app.db.schema_version import migrate


def test_a_book_with_loans_upgrades_and_keeps_monthly_terms(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(engine, "0002")
    with engine.begin() as conn:
        for statement in (
            "INSERT INTO member_group (id, name) VALUES (1, 'Melati')",
            "INSERT INTO member (id, number, name, group_id, join_date, head_of_household, "
            "status, pin_failures) VALUES (1, 'A1', 'Siti', 1, '2024-01-01', 0, 'active', 0)",
            "INSERT INTO loan_product (id, name, monthly_rate, method, max_term_months, "
            "admin_fee_amount, admin_fee_percent, penalty_kind, penalty_value, "
            "guarantor_required, active) VALUES (1, 'Usaha', '1.5', 'flat', 12, 0, '0', "
            "'none', '0', 0, 1)",
            "INSERT INTO loan (id, number, member_id, product_id, principal, monthly_rate, "
            "term_months, method, admin_fee, penalty_kind, penalty_value, status, applied_on, "
            "outstanding, exit_settled) VALUES (1, 'PJ-1', 1, 1, 1200000, '1.5', 12, 'flat', "
            "0, 'none', '0', 'applied', '2024-02-01', 0, 0)",
        ):
            conn.execute(text(statement))
    engine.dispose()

    book = open_book(path)
    try:
        with book.engine.connect() as conn:
            assert conn.execute(text(
                "SELECT frequency, grace_installments, grace_kind, rounding_unit, "
                "rounding_mode, payoff_rule, payoff_months FROM loan_product")).one() == (
                "month", 0, "interest", 1, "half_up", "waive", 0)
            assert conn.execute(text(
                "SELECT number, frequency, rounding_unit, first_due_date FROM loan")).one() == (
                "PJ-1", "month", 1, None)
            assert conn.execute(text(
                "SELECT name, meeting_weekday, joint_liability FROM member_group")).one() == (
                "Melati", None, 0)
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        book.close()
