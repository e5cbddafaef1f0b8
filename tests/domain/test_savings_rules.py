"""Wajib months due and arrears."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.savings import wajib_arrears, wajib_months_due


def test_the_joining_month_is_due():
    assert wajib_months_due(date(2025, 3, 31), date(2025, 3, 31)) == 1
    assert wajib_months_due(date(2024, 11, 20), date(2025, 2, 1)) == 4


def test_nothing_is_due_before_joining():
    assert wajib_months_due(date(2025, 3, 1), date(2025, 2, 28)) == 0


def test_arrears_are_due_minus_paid_never_negative():
    joined, as_of = date(2025, 1, 5), date(2025, 6, 15)
    assert wajib_arrears(joined, as_of, 20_000, 60_000) == 60_000
    assert wajib_arrears(joined, as_of, 20_000, 200_000) == 0
