"""Amounts as treasurers type them, and as the app shows them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.money import (
    AmountError,
    format_amount,
    format_number,
    parse_amount,
    parse_percent,
    round_half_up,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 50.000", 50_000),
        ("Rp. 100.000,-", 100_000),
        ("50,000", 50_000),
        ("50.000", 50_000),
        ("1.250.000", 1_250_000),
        ("Rp 1.250.000", 1_250_000),
        ("(5.000)", -5_000),
        ("-Rp 50.000", -50_000),
        ("IDR 10000", 10_000),
        ("rp50.000", 50_000),
        ("  7 ", 7),
        ("1.000,00", 1_000),
        ("Rp\u00a025.000", 25_000),
    ],
)
def test_whole_rupiah_text_is_read_as_treasurers_write_it(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("abc", "'abc' is not an amount"),
        ("Rp", "not an amount"),
        ("1.2.3", "not an amount"),
        ("12.34.567", "not an amount"),
        ("--5", "not an amount"),
        ("5-", "not an amount"),
        ("1,5", "more decimals than this book keeps"),
        ("1,000.50", "more decimals than this book keeps"),
        ("50 000 000 x", "not an amount"),
    ],
)
def test_bad_amount_text_is_refused_with_a_clear_message(text, message):
    with pytest.raises(AmountError, match=message):
        parse_amount(text)


@pytest.mark.parametrize("value", [True, None, [1], float("nan"), float("inf"), 1.5])
def test_values_that_are_not_whole_amounts_are_refused(value):
    with pytest.raises(AmountError):
        parse_amount(value)


def test_numbers_from_spreadsheets_become_minor_units():
    assert parse_amount(50000) == 50_000
    assert parse_amount(50000.0) == 50_000
    assert parse_amount(Decimal("12.5"), minor_digits=2) == 1250
    assert parse_amount(3, minor_digits=2) == 300


def test_books_with_cents_read_the_decimal_comma():
    assert parse_amount("1.250,50", minor_digits=2) == 125_050
    assert parse_amount("12,5", minor_digits=2) == 1_250
    assert parse_amount("1,000.25", minor_digits=2) == 100_025
    with pytest.raises(AmountError, match="more decimals"):
        parse_amount("1,255", minor_digits=2)


def test_formatting_uses_indonesian_grouping():
    assert format_amount(1_250_000) == "Rp 1.250.000"
    assert format_amount(0) == "Rp 0"
    assert format_amount(-50_000) == "-Rp 50.000"
    assert format_number(999) == "999"
    assert format_number(125_050, 2) == "1.250,50"
    assert format_number(5, 2) == "0,05"
    assert format_amount(100, 2, "USD") == "USD 1,00"


@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(0, 3))
def test_formatted_amounts_read_back_unchanged(minor, digits):
    assert parse_amount(format_amount(minor, digits), digits) == minor
    assert parse_amount(format_number(minor, digits), digits) == minor


@given(st.integers(min_value=0, max_value=10**12))
def test_english_grouping_reads_the_same_in_whole_rupiah_books(whole):
    assert parse_amount(f"{whole:,}") == whole
    assert parse_amount(f"Rp. {format_number(whole)},-") == whole


@given(st.integers(min_value=-(10**9), max_value=10**9), st.integers(1, 1000))
def test_rounding_lands_on_the_unit_and_within_half_of_it(value, unit):
    rounded = round_half_up(Decimal(value) / 7, unit)
    assert rounded % unit == 0
    assert abs(Decimal(rounded) - Decimal(value) / 7) <= Decimal(unit) / 2


def test_rounding_is_half_up_not_bankers():
    assert round_half_up(Decimal("2.5")) == 3
    assert round_half_up(Decimal("3.5")) == 4
    assert round_half_up(Decimal("1250"), 500) == 1500


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,5", Decimal("1.5")), ("1.5", Decimal("1.5")), ("2%", Decimal(2)), (3, Decimal(3)),
     (1.25, Decimal("1.25"))],
)
def test_percentages_accept_the_decimal_comma(text, expected):
    assert parse_percent(text) == expected


@pytest.mark.parametrize("text", ["satu", "", "nan", True])
def test_bad_percentages_are_refused(text):
    with pytest.raises(AmountError, match="not a percentage"):
        parse_percent(text)
