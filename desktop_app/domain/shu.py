"""Splitting the year's surplus (SHU) exactly, by the largest-remainder method.

The SHU is split into pools by the bylaw percentages, then the two
member pools (jasa modal, jasa usaha) are split among members by weight. At both levels
each part is the floor of its exact share and the units left over go one each to the
largest fractional parts, so the parts always add up exactly to the whole. Ties go to
the part listed first (the bylaw order below, or member number ascending).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

# Bylaw pools in the order that breaks ties.
CADANGAN = "cadangan"
JASA_MODAL = "jasa_modal"
JASA_USAHA = "jasa_usaha"
DANA_PENGURUS = "dana_pengurus"
DANA_KARYAWAN = "dana_karyawan"
DANA_PENDIDIKAN = "dana_pendidikan"
DANA_SOSIAL = "dana_sosial"

POOLS = (
    CADANGAN,
    JASA_MODAL,
    JASA_USAHA,
    DANA_PENGURUS,
    DANA_KARYAWAN,
    DANA_PENDIDIKAN,
    DANA_SOSIAL,
)
FUND_POOLS = (DANA_PENGURUS, DANA_KARYAWAN, DANA_PENDIDIKAN, DANA_SOSIAL)

DEFAULT_BYLAWS: dict[str, Decimal] = {
    CADANGAN: Decimal(40),
    JASA_MODAL: Decimal(20),
    JASA_USAHA: Decimal(25),
    DANA_PENGURUS: Decimal(5),
    DANA_KARYAWAN: Decimal(5),
    DANA_PENDIDIKAN: Decimal("2.5"),
    DANA_SOSIAL: Decimal("2.5"),
}


def largest_remainder(total: int, weights: Sequence[Fraction | Decimal | int]) -> list[int]:
    """Split `total` (>= 0) in proportion to `weights` (>= 0); parts sum exactly to `total`.

    Ties in the fractional part go to the earlier weight. A zero weight gets nothing;
    if every weight is zero, nothing can be shared and every part is zero.
    """
    if total < 0:
        raise ValueError("only a non-negative total can be split")
    exact = [Fraction(w) for w in weights]
    if any(w < 0 for w in exact):
        raise ValueError("weights must not be negative")
    # Scale to whole numbers so that the shares are exact integer divisions.
    scale = math.lcm(*(w.denominator for w in exact)) if exact else 1
    whole_weights = [int(w * scale) for w in exact]
    whole = sum(whole_weights)
    if total == 0 or whole == 0:
        return [0] * len(exact)
    parts, remainders = [], []
    for weight in whole_weights:
        part, remainder = divmod(total * weight, whole)
        parts.append(part)
        remainders.append(remainder)
    left = total - sum(parts)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-remainders[i], i))
    for i in by_remainder[:left]:
        parts[i] += 1
    return parts


def split_pools(shu: int, percents: Mapping[str, Decimal]) -> dict[str, int]:
    """The SHU split into the bylaw pools; zeros when there is no surplus to share."""
    if shu <= 0:
        return {pool: 0 for pool in POOLS}
    return dict(zip(POOLS, largest_remainder(shu, [percents[p] for p in POOLS]), strict=True))

