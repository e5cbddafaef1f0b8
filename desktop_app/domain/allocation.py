"""Where a repayment goes: oldest unpaid installment first; inside it penalty, then
interest, then principal; what is left goes to the next installment.

Pure functions over `InstallmentState` (a schedule row plus what has been paid on it).
`allocate` splits a new payment; `spread` re-applies a recorded split (used to rebuild
installment state after a repayment is reversed, so posted entries never change);
`payoff_split` is the early-payoff quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from desktop_app.domain.loan_rules import NO_PENALTY, PenaltyRule, penalty_amount
from desktop_app.domain.money import format_amount, round_half_up
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr


@dataclass(frozen=True)
class InstallmentState:
    number: int
    due_date: date
    principal: int
    interest: int
    paid_principal: int = 0
    paid_interest: int = 0
    paid_penalty: int = 0

    @property
    def unpaid_principal(self) -> int:
        return self.principal - self.paid_principal

    @property
    def unpaid_interest(self) -> int:
        return self.interest - self.paid_interest

    @property
    def unpaid(self) -> int:
        return self.unpaid_principal + self.unpaid_interest

    def penalty_due(self, on: date, rule: PenaltyRule) -> int:
        if rule.kind == "none":
            return 0
        days_late = (on - self.due_date).days
        return penalty_amount(rule, self.unpaid, days_late, self.paid_penalty)


@dataclass(frozen=True)
class Part:
    """What one payment put on one installment."""

    number: int
    penalty: int = 0
    interest: int = 0
    principal: int = 0


@dataclass(frozen=True)
class Split:
    penalty: int = 0
    interest: int = 0
    principal: int = 0
    parts: tuple[Part, ...] = field(default=())

    @property
    def total(self) -> int:
        return self.penalty + self.interest + self.principal


def total_owed(states: Sequence[InstallmentState], on: date, rule: PenaltyRule = NO_PENALTY) -> int:
    """Everything still owed under the schedule, penalties as of `on` included."""
    return sum(s.unpaid + s.penalty_due(on, rule) for s in states)


def allocate(
    states: Sequence[InstallmentState], amount: int, on: date, rule: PenaltyRule = NO_PENALTY,
    minor_digits: int = 0,
) -> Split:
    """Split `amount` paid on `on`; refuse zero, negative, or more than is owed."""
    if amount <= 0:
        raise ValidationError(tr("The payment must be above zero."))
    owed = total_owed(states, on, rule)
    if amount > owed:
        raise ValidationError(
            tr("The payment is more than the {owed} still owed on this loan.",
               owed=format_amount(owed, minor_digits))
        )
    left = amount
    parts: list[Part] = []
    for state in states:
        if left == 0:
            break
        penalty = min(left, state.penalty_due(on, rule))
        left -= penalty
        interest = min(left, state.unpaid_interest)
        left -= interest
        principal = min(left, state.unpaid_principal)
        left -= principal
        if penalty or interest or principal:
            parts.append(Part(state.number, penalty, interest, principal))
    return _split(parts)


def spread(
    states: Sequence[InstallmentState], penalty: int, interest: int, principal: int
) -> Split:
    """Put a recorded split back on the installments, oldest first for each component.

    The penalty goes on the oldest installment not fully paid. Used when rebuilding
    installment state from the repayments that remain after a reversal.
    """
    parts: dict[int, dict[str, int]] = {}
    unpaid = [s for s in states if s.unpaid > 0] or list(states[-1:])
    if penalty and unpaid:
        parts.setdefault(unpaid[0].number, {})["penalty"] = penalty
    for component, amount in (("interest", interest), ("principal", principal)):
        left = amount
        for state in states:
            if left == 0:
                break
            room = getattr(state, f"unpaid_{component}")
            take = min(left, room)
            if take:
                parts.setdefault(state.number, {})[component] = take
                left -= take
        if left:
            raise ValidationError(
                tr("The recorded repayments are more than the loan's schedule allows.")
            )
    return _split([Part(n, **values) for n, values in sorted(parts.items())])


def payoff_split(
    states: Sequence[InstallmentState], on: date, rule: PenaltyRule = NO_PENALTY,
    extra_interest: int = 0,
) -> Split:
    """Early payoff as of `on`: every penalty due, the unpaid interest of installments
    already due (on or before `on`), all outstanding principal, and `extra_interest`
    (what the early payoff rule charges of the interest not yet due; see
    `payoff_interest`), put on the next installments' interest oldest first."""
    parts = []
    extra = extra_interest
    for state in states:
        penalty = state.penalty_due(on, rule)
        if state.due_date <= on:
            interest = state.unpaid_interest
        else:
            interest = min(extra, state.unpaid_interest)
            extra -= interest
        principal = state.unpaid_principal
        if penalty or interest or principal:
            parts.append(Part(state.number, penalty, interest, principal))
    return _split(parts)


def payoff_interest(
    states: Sequence[InstallmentState], on: date, started_on: date, payoff_rule: str,
    months_of_interest: int = 0, monthly_rate: Decimal = Decimal(0),
) -> int:
    """Interest not yet due that an early payoff on `on` charges, by the product's rule:
    - `waive`: none (the remaining interest is waived);
    - `to_date`: the running installment's interest for the days from its period's start
      (the previous due date, or `started_on` for the first) to `on`;
    - `months`: `months_of_interest` × the monthly rate × the outstanding principal.
    Never more than the unpaid interest of the installments not yet due."""
    future = [s for s in states if s.due_date > on]
    ceiling = sum(s.unpaid_interest for s in future)
    if payoff_rule == "waive" or not future or ceiling == 0:
        return 0
    if payoff_rule == "to_date":
        running = future[0]
        earlier = [s.due_date for s in states if s.due_date < running.due_date]
        start = max(earlier) if earlier else started_on
        days, period = max((on - start).days, 0), (running.due_date - start).days
        accrued = round_half_up(Decimal(running.interest) * days / period) if period else 0
        return min(max(accrued - running.paid_interest, 0), ceiling)
    if payoff_rule == "months":
        outstanding = sum(s.unpaid_principal for s in states)
        charge = round_half_up(outstanding * Decimal(monthly_rate) / 100 * months_of_interest)
        return min(charge, ceiling)
    raise ValueError(f"unknown payoff rule {payoff_rule!r}")


def apply(states: Sequence[InstallmentState], split: Split) -> list[InstallmentState]:
    """The installments after `split` is paid."""
    by_number = {p.number: p for p in split.parts}
    result = []
    for state in states:
        part = by_number.get(state.number)
        if part:
            state = replace(
                state,
                paid_penalty=state.paid_penalty + part.penalty,
                paid_interest=state.paid_interest + part.interest,
                paid_principal=state.paid_principal + part.principal,
            )
        result.append(state)
    return result


def oldest_unpaid_due(states: Sequence[InstallmentState]) -> date | None:
    """Due date of the oldest installment not fully paid (None when all are paid)."""
    return next((s.due_date for s in states if s.unpaid > 0), None)


def _split(parts: list[Part]) -> Split:
    return Split(
        penalty=sum(p.penalty for p in parts),
        interest=sum(p.interest for p in parts),
        principal=sum(p.principal for p in parts),
        parts=tuple(parts),
    )
