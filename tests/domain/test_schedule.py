"""Loan schedules: known values, the exactness properties, and numpy-financial's pmt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.dates import add_months
from desktop_app.domain.schedule import CSV_HEADER, build_schedule, schedule_csv
from desktop_app.errors import ValidationError

START = date(2025, 1, 31)


def test_flat_known_values():
    rows = build_schedule(1_200_000, Decimal("1.5"), 12, "flat", START)
    assert {r.principal for r in rows} == {100_000}
    assert {r.interest for r in rows} == {18_000}
    assert rows[0].installment == 118_000
    assert [r.balance for r in rows[:2]] == [1_100_000, 1_000_000]


def test_menurun_interest_declines_on_the_outstanding_principal():
    rows = build_schedule(1_200_000, Decimal("1.5"), 12, "menurun", START)
    assert [r.interest for r in rows[:3]] == [18_000, 16_500, 15_000]
    assert rows[-1].interest == 1_500
    assert sum(r.interest for r in rows) == 117_000


def test_anuitas_known_values():
    rows = build_schedule(10_000_000, Decimal("1"), 12, "anuitas", START)
    # P·r/(1−(1+r)^−n) = 888,487.88 → 888,488
    assert rows[0].installment == 888_488
    assert rows[0].interest == 100_000
    assert rows[0].principal == 788_488
    assert all(r.installment == 888_488 for r in rows[:-1])
    assert abs(rows[-1].installment - 888_488) <= 12


@pytest.mark.parametrize("rate,months", [("1.25", 24), ("2", 6), ("0.75", 36), ("3.5", 10)])
def test_anuitas_installment_matches_numpy_financial(rate, months):
    principal = 7_500_000
    rows = build_schedule(principal, Decimal(rate), months, "anuitas", START)
    reference = -npf.pmt(float(rate) / 100, months, principal)
    assert abs(rows[0].installment - reference) <= 0.5
    # interest each month is the outstanding balance times the rate, as numpy's ipmt says
    for row in rows[:-1]:
        ipmt = -npf.ipmt(float(rate) / 100, row.number, months, principal)
        assert abs(row.interest - ipmt) <= row.number  # rounding drift of the balance


def test_due_dates_clamp_to_the_end_of_shorter_months():
    rows = build_schedule(600_000, Decimal("1"), 4, "flat", date(2024, 1, 31))
    assert [r.due_date for r in rows] == [
        date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31)
    ]


def test_rounding_unit_rounds_half_up_and_the_last_installment_absorbs_the_rest():
    rows = build_schedule(1_000_000, Decimal("1.5"), 3, "flat", START, rounding_unit=1000)
    assert [r.principal for r in rows] == [333_000, 333_000, 334_000]
    assert {r.interest for r in rows} == {15_000}


def test_rounding_unit_never_makes_the_balance_negative():
    rows = build_schedule(2_600, Decimal("1"), 4, "menurun", START, rounding_unit=1000)
    assert sum(r.principal for r in rows) == 2_600
    assert all(r.balance >= 0 for r in rows)


@pytest.mark.parametrize(
    "principal,rate,months,method",
    [(0, "1", 12, "flat"), (-5, "1", 12, "flat"), (1000, "-1", 12, "flat"),
     (1000, "1", 0, "menurun"), (1000, "1", 12, "balloon")],
)
def test_bad_terms_are_refused(principal, rate, months, method):
    with pytest.raises(ValidationError):
        build_schedule(principal, Decimal(rate), months, method, START)


def test_csv_has_the_contract_header_and_plain_integers():
    text = schedule_csv(build_schedule(1_000_000, Decimal("1.5"), 2, "flat", date(2025, 3, 21)))
    assert text.splitlines() == [
        CSV_HEADER,
        "1,2025-04-21,500000,15000,515000,500000",
        "2,2025-05-21,500000,15000,515000,0",
    ]


@given(
    principal=st.integers(1, 10**11),
    rate=st.decimals(min_value=0, max_value=10, places=2),
    months=st.integers(1, 120),
    method=st.sampled_from(["flat", "menurun", "anuitas"]),
    unit=st.sampled_from([1, 100, 1000]),
    start=st.dates(date(2000, 1, 1), date(2090, 12, 31)),
)
def test_schedule_properties(principal, rate, months, method, unit, start):
    rows = build_schedule(principal, rate, months, method, start, rounding_unit=unit)
    assert len(rows) == months
    assert sum(r.principal for r in rows) == principal
    assert rows[-1].balance == 0
    assert all(r.principal >= 0 and r.interest >= 0 for r in rows)
    assert all(r.installment == r.principal + r.interest for r in rows)
    assert [r.due_date for r in rows] == [add_months(start, n) for n in range(1, months + 1)]
    balance = principal
    for row in rows:
        balance -= row.principal
        assert row.balance == balance
