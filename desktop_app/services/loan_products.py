"""Loan products (settings): rate, method, maximum term, admin fee, penalty, limit, and
the schedule options of DESIGN.md §4: frequency, grace period, installment rounding and
the early payoff rule."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import LoanProduct
from desktop_app.domain.loan_rules import PENALTY_KINDS, PenaltyRule
from desktop_app.domain.money import round_half_up
from desktop_app.domain.roles import Permission
from desktop_app.domain.schedule import (
    FREQUENCIES,
    GRACE_KINDS,
    METHODS,
    PERIODS_PER_YEAR,
    ROUNDING_MODES,
    ScheduleOptions,
)
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction

# A monthly rate above this needs an explicit confirmation (likely a typing mistake).
SANE_MONTHLY_RATE = Decimal(10)
PAYOFF_RULES = ("waive", "to_date", "months")


@dataclass(frozen=True)
class LoanProductInfo:
    id: int | None
    name: str
    monthly_rate: Decimal
    method: str
    max_term_months: int
    admin_fee_amount: int = 0
    admin_fee_percent: Decimal = Decimal(0)
    penalty_kind: str = "none"
    penalty_value: Decimal = Decimal(0)
    limit_savings_multiple: Decimal | None = None
    guarantor_required: bool = False
    active: bool = True
    frequency: str = "month"
    grace_installments: int = 0
    grace_kind: str = "interest"
    rounding_unit: int = 1
    rounding_mode: str = "half_up"
    payoff_rule: str = "waive"
    payoff_months: int = 0

    @property
    def penalty(self) -> PenaltyRule:
        return PenaltyRule(self.penalty_kind, self.penalty_value)

    def schedule_options(self, first_due=None, meeting_weekday: int | None = None
                         ) -> ScheduleOptions:
        return ScheduleOptions(self.frequency, self.grace_installments, self.grace_kind,
                               self.rounding_unit, self.rounding_mode, first_due,
                               meeting_weekday)

    def max_installments(self) -> int:
        """The maximum term in installments of the product's frequency."""
        return self.max_term_months * PERIODS_PER_YEAR[self.frequency] // 12

    def admin_fee(self, principal: int) -> int:
        return self.admin_fee_amount + round_half_up(principal * self.admin_fee_percent / 100)


def check_rate(rate: Decimal, confirm_high_rate: bool) -> None:
    """Refuse a zero/negative rate, and a rate above 10%/month unless confirmed."""
    if rate <= 0:
        raise ValidationError(tr("The interest rate must be above zero."))
    if rate > SANE_MONTHLY_RATE and not confirm_high_rate:
        raise ValidationError(
            tr("{rate}% per month is very high; check the rate or confirm it.", rate=rate)
        )


def _validate(info: LoanProductInfo, confirm_high_rate: bool) -> None:
    problems = []
    if not info.name.strip():
        problems.append(tr("The product needs a name."))
    if info.method not in METHODS:
        problems.append(tr("Choose a method: flat, menurun or anuitas."))
    if info.max_term_months < 1 or info.max_term_months > 120:
        problems.append(tr("The maximum term must be 1 to 120 months."))
    if info.admin_fee_amount < 0 or not 0 <= info.admin_fee_percent < 100:
        problems.append(tr("The admin fee cannot be negative or 100% or more."))
    if info.penalty_kind not in PENALTY_KINDS:
        problems.append(tr("Unknown penalty kind."))
    elif info.penalty_kind != "none" and info.penalty_value <= 0:
        problems.append(tr("Give the penalty's amount or percentage, or choose no penalty."))
    if info.limit_savings_multiple is not None and info.limit_savings_multiple <= 0:
        problems.append(tr("The savings multiple limit must be above zero, or empty for none."))
    problems += _term_problems(info)
    if problems:
        raise ValidationError(" ".join(problems), problems)
    check_rate(info.monthly_rate, confirm_high_rate)


def _term_problems(info: LoanProductInfo) -> list[str]:
    problems = []
    if info.frequency not in FREQUENCIES:
        problems.append(tr("Choose a frequency: monthly, every two weeks or weekly."))
    elif not 0 <= info.grace_installments < info.max_installments():
        problems.append(tr("The grace period must be shorter than the maximum term."))
    if info.grace_kind not in GRACE_KINDS:
        problems.append(tr("Choose what is paid in the grace period: interest or nothing."))
    if info.rounding_unit < 1 or info.rounding_mode not in ROUNDING_MODES:
        problems.append(tr("The rounding unit must be at least 1, rounded half up or up."))
    if info.payoff_rule not in PAYOFF_RULES:
        problems.append(tr("Unknown early payoff rule."))
    elif info.payoff_rule == "months" and not 1 <= info.payoff_months <= 12:
        problems.append(tr("Give 1 to 12 months of interest for an early payoff."))
    return problems


def _info(row: LoanProduct) -> LoanProductInfo:
    return LoanProductInfo(
        row.id, row.name, row.monthly_rate, row.method, row.max_term_months,
        row.admin_fee_amount, row.admin_fee_percent, row.penalty_kind, row.penalty_value,
        row.limit_savings_multiple, row.guarantor_required, row.active, row.frequency,
        row.grace_installments, row.grace_kind, row.rounding_unit, row.rounding_mode,
        row.payoff_rule, row.payoff_months,
    )


def list_products(session: Session, active_only: bool = False) -> list[LoanProductInfo]:
    query = select(LoanProduct).order_by(LoanProduct.name)
    if active_only:
        query = query.where(LoanProduct.active.is_(True))
    return [_info(row) for row in session.scalars(query)]


def _product_row(session: Session, product_id: int) -> LoanProduct:
    row = session.get(LoanProduct, product_id)
    if row is None:
        raise ValidationError(tr("There is no loan product {id}.", id=product_id))
    return row


def get_loan_product(session: Session, product_id: int) -> LoanProductInfo:
    return _info(_product_row(session, product_id))


def save_product(session: Session, info: LoanProductInfo, *,
                 confirm_high_rate: bool = False) -> int:
    """Create (id None) or update a loan product; return its id. Existing loans keep
    the terms they were given."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        _validate(info, confirm_high_rate)
        name = info.name.strip()
        clash = session.scalar(select(LoanProduct.id).where(LoanProduct.name == name))
        if clash is not None and clash != info.id:
            raise ValidationError(tr("A loan product named {name} already exists.", name=name))
        values = {**asdict(info), "name": name}
        values.pop("id")
        if info.id is None:
            row = LoanProduct(**values)
            session.add(row)
            session.flush()
            audit.record(session, "loan_product.create", "loan_product", row.id, **values)
        else:
            row = _product_row(session, info.id)
            before = _info(row)
            for key, value in values.items():
                setattr(row, key, value)
            changed = {k: [getattr(before, k), v] for k, v in values.items()
                       if getattr(before, k) != v}
            audit.record(session, "loan_product.update", "loan_product", row.id, **changed)
        return row.id
