"""Repayment allocation, penalties, payoff quotes and ageing buckets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain import allocation
from desktop_app.domain.allocation import InstallmentState
from desktop_app.domain.loan_rules import PenaltyRule, bucket_for, par_ratio, penalty_amount
from desktop_app.errors import ValidationError


def schedule(n=3, principal=100_000, interest=10_000):
    return [
        InstallmentState(k, date(2025, k, 10), principal, interest) for k in range(1, n + 1)
    ]


def test_oldest_first_interest_before_principal_rest_to_the_next():
    split = allocation.allocate(schedule(), 150_000, date(2025, 1, 10))
    assert (split.interest, split.principal, split.penalty) == (20_000, 130_000, 0)
    assert split.parts[0] == allocation.Part(1, 0, 10_000, 100_000)
    assert split.parts[1] == allocation.Part(2, 0, 10_000, 30_000)


def test_penalty_comes_first_inside_the_late_installment():
    rule = PenaltyRule("fixed", Decimal(5_000))
    split = allocation.allocate(schedule(), 12_000, date(2025, 1, 20), rule)
    assert split.parts == (allocation.Part(1, 5_000, 7_000, 0),)


def test_a_payment_above_everything_owed_is_refused():
    states = schedule()
    owed = allocation.total_owed(states, date(2025, 1, 1))
    assert owed == 330_000
    assert allocation.allocate(states, owed, date(2025, 1, 1)).total == owed
    with pytest.raises(ValidationError, match="more than"):
        allocation.allocate(states, owed + 1, date(2025, 1, 1))


@pytest.mark.parametrize("amount", [0, -1])
def test_zero_or_negative_payments_are_refused(amount):
    with pytest.raises(ValidationError):
        allocation.allocate(schedule(), amount, date(2025, 1, 1))


def test_penalty_kinds():
    assert penalty_amount(PenaltyRule("none"), 100_000, 10) == 0
    assert penalty_amount(PenaltyRule("percent_day", Decimal("0.1")), 100_000, 10) == 1_000
    assert penalty_amount(PenaltyRule("percent_month", Decimal(2)), 100_000, 1) == 2_000
    assert penalty_amount(PenaltyRule("percent_month", Decimal(2)), 100_000, 31) == 4_000
    assert penalty_amount(PenaltyRule("fixed", Decimal(5_000)), 100_000, 3) == 5_000
    assert penalty_amount(PenaltyRule("fixed", Decimal(5_000)), 100_000, 0) == 0
    # penalty already paid is not charged twice
    assert penalty_amount(PenaltyRule("fixed", Decimal(5_000)), 100_000, 40, 5_000) == 0


def test_penalty_is_computed_as_of_the_payment_date():
    rule = PenaltyRule("percent_day", Decimal("0.1"))
    state = schedule()[0]
    assert state.penalty_due(date(2025, 1, 10), rule) == 0
    assert state.penalty_due(date(2025, 1, 15), rule) == 550  # 110,000 × 0.1% × 5


def test_payoff_charges_interest_only_of_installments_already_due():
    first = allocation.allocate(schedule(), 110_000, date(2025, 1, 10))
    states = allocation.apply(schedule(), first)
    quote = allocation.payoff_split(states, date(2025, 2, 15))
    assert (quote.interest, quote.principal) == (10_000, 200_000)
    paid = allocation.apply(states, quote)
    assert sum(s.unpaid_principal for s in paid) == 0


def test_spread_rebuilds_the_same_state_as_allocation():
    states = schedule()
    for amount, day in ((50_000, date(2025, 1, 9)), (120_000, date(2025, 2, 9))):
        states = allocation.apply(states, allocation.allocate(states, amount, day))
    rebuilt = schedule()
    rebuilt = allocation.apply(rebuilt, allocation.spread(rebuilt, 0, 10_000, 40_000))
    rebuilt = allocation.apply(rebuilt, allocation.spread(rebuilt, 0, 10_000, 110_000))
    assert rebuilt == states


def test_oldest_unpaid_due():
    first = allocation.allocate(schedule(), 110_000, date(2025, 1, 1))
    states = allocation.apply(schedule(), first)
    assert allocation.oldest_unpaid_due(states) == date(2025, 2, 10)


@given(st.lists(st.integers(1, 200_000), min_size=1, max_size=8))
def test_allocations_never_overpay_and_add_up(payments):
    states = schedule()
    for amount in payments:
        owed = allocation.total_owed(states, date(2025, 6, 1))
        if amount > owed:
            with pytest.raises(ValidationError):
                allocation.allocate(states, amount, date(2025, 6, 1))
            continue
        split = allocation.allocate(states, amount, date(2025, 6, 1))
        assert split.total == amount
        states = allocation.apply(states, split)
        assert all(0 <= s.paid_principal <= s.principal for s in states)
        assert all(0 <= s.paid_interest <= s.interest for s in states)


def test_buckets_and_par():
    assert [bucket_for(d).key for d in (0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 999)] == [
        "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "91-180", "91-180",
        "180+", "180+"]
    assert par_ratio(25, 100) == Decimal("0.25")
    assert par_ratio(0, 0) == 0
