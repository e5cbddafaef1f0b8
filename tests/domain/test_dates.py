"""Dates as treasurers write them (DESIGN.md section 5) and month arithmetic."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.dates import (
    DateError,
    add_months,
    format_date,
    months_between,
    parse_date,
    parse_typed_date,
)

MARCH_21 = date(2025, 3, 21)


@pytest.mark.parametrize(
    "value",
    [
        MARCH_21,
        datetime(2025, 3, 21, 14, 30),
        45737,  # Excel serial
        45737.0,
        45737.75,  # a serial with a time of day
        "21/03/2025",
        "21-03-2025",
        "21.03.2025",
        "2025-03-21",
        "2025-03-21 00:00:00",
        "21 Maret 2025",
        "21 maret 2025",
        "21 March 2025",
        "21 Mar 2025",
        " 21/3/2025 ",
    ],
)
def test_every_accepted_form_reads_as_the_same_day(value):
    assert parse_date(value) == MARCH_21


def test_indonesian_month_abbreviations():
    assert parse_date("1 Agt 2024") == date(2024, 8, 1)
    assert parse_date("17 Agustus 1945") == date(1945, 8, 17)
    assert parse_date("5 Des 2023") == date(2023, 12, 5)
    assert parse_date("1 Nopember 2022") == date(2022, 11, 1)


@pytest.mark.parametrize(
    "value", ["", "kemarin", "31/02/2025", "32 Maret 2025", "21 Marsupial 2025", "2025/13/01",
              "45737", True, 0, -3, "03/21/2025"],
)
def test_things_that_are_not_dates_are_refused_with_the_expected_form(value):
    with pytest.raises(DateError, match="not a date"):
        parse_date(value)


def test_text_refusals_show_how_to_write_a_date():
    with pytest.raises(DateError, match="21/03/2025"):
        parse_date("besok")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 3, date(2025, 4, 30)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 5, 10), 0, date(2025, 5, 10)),
    ],
)
def test_add_months_clamps_to_the_end_of_shorter_months(start, months, expected):
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2200, 1, 1)), st.integers(-240, 240))
def test_add_months_moves_whole_months_and_never_past_the_day(start, months):
    moved = add_months(start, months)
    assert months_between(start, moved) == months
    assert moved.day <= start.day
    if moved.day < start.day:  # clamped: it is the last day of its month
        assert (moved + timedelta(days=1)).day == 1


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2999, 12, 31)))
def test_formatted_dates_read_back(day):
    assert parse_date(format_date(day)) == day


def test_format_is_day_month_year():
    assert format_date(MARCH_21) == "21/03/2025"


# -- dates typed into a date field ------------------------------------------------------
TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("typed", [
    "28/11/2026", "28-11-2026", "28.11.2026", "28 11 2026", "28112026", "28/11/26",
    "281126", "28/11", " 28/11/2026 ", "2026-11-28", "28 November 2026", "28 Nop 2026",
])
def test_every_way_of_typing_the_28th_of_november_gives_it(typed):
    assert parse_typed_date(typed, TODAY) == date(2026, 11, 28)


@pytest.mark.parametrize(("typed", "expected"), [
    ("1/2/65", date(1965, 2, 1)),      # a birth date
    ("31/12/27", date(2027, 12, 31)),  # next year is still this century
    ("1/1/28", date(1928, 1, 1)),      # more than a year ahead: the last century
    ("29/2/24", date(2024, 2, 29)),
])
def test_a_two_digit_year_is_never_more_than_a_year_ahead(typed, expected):
    assert parse_typed_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["", "abc", "31/02/2026", "28/13/2026", "2811", "28//2026",
                                   "0/11/2026", "28/11/202"])
def test_what_is_not_a_date_is_refused_with_the_form_to_use(typed):
    with pytest.raises(DateError, match="21/03/2025"):
        parse_typed_date(typed, TODAY)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["/", "-", ".", " "]))
def test_any_date_typed_day_first_with_a_four_digit_year_comes_back(day, separator):
    typed = f"{day.day}{separator}{day.month}{separator}{day.year:04d}"
    assert parse_typed_date(typed, TODAY) == day
    assert parse_typed_date(day.strftime("%d%m") + f"{day.year:04d}", TODAY) == day


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2200, 1, 1)))
def test_a_two_digit_year_lands_within_the_hundred_years_up_to_next_year(today):
    typed = parse_typed_date("15/06/" + f"{today.year % 100:02d}", today)
    assert today.year - 99 <= typed.year <= today.year + 1
    assert typed.year % 100 == today.year % 100
