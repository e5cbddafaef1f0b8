"""The kiosk as the members' information point.

Before any PIN it shows only what is public: announcements of the day, the next market
days, group meetings and the RAT, trainings still open with their free places, and the
loan products explained in plain words with an example and a simulator. Nothing here
reads a member's data; what is hers (her trainings, her requests) is read by member id
after the PIN check (`kiosk.verify_member`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop_app.domain.money import format_amount
from desktop_app.domain.schedule import build_schedule
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import loan_products, noticeboard, programmes, settings
from desktop_app.services.noticeboard import AnnouncementInfo, CalendarItem
from desktop_app.services.programmes import TrainingInfo

LOOK_AHEAD_DAYS = 90
EXAMPLE_MONTHS = 12
EXAMPLE_PRINCIPAL_MAJOR = 1_000_000  # "pinjam Rp 1.000.000"


@dataclass(frozen=True)
class PublicBoard:
    today: date
    announcements: list[AnnouncementInfo]
    market_days: list[CalendarItem]
    meetings: list[CalendarItem]  # group meetings and the RAT
    trainings: list[TrainingInfo]  # open for registration, with free places


def public_board(session: Session, today: date, days: int = LOOK_AHEAD_DAYS) -> PublicBoard:
    """What anyone at the shared PC may see: nothing about any one member."""
    coming = noticeboard.calendar(session, today, today + timedelta(days=days))
    return PublicBoard(
        today,
        noticeboard.announcements(session, on=today),
        [i for i in coming if i.kind == "market"],
        [i for i in coming if i.kind in ("meeting", "rat")],
        programmes.trainings_open(session, today),
    )


# ------------------------------------------------------------------ loans in plain words


@dataclass(frozen=True)
class LoanExample:
    product: str
    method: str
    monthly_rate: Decimal
    principal: int
    months: int
    first_installment: int
    last_installment: int
    total_interest: int
    admin_fee: int

    @property
    def total_repaid(self) -> int:
        return self.principal + self.total_interest

    def sentence(self, minor_digits: int, currency: str) -> str:
        """The example in a member's words."""
        money = lambda amount: format_amount(amount, minor_digits, currency)
        if self.first_installment == self.last_installment or self.method != "menurun":
            text = tr("Borrow {principal}, pay {installment} each month for {months} months; "
                      "total interest (jasa) {interest}.", principal=money(self.principal),
                      installment=money(self.first_installment), months=self.months,
                      interest=money(self.total_interest))
        else:
            text = tr("Borrow {principal}, pay {first} in the first month, less each month, "
                      "down to {last} in month {months}; total interest (jasa) {interest}.",
                      principal=money(self.principal), first=money(self.first_installment),
                      last=money(self.last_installment), months=self.months,
                      interest=money(self.total_interest))
        if self.admin_fee:
            text += " " + tr("An admin fee of {fee} is paid once, when you receive the money.",
                             fee=money(self.admin_fee))
        return text


def method_words(method: str) -> str:
    return {
        "flat": tr("The same installment every month: interest is counted on the amount "
                   "borrowed."),
        "menurun": tr("Installments fall month by month: interest is counted only on what "
                      "you still owe."),
        "anuitas": tr("The same installment every month: at first it is mostly interest, "
                      "later mostly repayment."),
    }.get(method, method)


def simulate(session: Session, product_id: int, principal: int, months: int,
             today: date | None = None) -> LoanExample:
    """An example for any amount and term of a product; nothing is applied for."""
    product = loan_products.get_loan_product(session, product_id)
    if not product.active:
        raise ValidationError(tr("This loan product is not offered any more."))
    if principal <= 0:
        raise ValidationError(tr("The loan amount must be above zero."))
    if not 1 <= months <= product.max_term_months:
        raise ValidationError(tr("Choose a term of 1 to {max} months for {product}.",
                                 max=product.max_term_months, product=product.name))
    rows = build_schedule(principal, product.monthly_rate, months, product.method,
                          today or date.today())
    return LoanExample(product.name, product.method, product.monthly_rate, principal, months,
                       rows[0].installment, rows[-1].installment,
                       sum(r.interest for r in rows), product.admin_fee(principal))


def loan_examples(session: Session, today: date | None = None) -> list[LoanExample]:
    """Each offered product with the example of borrowing Rp 1.000.000 for 12 months (or
    its longest term if shorter)."""
    digits = settings.get_profile(session).minor_digits
    principal = EXAMPLE_PRINCIPAL_MAJOR * 10**digits
    return [simulate(session, p.id, principal, min(EXAMPLE_MONTHS, p.max_term_months), today)
            for p in loan_products.list_products(session, active_only=True)]
