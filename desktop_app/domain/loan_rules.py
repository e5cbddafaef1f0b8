"""Loan rules that are not the schedule: penalties (denda), ageing buckets and PAR.

Penalty kinds, computed as of a payment date on one late installment:
- `none`: no penalty (imported loans always carry none);
- `percent_day`: value % of the installment's unpaid amount per day late;
- `percent_month`: value % of the unpaid amount per month begun late (day 1–30 is one
  month, day 31–60 two, …);
- `fixed`: value (an amount in minor units) once per late installment.
Penalty already paid on the installment is deducted, so paying a penalty in part and
the rest later never charges it twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.money import round_half_up
from desktop_app.i18n import tr

PENALTY_KINDS = ("none", "percent_day", "percent_month", "fixed")


@dataclass(frozen=True)
class PenaltyRule:
    kind: str = "none"
    value: Decimal = Decimal(0)


NO_PENALTY = PenaltyRule()


def penalty_amount(rule: PenaltyRule, unpaid: int, days_late: int, already_paid: int = 0) -> int:
    """Penalty still due on one installment with `unpaid` owed, `days_late` days overdue."""
    if rule.kind == "none" or days_late <= 0 or unpaid <= 0:
        return 0
    if rule.kind == "fixed":
        total = int(rule.value)
    elif rule.kind == "percent_day":
        total = round_half_up(unpaid * rule.value / 100 * days_late)
    elif rule.kind == "percent_month":
        months = -(-days_late // 30)
        total = round_half_up(unpaid * rule.value / 100 * months)
    else:
        raise ValueError(f"unknown penalty kind {rule.kind!r}")
    return max(total - already_paid, 0)


@dataclass(frozen=True)
class Bucket:
    key: str
    label: Callable[[], str]
    min_days: int
    max_days: int | None  # inclusive; None = no upper bound


BUCKETS: tuple[Bucket, ...] = (
    Bucket("current", lambda: tr("Current (Lancar)"), 0, 0),
    Bucket("1-30", lambda: tr("1–30 days"), 1, 30),
    Bucket("31-60", lambda: tr("31–60 days"), 31, 60),
    Bucket("61-90", lambda: tr("61–90 days"), 61, 90),
    Bucket("91-180", lambda: tr("91–180 days"), 91, 180),
    Bucket("180+", lambda: tr("Over 180 days"), 181, None),
)
BUCKETS_BY_KEY = {b.key: b for b in BUCKETS}


def bucket_for(days_past_due: int) -> Bucket:
    for bucket in BUCKETS:
        if days_past_due >= bucket.min_days and (
            bucket.max_days is None or days_past_due <= bucket.max_days
        ):
            return bucket
    return BUCKETS[0]


def par_ratio(late_outstanding: int, all_outstanding: int) -> Decimal:
    """Portfolio at risk: late outstanding ÷ all outstanding (0 for an empty portfolio)."""
    if all_outstanding <= 0:
        return Decimal(0)
    return Decimal(late_outstanding) / Decimal(all_outstanding)
