"""The figures an NGO reports for one cooperative over one period.

One implementation for the in-app NGO indicators and the consolidation of many books:
the shared part comes from `reports.indicators`; the rest (savings by kind, loans
outstanding, write-offs, yield, consignment paid, members joined and left, SHU of the
last closed year) is added here. Every figure keeps its numerator and denominator, so
totals over many cooperatives are recomputed from sums, never averaged ratios.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Member,
    Training,
    TrainingRegistration,
)
from desktop_app.domain import accounts as acc
from desktop_app.domain.accounts import EntryKind
from desktop_app.i18n import tr
from desktop_app.services import aggregates, reports, settings
from desktop_app.services.ngo_indicators import ratio
from desktop_app.services.programmes import REGISTERED

LOAN_INCOME = (acc.PENDAPATAN_JASA, acc.PENDAPATAN_ADMIN, acc.PENDAPATAN_DENDA)


@dataclass(frozen=True)
class CoopFigures:
    """One cooperative's figures for `start`..`end` (stocks at `end`, flows in between)."""

    start: date
    end: date
    members: int
    women: int
    heads_of_household: int
    joined: int
    left: int
    savings_pokok: int
    savings_wajib: int
    savings_sukarela: int
    loans_disbursed_count: int
    loans_disbursed_amount: int
    loans_outstanding: int
    par30_amount: int  # principal of running loans more than 30 days late
    repayment_due: int  # installments (principal + interest) due in the period
    repayment_paid: int  # … and what has been paid of them
    write_offs: int
    loan_income: int  # interest, admin fees and penalties received in the period
    average_outstanding: int  # mean of the outstanding principal at the start and the end
    market_sales: int
    consignment_paid: int
    training_participants: int | None  # None: the book keeps no trainings

    @property
    def savings_total(self) -> int:
        return self.savings_pokok + self.savings_wajib + self.savings_sukarela

    @property
    def par30(self) -> float | None:
        return ratio(self.par30_amount, self.loans_outstanding)

    @property
    def repayment_rate(self) -> float | None:
        return ratio(self.repayment_paid, self.repayment_due)

    @property
    def portfolio_yield(self) -> float | None:
        return ratio(self.loan_income, self.average_outstanding)


def figures(session: Session, start: date, end: date) -> CoopFigures:
    """The book's figures for `start`..`end`."""
    shared = reports.indicators(session, start, end)
    at_end = aggregates.balances_as_of(session, end)
    before = aggregates.balances_as_of(session, start - timedelta(days=1))
    moved = aggregates.movements(session, start, end)
    joined = session.scalar(
        select(func.count()).select_from(Member).where(Member.join_date.between(start, end))
    )
    left = session.scalar(
        select(func.count()).select_from(Member).where(Member.exit_date.between(start, end))
    )
    return CoopFigures(
        start, end,
        members=shared.members,
        women=shared.women,
        heads_of_household=shared.women_heads_of_household,
        joined=joined,
        left=left,
        savings_pokok=-at_end[acc.SIMPANAN_POKOK],
        savings_wajib=-at_end[acc.SIMPANAN_WAJIB],
        savings_sukarela=-at_end[acc.SIMPANAN_SUKARELA],
        loans_disbursed_count=shared.loans_disbursed_count,
        loans_disbursed_amount=shared.loans_disbursed_amount,
        loans_outstanding=at_end[acc.PIUTANG_PINJAMAN],
        par30_amount=shared.par30_amount,
        repayment_due=shared.repayment_due,
        repayment_paid=shared.repayment_paid,
        write_offs=moved[acc.BEBAN_PENGHAPUSAN],
        loan_income=-sum(moved[code] for code in LOAN_INCOME),
        average_outstanding=(before[acc.PIUTANG_PINJAMAN] + at_end[acc.PIUTANG_PINJAMAN]) // 2,
        market_sales=shared.market_sales,
        consignment_paid=_consignment_paid(session, start, end),
        training_participants=_training_participants(session, start, end),
    )


def _training_participants(session: Session, start: date, end: date) -> int | None:
    """Distinct people registered for trainings dated in the period (None: no trainings
    at all in the book), as the NGO indicators' training figures count them."""
    if session.scalar(select(func.count()).select_from(Training)) == 0:
        return None
    reg = TrainingRegistration
    person = func.coalesce(reg.member_id * 2, reg.participant_id * 2 + 1)  # one id space
    return session.scalar(
        select(func.count(func.distinct(person)))
        .join(Training, Training.id == reg.training_id)
        .where(Training.date.between(start, end), reg.status == REGISTERED)
    )


def _consignment_paid(session: Session, start: date, end: date) -> int:
    """Proceeds paid out or credited to producers: the debits to Utang Konsinyasi.

    Counted by account, not by entry kind, so that a book and its exported workbook
    (where a settlement is a Kas row) agree; reversed pairs are left out.
    """
    reversal = aliased(JournalEntry)
    paid = session.scalar(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(
            Account.code == acc.UTANG_KONSINYASI,
            JournalLine.amount > 0,
            JournalEntry.kind != str(EntryKind.REVERSAL),
            JournalEntry.date.between(start, end),
            ~select(reversal.id).where(reversal.reverses_id == JournalEntry.id).exists(),
        )
    )
    return int(paid)


