"""Loan schedules for the three methods cooperatives use (DESIGN.md section 4).

Amounts are integers of the minor unit; rates are Decimal percent per month. Every
amount rounds half up to `rounding_unit`; the last installment absorbs what rounding
left over, so the principal parts sum exactly to the principal and the balance ends at 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import add_months
from desktop_app.domain.money import round_half_up
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr

METHODS = ("flat", "menurun", "anuitas")
CSV_HEADER = "no,due_date,principal,interest,installment,balance"


@dataclass(frozen=True)
class ScheduleRow:
    number: int
    due_date: date
    principal: int
    interest: int
    installment: int
    balance: int  # principal still outstanding after this installment


def validate_terms(principal: int, monthly_rate_percent: Decimal, months: int, method: str) -> None:
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


def annuity_installment(principal: int, rate: Decimal, months: int) -> Decimal:
    """`P·r / (1 − (1+r)^−n)` in Decimal; P/n when the rate is zero."""
    if rate == 0:
        return Decimal(principal) / months
    return Decimal(principal) * rate / (1 - (1 + rate) ** -months)


def build_schedule(
    principal: int,
    monthly_rate_percent: Decimal,
    months: int,
    method: str,
    disbursed_on: date,
    rounding_unit: int = 1,
) -> list[ScheduleRow]:
    validate_terms(principal, monthly_rate_percent, months, method)
    rate = Decimal(monthly_rate_percent) / 100
    unit = rounding_unit

    def rnd(value: Decimal) -> int:
        return round_half_up(value, unit)

    even_principal = rnd(Decimal(principal) / months)
    flat_interest = rnd(principal * rate)
    annuity = rnd(annuity_installment(principal, rate, months))
    rows: list[ScheduleRow] = []
    balance = principal
    for number in range(1, months + 1):
        interest = {
            "flat": flat_interest,
            "menurun": rnd(balance * rate),
            "anuitas": rnd(balance * rate),
        }[method]
        if number == months:
            part = balance
        elif method == "anuitas":
            part = min(max(annuity - interest, 0), balance)
        else:
            part = min(even_principal, balance)
        balance -= part
        rows.append(
            ScheduleRow(number, add_months(disbursed_on, number), part, interest,
                        part + interest, balance)
        )
    return rows


def schedule_csv(rows: list[ScheduleRow]) -> str:
    """The schedule as CSV: ISO dates, plain integers, the header of DESIGN.md section 6."""
    lines = [CSV_HEADER]
    lines += [
        f"{r.number},{r.due_date.isoformat()},{r.principal},{r.interest},{r.installment},"
        f"{r.balance}"
        for r in rows
    ]
    return "\n".join(lines) + "\n"
