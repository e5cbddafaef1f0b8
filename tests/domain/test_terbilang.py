"""Amounts in Indonesian words, as printed on receipts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.terbilang import rupiah_words, terbilang


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1_000, "seribu"),
        (1_500, "seribu lima ratus"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (12_300_000, "dua belas juta tiga ratus ribu"),
        (2_000_000_000, "dua miliar"),
        (1_000_000_000_000, "satu triliun"),
        (-5_000, "minus lima ribu"),
    ],
)
def test_known_numbers(number, words):
    assert terbilang(number) == words


def test_rupiah_words():
    assert rupiah_words(50_000) == "lima puluh ribu rupiah"
    assert rupiah_words(125_050, minor_digits=2) == (
        "seribu dua ratus lima puluh rupiah lima puluh sen")


@given(st.integers(min_value=-(10**18), max_value=10**18))
def test_every_number_reads_as_plain_words(number):
    words = terbilang(number)
    assert words and words == words.strip() and "  " not in words
    assert all(word.isalpha() for word in words.split())
    assert ("minus" in words) == (number < 0)


@given(st.integers(min_value=1_000, max_value=1_999))
def test_one_thousand_and_some_is_seribu(number):
    assert terbilang(number).split()[0] == "seribu"
