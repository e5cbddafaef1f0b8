"""Wajib arrears: the months that ended before the day, times the amount, less what is paid."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.savings import wajib_arrears, wajib_months_in_arrears


def test_nobody_is_in_arrears_on_the_day_she_joins_nor_in_her_first_month():
    assert wajib_months_in_arrears(date(2026, 12, 1), date(2026, 12, 1)) == 0
    assert wajib_months_in_arrears(date(2025, 3, 1), date(2025, 3, 31)) == 0
    assert wajib_arrears(date(2026, 12, 1), date(2026, 12, 1), 20_000, 0) == 0


def test_the_joining_month_is_overdue_once_it_has_ended():
    assert wajib_months_in_arrears(date(2025, 3, 31), date(2025, 4, 1)) == 1
    assert wajib_months_in_arrears(date(2024, 11, 20), date(2025, 2, 1)) == 3


def test_nothing_is_overdue_before_joining():
    assert wajib_months_in_arrears(date(2025, 3, 1), date(2025, 2, 28)) == 0


def test_arrears_are_overdue_minus_paid_never_negative():
    joined, as_of = date(2025, 1, 5), date(2025, 6, 15)  # January to May are over
    assert wajib_arrears(joined, as_of, 20_000, 60_000) == 40_000
    assert wajib_arrears(joined, as_of, 20_000, 200_000) == 0


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
       st.integers(min_value=0, max_value=400))
def test_paying_each_month_in_its_month_never_leaves_arrears(joined, days):
    as_of = date.fromordinal(joined.toordinal() + days)
    months_paid = (as_of.year - joined.year) * 12 + as_of.month - joined.month + 1
    assert wajib_arrears(joined, as_of, 20_000, months_paid * 20_000) == 0
    assert wajib_arrears(joined, as_of, 20_000, 0) == 20_000 * (months_paid - 1)
