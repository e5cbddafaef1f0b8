"""Schedule options of DESIGN.md §4: frequency, grace period, installment rounding,
first due date and the group's meeting weekday; and reference schedules from Apache
Fineract's end-to-end suite."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.domain.money import round_half_up
from desktop_app.domain.schedule import (
    ScheduleOptions,
    build_schedule,
    due_dates,
    period_rate,
)
from desktop_app.errors import ValidationError

START = date(2025, 1, 7)  # a Tuesday


def test_the_monthly_rate_is_converted_through_the_year():
    assert period_rate(Decimal("1.5"), "month") == Decimal("0.015")
    assert period_rate(Decimal("1.3"), "week") == Decimal("0.003")  # 1.3 × 12 / 52 %
    assert period_rate(Decimal("2.6"), "2weeks") == Decimal("0.012")  # 2.6 × 12 / 26 %


def test_weekly_flat_schedule_falls_due_every_seven_days():
    rows = build_schedule(1_000_000, Decimal("1.3"), 10, "flat", START,
                          options=ScheduleOptions(frequency="week"))
    assert [r.due_date for r in rows] == [START + timedelta(days=7 * k) for k in range(1, 11)]
    assert {r.interest for r in rows} == {3_000}  # 1,000,000 × 0.3 %
    assert {r.principal for r in rows} == {100_000}


def test_two_weekly_menurun_interest_is_on_the_balance():
    rows = build_schedule(1_200_000, Decimal("2.6"), 4, "menurun", START,
                          options=ScheduleOptions(frequency="2weeks"))
    assert [r.interest for r in rows] == [14_400, 10_800, 7_200, 3_600]
    assert rows[1].due_date == START + timedelta(days=28)


def test_grace_interest_only_then_principal_over_the_rest():
    rows = build_schedule(1_000_000, Decimal("1.3"), 6, "flat", START,
                          options=ScheduleOptions(frequency="week", grace=2))
    assert [(r.principal, r.interest) for r in rows[:2]] == [(0, 3_000), (0, 3_000)]
    assert [r.principal for r in rows[2:]] == [250_000] * 4


def test_grace_without_payment_defers_the_interest_to_the_first_installment_after_it():
    rows = build_schedule(1_000_000, Decimal("1.3"), 6, "menurun", START,
                          options=ScheduleOptions(frequency="week", grace=2,
                                                  grace_kind="none"))
    assert [r.installment for r in rows[:2]] == [0, 0]
    assert rows[2].interest == 3 * 3_000 and rows[2].principal == 250_000
    assert rows[3].interest == 2_250


def test_rounding_up_to_500_keeps_interest_exact_and_the_last_absorbs():
    rows = build_schedule(1_000_000, Decimal("1.5"), 12, "anuitas", date(2025, 1, 31),
                          options=ScheduleOptions(rounding_unit=500, rounding_mode="up"))
    assert {r.installment for r in rows[:-1]} == {92_000}  # 91,679.99… rounded up
    assert rows[0].interest == 15_000 and rows[1].interest == 13_845  # exact, not rounded
    assert rows[-1].installment < 92_000
    assert sum(r.principal for r in rows) == 1_000_000


def test_rounding_half_up_to_100_on_a_weekly_flat_loan():
    rows = build_schedule(1_000_000, Decimal("1.5"), 15, "flat", START,
                          options=ScheduleOptions(frequency="week", rounding_unit=100))
    # 66,666.67 principal + 3,461.54 interest = 70,128 → 70,100
    assert {r.installment for r in rows[:-1]} == {70_100}
    assert {r.interest for r in rows} == {3_462}


def test_a_chosen_first_due_date_charges_the_first_period_by_days():
    regular = build_schedule(1_000_000, Decimal("2"), 3, "menurun", date(2025, 3, 1))
    later = build_schedule(1_000_000, Decimal("2"), 3, "menurun", date(2025, 3, 1),
                           options=ScheduleOptions(first_due=date(2025, 4, 16)))
    assert regular[0].interest == 20_000  # 31 days
    assert later[0].interest == 29_677  # 20,000 × 46 / 31
    assert [r.due_date for r in later] == [date(2025, 4, 16), date(2025, 5, 16),
                                           date(2025, 6, 16)]
    assert later[1].interest == regular[1].interest


def test_due_dates_move_to_the_groups_meeting_weekday():
    thursday = 3
    dates = due_dates(START, 3, ScheduleOptions(frequency="week", meeting_weekday=thursday))
    assert dates == [date(2025, 1, 16), date(2025, 1, 23), date(2025, 1, 30)]
    monthly = due_dates(date(2025, 1, 31), 2, ScheduleOptions(meeting_weekday=thursday))
    assert monthly == [date(2025, 3, 6), date(2025, 3, 31) + timedelta(days=3)]


def test_the_first_period_of_a_weekly_loan_moved_to_the_meeting_day_is_charged_by_days():
    rows = build_schedule(1_000_000, Decimal("1.3"), 4, "flat", START,
                          options=ScheduleOptions(frequency="week", meeting_weekday=3))
    assert rows[0].interest == 3_857  # 9 days: 3,000 × 9 / 7 = 3,857.14
    assert rows[1].interest == 3_000


@pytest.mark.parametrize("options,message", [
    (ScheduleOptions(frequency="day"), "frequency"),
    (ScheduleOptions(grace=6), "grace"),
    (ScheduleOptions(grace_kind="capitalise"), "grace"),
    (ScheduleOptions(rounding_unit=0), "rounding"),
    (ScheduleOptions(rounding_mode="down"), "rounding"),
    (ScheduleOptions(first_due=date(2025, 1, 7)), "first due"),
    (ScheduleOptions(first_due=date(2025, 4, 1)), "first due"),
])
def test_bad_options_are_refused_with_a_message(options, message):
    with pytest.raises(ValidationError, match=f"(?i){message}"):
        build_schedule(1_000_000, Decimal("1"), 6, "flat", START, options=options)


def test_without_options_the_monthly_schedule_is_unchanged():
    assert build_schedule(7_500_000, Decimal("1.25"), 24, "anuitas", START) == build_schedule(
        7_500_000, Decimal("1.25"), 24, "anuitas", START, options=ScheduleOptions())


@given(
    principal=st.integers(10_000, 10**10),
    rate=st.decimals(min_value=0, max_value=5, places=2),
    installments=st.integers(1, 60),
    method=st.sampled_from(["flat", "menurun", "anuitas"]),
    frequency=st.sampled_from(["month", "2weeks", "week"]),
    grace=st.integers(0, 4),
    grace_kind=st.sampled_from(["interest", "none"]),
    unit=st.sampled_from([1, 100, 500, 1000]),
    mode=st.sampled_from(["half_up", "up"]),
    start=st.dates(date(2000, 1, 1), date(2090, 12, 31)),
)
def test_schedule_option_properties(principal, rate, installments, method, frequency, grace,
                                    grace_kind, unit, mode, start):
    assume(grace < installments)
    options = ScheduleOptions(frequency, grace, grace_kind, unit, mode)
    rows = build_schedule(principal, rate, installments, method, start, options=options)
    assert len(rows) == installments
    assert sum(r.principal for r in rows) == principal
    assert rows[-1].balance == 0
    assert all(r.principal >= 0 and r.interest >= 0 for r in rows)
    assert all(r.installment == r.principal + r.interest for r in rows)
    assert all(r.principal == 0 for r in rows[:grace])
    if grace_kind == "none":
        assert all(r.installment == 0 for r in rows[:grace])
    dates = [r.due_date for r in rows]
    assert dates == sorted(set(dates))
    balance = principal
    for row in rows:
        balance -= row.principal
        assert row.balance == balance
    paying = rows[grace:-1]
    first_paying = rows[grace] if grace else None
    regular = [r for r in paying if r is not first_paying]
    # rounding only where stated: installments of the paying rows (but the last) are
    # multiples of the unit, unless a small balance cut a principal short
    cut = [r for r in regular if r.balance == 0 or r.principal == 0]
    if method in ("flat", "anuitas") and not cut:
        assert len({r.installment for r in regular}) <= 1  # equal except the last
    if unit > 1 and not cut:
        assert all(r.installment % unit == 0 for r in regular)


@given(installments=st.integers(1, 40), rate=st.decimals(min_value=0, max_value=5, places=2),
       method=st.sampled_from(["flat", "menurun", "anuitas"]))
def test_unit_one_half_up_is_the_plain_schedule(installments, rate, method):
    plain = build_schedule(3_333_333, rate, installments, method, START)
    stated = build_schedule(3_333_333, rate, installments, method, START,
                            options=ScheduleOptions(rounding_unit=1, rounding_mode="up"))
    assert stated == plain


# --------------------------------------------------------------- reference schedules
# apache/fineract, fineract-e2e-tests-runner/src/test/resources/features/
# EMICalculation.feature, scenario C3158 "EMI calculation with 360/30 setup - decimal -
# repayment every 2 weeks": 100 EUR, 9.4822 % a year, declining balance, equal
# installments, 6 repayments every 2 weeks from 1 January 2024. Fineract's 360/30
# convention makes a two-week period's rate annual × 14 / 360; ours is monthly × 12 / 26,
# so the monthly rate that gives the same period rate is annual × 14 × 26 / (360 × 12).
# Amounts in cents.
FINERACT_C3158 = [
    (date(2024, 1, 15), 1651, 37, 8349),
    (date(2024, 1, 29), 1657, 31, 6692),
    (date(2024, 2, 12), 1663, 25, 5029),
    (date(2024, 2, 26), 1669, 19, 3360),
    (date(2024, 3, 11), 1676, 12, 1684),
    (date(2024, 3, 25), 1684, 6, 0),
]


def test_fineract_two_weekly_annuity_c3158():
    monthly = Decimal("9.4822") * 14 * 26 / (360 * 12)
    rows = build_schedule(10_000, monthly, 6, "anuitas", date(2024, 1, 1),
                          options=ScheduleOptions(frequency="2weeks"))
    assert [(r.due_date, r.principal, r.interest, r.balance) for r in rows] == FINERACT_C3158
    assert [r.installment for r in rows] == [1688] * 5 + [1690]


# Apache Fineract integration tests, the weekly interest-recalculation product (10,000.00;
# 4 repayments every 1 week; 2 % per month, interest calculation period = repayment
# period; declining balance, equal installments). Fineract turns a monthly rate into a
# weekly one exactly as we do (× 12 / 52). Initial schedule as asserted by
# `addRepaymentValues(...)` in `testRefundWithInterestRecalculation_WITH_PERIODIC_ACCOUNTING`
# (class org.apache.fineract.integrationtests.testRefund, a copy of the
# ClientLoanIntegrationTest interest-recalculation setup). Amounts in cents.
FINERACT_WEEKLY = [(248_276, 4_615), (249_422, 3_469), (250_573, 2_318), (251_729, 1_162)]


def test_fineract_weekly_annuity_two_percent_a_month():
    rows = build_schedule(1_000_000, Decimal(2), 4, "anuitas", date(2024, 1, 1),
                          options=ScheduleOptions(frequency="week"))
    assert [(r.principal, r.interest) for r in rows] == FINERACT_WEEKLY
    assert {r.installment for r in rows} == {252_891}
    assert [r.due_date for r in rows] == [date(2024, 1, 8), date(2024, 1, 15),
                                          date(2024, 1, 22), date(2024, 1, 29)]


# apache/fineract integration-tests/src/test/java/org/apache/fineract/integrationtests/
# ClientLoanIntegrationTest.java, verifyLoanRepaymentScheduleForEqualPrincipalWithGrace:
# 10,000,000 over 24 months at 2 % per month, equal principal (menurun), 5 months of grace
# on principal (interest only), disbursed 2 June 2014, currency in multiples of 100.
# Fineract rounds *each* principal and interest amount to the multiple of 100 and lets the
# last principal absorb; we keep interest exact (DESIGN.md §4). The convention model:
# our unit-1 schedule with principal and interest rounded to 100, the last principal the
# rest, is Fineract's table exactly. Installment number → (due date, principal, interest).
FINERACT_GRACE = {
    1: (date(2014, 7, 2), 0, 200_000), 2: (date(2014, 8, 2), 0, 200_000),
    3: (date(2014, 9, 2), 0, 200_000), 4: (date(2014, 10, 2), 0, 200_000),
    5: (date(2014, 11, 2), 0, 200_000), 6: (date(2014, 12, 2), 526_300, 200_000),
    7: (date(2015, 1, 2), 526_300, 189_500), 10: (date(2015, 4, 2), 526_300, 157_900),
    20: (date(2016, 2, 2), 526_300, 52_600), 24: (date(2016, 6, 2), 526_600, 10_500),
}


def test_fineract_monthly_menurun_with_five_months_of_principal_grace():
    rows = build_schedule(10_000_000, Decimal(2), 24, "menurun", date(2014, 6, 2),
                          options=ScheduleOptions(grace=5, grace_kind="interest"))
    assert [(r.principal, r.interest) for r in rows[:5]] == [(0, 200_000)] * 5  # exact
    hundred = [round_half_up(Decimal(r.principal), 100) for r in rows[:-1]]
    modelled = {r.number: (r.due_date, p, round_half_up(Decimal(r.interest), 100))
                for r, p in zip(rows, hundred + [10_000_000 - sum(hundred)], strict=True)}
    assert {n: modelled[n] for n in FINERACT_GRACE} == FINERACT_GRACE