def add(items: list[CoopFigures]) -> CoopFigures:
    """The sum of several books' figures for the same period (ratios follow from sums)."""
    first = items[0]
    summed = {}
    for f in fields(CoopFigures):
        if f.name in ("start", "end"):
            continue
        values = [getattr(item, f.name) for item in items]
        known = [v for v in values if v is not None]
        summed[f.name] = sum(known) if known else None
    return CoopFigures(first.start, first.end, **summed)


@dataclass(frozen=True)
class ClosedYear:
    year: int
    start: date
    end: date
    shu: int  # income minus expenses of the fiscal year


def last_closed_year(session: Session) -> ClosedYear | None:
    """The SHU of the latest fiscal year the books are closed through, if any."""
    closed = settings.closed_through(session)
    if closed is None:
        return None
    year = aggregates.fiscal_year_of(session, closed)
    start, end = aggregates.fiscal_year(session, year)
    if end > closed:  # closed part-way into a year: the year before is the last whole one
        year -= 1
        start, end = aggregates.fiscal_year(session, year)
    if start > closed:
        return None
    return ClosedYear(year, start, end, reports.income_statement(session, start, end).result)


def quarters(as_of: date, count: int) -> list[tuple[date, date]]:
    """The last `count` calendar quarters up to `as_of`, oldest first; the current one
    ends at `as_of`."""
    if count < 1:
        raise ValueError(tr("Give at least one quarter."))
    first_month = (as_of.month - 1) // 3 * 3 + 1
    start = date(as_of.year, first_month, 1)
    out = [(start, as_of)]
    for _ in range(count - 1):
        end = start - timedelta(days=1)
        start = date(end.year, end.month - 2, 1)
        out.append((start, end))
    return out[::-1]


def quarter_label(start: date) -> str:
    """`2025 K1` in Indonesian, `2025 Q1` in English."""
    return tr("{year} Q{n}", year=start.year, n=(start.month - 1) // 3 + 1)


MONEY, COUNT, PERCENT = "money", "count", "percent"


@dataclass(frozen=True)
class Figure:
    """One reported figure: where it comes from, how it shows, what it means."""

    attr: str
    kind: str
    label: Callable[[], str]
    definition: Callable[[], str]

    def of(self, item: CoopFigures) -> int | float | None:
        return getattr(item, self.attr)


FIGURES = (
    Figure("members", COUNT, lambda: tr("Members"), lambda: tr(
        "Members who had joined and not left at the end of the period.")),
    Figure("women", COUNT, lambda: tr("Women members"), lambda: tr(
        "Of those members, the women.")),
    Figure("heads_of_household", COUNT, lambda: tr("Women heads of household"), lambda: tr(
        "Of those women, the heads of household.")),
    Figure("joined", COUNT, lambda: tr("Joined"), lambda: tr(
        "Members whose joining date falls in the period.")),
    Figure("left", COUNT, lambda: tr("Left"), lambda: tr(
        "Members whose exit date falls in the period.")),
    Figure("savings_pokok", MONEY, lambda: tr("Simpanan Pokok"), lambda: tr(
        "Balance of principal savings at the end of the period.")),
    Figure("savings_wajib", MONEY, lambda: tr("Simpanan Wajib"), lambda: tr(
        "Balance of mandatory savings at the end of the period.")),
    Figure("savings_sukarela", MONEY, lambda: tr("Simpanan Sukarela"), lambda: tr(
        "Balance of voluntary savings at the end of the period.")),
    Figure("savings_total", MONEY, lambda: tr("Total savings"), lambda: tr(
        "Pokok + wajib + sukarela at the end of the period.")),
    Figure("loans_disbursed_count", COUNT, lambda: tr("Loans disbursed"), lambda: tr(
        "Loans paid out in the period (reversed disbursements left out).")),
    Figure("loans_disbursed_amount", MONEY, lambda: tr("Amount disbursed"), lambda: tr(
        "Principal of the loans paid out in the period.")),
    Figure("loans_outstanding", MONEY, lambda: tr("Loans outstanding"), lambda: tr(
        "Principal still owed at the end of the period (Piutang Pinjaman).")),
    Figure("par30", PERCENT, lambda: tr("PAR30"), lambda: tr(
        "Principal of running loans more than 30 days late ÷ all principal outstanding, "
        "loans as they stand now aged to the end of the period.")),
    Figure("repayment_rate", PERCENT, lambda: tr("Repayment rate"), lambda: tr(
        "Of the installments (principal + interest) due in the period, the share paid so "
        "far.")),
    Figure("write_offs", MONEY, lambda: tr("Write-offs"), lambda: tr(
        "Loan principal written off in the period (Beban Penghapusan Piutang).")),
    Figure("portfolio_yield", PERCENT, lambda: tr("Portfolio yield"), lambda: tr(
        "Interest, admin fees and penalties received in the period ÷ the mean of the "
        "principal outstanding at its start and end (for the period, not annualised).")),
    Figure("market_sales", MONEY, lambda: tr("Market-day sales"), lambda: tr(
        "Cash taken from sales in the period, returns deducted.")),
    Figure("consignment_paid", MONEY, lambda: tr("Consignment paid to members"), lambda: tr(
        "Sale proceeds paid out or credited to producers in the period.")),
    Figure("training_participants", COUNT, lambda: tr("Training participants"), lambda: tr(
        "Distinct people registered for trainings dated in the period, members and "
        "non-members (books without trainings: empty).")),
)
