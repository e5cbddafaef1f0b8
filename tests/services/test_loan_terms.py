"""Loan products with a frequency, grace period, rounding and payoff rule, end to end:
product → application → disbursement on the group's meeting day → payoff."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop_app.errors import ValidationError
from desktop_app.services import group_meetings, loans, members
from desktop_app.services.loan_portfolio import loan_detail
from desktop_app.services.loan_products import get_loan_product
from tests.loan_book import add_member, add_product

D = date(2025, 1, 7)  # a Tuesday
THURSDAY = 3


@pytest.fixture
def siti(session):
    return add_member(session, "A001", "Siti Aminah", savings=2_000_000)


def weekly_product(session, **overrides):
    values = dict(name="Mingguan", monthly_rate=Decimal("1.3"), method="flat",
                  max_term_months=6, admin_fee_amount=0, frequency="week",
                  grace_installments=2, rounding_unit=500, rounding_mode="up")
    values.update(overrides)
    return add_product(session, **values)


def run(session, member_id, product_id, principal=1_000_000, installments=12, on=D,
        first_due=None):
    loan_id = loans.apply_for_loan(session, loans.Application(
        member_id, product_id, principal, installments, "modal", on, first_due=first_due))
    loans.approve(session, loan_id, on)
    loans.disburse(session, loan_id, on)
    return loan_id


def installments(session, loan_id):
    loan = session.get(loans.Loan, loan_id)
    return [(i.due_date, i.principal, i.interest) for i in loan.installments]


def test_a_weekly_product_keeps_its_terms(session):
    product = get_loan_product(session, weekly_product(session))
    assert (product.frequency, product.grace_installments, product.rounding_unit,
            product.rounding_mode) == ("week", 2, 500, "up")
    assert product.max_installments() == 26  # six months of weeks


def test_weekly_loan_with_grace_and_rounding_follows_the_group_meeting_day(session, siti):
    group = members.create_group(session, "Melati")
    group_meetings.set_group_meetings(session, group, THURSDAY, "week", True)
    session.get(loans.Member, siti).group_id = group
    session.commit()
    loan_id = run(session, siti, weekly_product(session))
    rows = installments(session, loan_id)
    assert len(rows) == 12
    assert [d for d, _, _ in rows] == [date(2025, 1, 16) + timedelta(days=7 * k)
                                       for k in range(12)]
    assert [p for _, p, _ in rows[:2]] == [0, 0]
    assert rows[0][2] == 3_857  # 9 days to the first Thursday: 3,000 × 9 / 7
    assert {p + i for _, p, i in rows[2:-1]} == {103_000}  # 100,000 + 3,000 rounded up to 500
    assert sum(p for _, p, _ in rows) == 1_000_000
    detail = loan_detail(session, loan_id, D)
    assert detail.outstanding == 1_000_000


def test_monthly_product_without_options_gives_todays_schedule(session, siti):
    loan_id = run(session, siti, add_product(session), principal=1_200_000)
    rows = installments(session, loan_id)
    assert rows[0] == (date(2025, 2, 7), 100_000, 18_000)


def test_chosen_first_due_date_is_kept_and_charged_by_days(session, siti):
    loan_id = run(session, siti, add_product(session), principal=1_200_000,
                  first_due=date(2025, 2, 21))
    rows = installments(session, loan_id)
    assert rows[0] == (date(2025, 2, 21), 100_000, 26_129)  # 18,000 × 45 / 31
    assert rows[1][0] == date(2025, 3, 21)


@pytest.mark.parametrize("installments_,first_due,message", [
    (27, None, "maximum of 26 installments"),
    (2, None, "grace period of 2"),
    (12, D, "first due date must be after"),
])
def test_application_refusals_say_what_to_fix(session, siti, installments_, first_due, message):
    product = weekly_product(session)
    with pytest.raises(ValidationError, match=message):
        loans.apply_for_loan(session, loans.Application(
            siti, product, 1_000_000, installments_, "modal", D, first_due=first_due))
    assert session.query(loans.Loan).count() == 0


@pytest.mark.parametrize("overrides,message", [
    (dict(frequency="daily"), "frequency"),
    (dict(grace_installments=26), "grace period must be shorter"),
    (dict(rounding_unit=0), "rounding unit"),
    (dict(payoff_rule="months", payoff_months=0), "1 to 12 months"),
])
def test_bad_product_terms_are_refused(session, overrides, message):
    with pytest.raises(ValidationError, match=message):
        weekly_product(session, **overrides)


@pytest.mark.parametrize("rule,months,interest", [
    ("waive", 0, 0),
    ("to_date", 0, 8_710),  # 18,000 × 15 / 31 days of the running installment
    ("months", 2, 36_000),  # 2 × 1.5 % × 1,200,000
])
def test_early_payoff_rules(session, siti, rule, months, interest):
    product = add_product(session, payoff_rule=rule, payoff_months=months)
    loan_id = run(session, siti, product, principal=1_200_000, on=date(2025, 1, 1))
    quote = loans.payoff_quote(session, loan_id, date(2025, 1, 16))
    assert (quote.principal, quote.interest) == (1_200_000, interest)
    loans.pay_off(session, loan_id, date(2025, 1, 16))
    assert loan_detail(session, loan_id, date(2025, 1, 16)).status == "paid"


def test_reschedule_of_a_weekly_loan_stays_weekly(session, siti):
    loan_id = run(session, siti, weekly_product(session, grace_installments=0))
    loans.reschedule(session, loan_id, date(2025, 2, 4), 20)
    rows = installments(session, loan_id)
    assert len(rows) == 20
    assert rows[1][0] - rows[0][0] == timedelta(days=7)


def test_an_application_shows_its_planned_schedule_with_its_terms(session, siti):
    product = weekly_product(session, grace_installments=0, rounding_unit=1)
    loan_id = loans.apply_for_loan(session, loans.Application(
        siti, product, 1_000_000, 10, "modal", D, first_due=date(2025, 1, 15)))
    planned = loans.planned_schedule(session, loan_id, D)
    assert [r.due_date for r in planned[:2]] == [date(2025, 1, 15), date(2025, 1, 22)]
    assert planned[1].interest == 3_000  # weekly: 1.3 % × 12 / 52
    assert loans.planned_schedule(session, loan_id, date(2025, 1, 20)) == []  # too late
