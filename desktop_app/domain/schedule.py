"""Loan schedules for the three methods cooperatives use.

Amounts are integers of the minor unit; rates are Decimal percent per month, converted
per period through the year (weekly: × 12 / 52, two-weekly: × 12 / 26). Interest is
exact (half up to one minor unit); installments round to the product's rounding unit,
half up or up; the last installment absorbs what rounding left over, so the principal
parts sum exactly to the principal and the balance ends at 0. Without options a
schedule is monthly, every installment rounded half up to one minor unit, as always.

Options (`ScheduleOptions`):
- `grace`: the first n installments carry no principal. `grace_kind="interest"`: they
  pay the period's interest; `"none"`: nothing is paid and the interest of those periods
  is added to the first installment after the grace period (deferred, not waived).
- `first_due`: the first due date; the first period's interest is the regular period
  interest × actual days ÷ the days of a regular first period.
- `meeting_weekday` (0 = Monday): computed due dates move forward to the group's
  meeting day (an explicitly chosen first due date is kept).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from desktop_app.domain.cells import csv_value
from desktop_app.domain.dates import add_months
from desktop_app.domain.money import round_half_up
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

METHODS = ("flat", "menurun", "anuitas")
FREQUENCIES = ("month", "2weeks", "week")
PERIODS_PER_YEAR = {"month": 12, "2weeks": 26, "week": 52}
PERIOD_DAYS = {"2weeks": 14, "week": 7}
GRACE_KINDS = ("interest", "none")
ROUNDING_MODES = ("half_up", "up")
CSV_HEADER = "no,due_date,principal,interest,installment,balance"


@dataclass(frozen=True)
class ScheduleRow:
    number: int
    due_date: date
    principal: int
    interest: int
    installment: int
    balance: int  # principal still outstanding after this installment


@dataclass(frozen=True)
class ScheduleOptions:
    frequency: str = "month"
    grace: int = 0
    grace_kind: str = "interest"
    rounding_unit: int = 1
    rounding_mode: str = "half_up"
    first_due: date | None = None
    meeting_weekday: int | None = None


MONTHLY = ScheduleOptions()


def period_rate(monthly_rate_percent: Decimal, frequency: str = "month") -> Decimal:
    """The rate of one period as a fraction: the monthly rate through the year."""
    monthly = Decimal(monthly_rate_percent) / 100
    if frequency == "month":
        return monthly
    return monthly * 12 / PERIODS_PER_YEAR[frequency]


def round_to(value: Decimal, unit: int, mode: str) -> int:
    """Round an amount to a multiple of `unit`, half up or up."""
    if mode == "up":
        return int((Decimal(value) / unit).to_integral_value(rounding=ROUND_CEILING)) * unit
    return round_half_up(Decimal(value), unit)


def validate_terms(principal: int, monthly_rate_percent: Decimal, months: int, method: str,
                   options: ScheduleOptions = MONTHLY, disbursed_on: date | None = None) -> None:
    """Refuse terms no schedule can be built from, with a message saying what to fix."""
    if method not in METHODS:
        raise ValidationError(
            tr("Unknown method {method}; choose flat, menurun or anuitas.", method=method)
        )
    if principal <= 0:
        raise ValidationError(tr("The loan amount must be above zero."))
    if months < 1:
        raise ValidationError(tr("The term must be at least one month."))
    if monthly_rate_percent < 0:
        raise ValidationError(tr("The interest rate cannot be negative."))
    _validate_options(months, options, disbursed_on)


def _validate_options(installments: int, options: ScheduleOptions,
                      disbursed_on: date | None) -> None:
    if options.frequency not in FREQUENCIES:
        raise ValidationError(tr("Unknown frequency {value}; choose month, 2weeks or week.",
                                 value=options.frequency))
    if options.grace_kind not in GRACE_KINDS:
        raise ValidationError(tr("Unknown grace kind {value}; choose interest or none.",
                                 value=options.grace_kind))
    if options.rounding_mode not in ROUNDING_MODES:
        raise ValidationError(tr("Unknown rounding {value}; choose half-up or up.",
                                 value=options.rounding_mode))
    if not 0 <= options.grace < installments:
        raise ValidationError(tr(
            "The grace period must leave at least one installment with principal "
            "(0 to {n}).", n=installments - 1))
    if options.rounding_unit < 1:
        raise ValidationError(tr("The rounding unit must be at least 1."))
    if options.meeting_weekday is not None and not 0 <= options.meeting_weekday <= 6:
        raise ValidationError(tr("The meeting day must be a day of the week."))
    if options.first_due is not None and disbursed_on is not None:
        regular = _regular_first_due(disbursed_on, options.frequency)
        longest = disbursed_on + 2 * (regular - disbursed_on)
        if not disbursed_on < options.first_due <= longest:
            raise ValidationError(tr(
                "The first due date must be after the payout and at most two periods "
                "later (by {date}).", date=longest.strftime("%d/%m/%Y")))


def annuity_installment(principal: int, rate: Decimal, months: int) -> Decimal:
    """`P·r / (1 − (1+r)^−n)` in Decimal; P/n when the rate is zero."""
    if rate == 0:
        return Decimal(principal) / months
    return Decimal(principal) * rate / (1 - (1 + rate) ** -months)


def _regular_first_due(disbursed_on: date, frequency: str) -> date:
    if frequency == "month":
        return add_months(disbursed_on, 1)
    return disbursed_on + timedelta(days=PERIOD_DAYS[frequency])


def _on_weekday(day: date, weekday: int | None) -> date:
    """`day` moved forward (0–6 days) to the meeting weekday, if there is one."""
    if weekday is None:
        return day
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def due_dates(disbursed_on: date, installments: int, options: ScheduleOptions = MONTHLY
              ) -> list[date]:
    """Due dates: one period apart from the first; monthly dates keep the day of the
    month (clamped to a shorter month's end); the meeting weekday moves computed dates."""
    frequency, weekday = options.frequency, options.meeting_weekday
    first = options.first_due or _on_weekday(_regular_first_due(disbursed_on, frequency),
                                             weekday)
    if frequency != "month":
        step = timedelta(days=PERIOD_DAYS[frequency])
        return [first + step * k for k in range(installments)]
    if options.first_due is None and weekday is None:
        return [add_months(disbursed_on, k) for k in range(1, installments + 1)]
    anchor = options.first_due or add_months(disbursed_on, 1)
    return [first] + [_on_weekday(add_months(anchor, k), weekday)
                      for k in range(1, installments)]


def first_period_factor(disbursed_on: date, first_due: date, frequency: str) -> Decimal:
    """Actual days of the first period ÷ the days of a regular first period."""
    regular = (_regular_first_due(disbursed_on, frequency) - disbursed_on).days
    return Decimal((first_due - disbursed_on).days) / regular


def build_schedule(
    principal: int,
    monthly_rate_percent: Decimal,
    months: int,
    method: str,
    disbursed_on: date,
    rounding_unit: int = 1,
    options: ScheduleOptions | None = None,
) -> list[ScheduleRow]:
    """The schedule of `months` installments (of the options' frequency; monthly by
    default). `rounding_unit` is kept for callers that give only a unit."""
    if options is None:
        options = ScheduleOptions(rounding_unit=rounding_unit)
    validate_terms(principal, monthly_rate_percent, months, method, options, disbursed_on)
    rate = period_rate(monthly_rate_percent, options.frequency)
    dates = due_dates(disbursed_on, months, options)
    factor = first_period_factor(disbursed_on, dates[0], options.frequency)
    grace, paying = options.grace, months - options.grace

    def rnd(value: Decimal) -> int:
        return round_to(value, options.rounding_unit, options.rounding_mode)

    even_principal = round_half_up(Decimal(principal) / paying)
    annuity = round_half_up(annuity_installment(principal, rate, paying))
    rows: list[ScheduleRow] = []
    balance, deferred = principal, 0
    for number, due in enumerate(dates, start=1):
        base = principal if method == "flat" else balance
        exact = base * rate * (factor if number == 1 else 1)
        interest = round_half_up(exact)
        if number <= grace:
            if options.grace_kind == "none":
                deferred, interest = deferred + interest, 0
            rows.append(ScheduleRow(number, due, 0, interest, interest, balance))
            continue
        target = annuity if method == "anuitas" else even_principal + interest
        if number == months:
            part = balance
        else:
            part = min(max(rnd(target) - interest, 0), balance)
        interest, deferred = interest + deferred, 0
        balance -= part
        rows.append(ScheduleRow(number, due, part, interest, part + interest, balance))
    return rows


def schedule_csv(rows: list[ScheduleRow]) -> str:
    """The schedule as CSV (`koperasi loan-schedule`): ISO dates, plain integers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    out.write(CSV_HEADER + "\n")
    for r in rows:
        writer.writerow([csv_value(v) for v in (
            r.number, r.due_date.isoformat(), r.principal, r.interest, r.installment, r.balance)])
    return out.getvalue()
