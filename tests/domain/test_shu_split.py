"""The largest-remainder split of SHU: exact sums, ties, zero weights."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.shu import DEFAULT_BYLAWS, POOLS, largest_remainder, split_pools


def test_default_bylaws_total_100_in_design_order():
    assert sum(DEFAULT_BYLAWS.values()) == 100
    assert list(DEFAULT_BYLAWS) == list(POOLS)


def test_pools_of_a_known_surplus():
    # 47,655 by 40/20/25/5/5/2.5/2.5: floors leave 3 units, which go to the three .75s
    # in bylaw order (jasa usaha, pengurus, karyawan), not to the .375s.
    pools = split_pools(47_655, DEFAULT_BYLAWS)
    assert pools == {
        "cadangan": 19_062, "jasa_modal": 9_531, "jasa_usaha": 11_914,
        "dana_pengurus": 2_383, "dana_karyawan": 2_383,
        "dana_pendidikan": 1_191, "dana_sosial": 1_191,
    }


def test_ties_go_to_the_earlier_part():
    assert largest_remainder(2, [1, 1, 1]) == [1, 1, 0]
    assert largest_remainder(1, [1, 1]) == [1, 0]


def test_zero_weight_gets_nothing_even_with_units_left():
    assert largest_remainder(10, [0, 1, 1, 1]) == [0, 4, 3, 3]


def test_nothing_to_share_without_weights_or_surplus():
    assert largest_remainder(100, [0, 0]) == [0, 0]
    assert largest_remainder(0, [3, 4]) == [0, 0]
    assert split_pools(-5_000, DEFAULT_BYLAWS) == {p: 0 for p in POOLS}


def test_bad_inputs_are_refused():
    with pytest.raises(ValueError):
        largest_remainder(-1, [1])
    with pytest.raises(ValueError):
        largest_remainder(10, [1, -1])


@given(st.integers(0, 10**12), st.lists(st.integers(0, 10**9), min_size=1, max_size=40))
def test_parts_sum_exactly_and_stay_within_one_unit(total, weights):
    parts = largest_remainder(total, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
        return
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        exact = Decimal(total) * weight / sum(weights)
        assert exact - 1 < part < exact + 1
        if weight == 0:
            assert part == 0


percent = st.decimals(min_value=0, max_value=100, places=1)


@given(st.integers(1, 10**11), st.lists(percent, min_size=6, max_size=6))
def test_pools_sum_exactly_to_the_surplus(shu, first_six):
    rest = Decimal(100) - sum(first_six)
    if rest < 0:
        first_six = [Decimal(100) / 7] * 6
        rest = Decimal(100) - sum(first_six)
    pools = split_pools(shu, dict(zip(POOLS, [*first_six, rest], strict=True)))
    assert sum(pools.values()) == shu
    assert all(v >= 0 for v in pools.values())
