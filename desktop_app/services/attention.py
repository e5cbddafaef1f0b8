"""Attention flags: what makes an NGO officer visit a cooperative, each in a plain sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Account, JournalEntry, JournalLine, Member
from desktop_app.domain import accounts as acc
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount
from desktop_app.domain.savings import wajib_arrears
from desktop_app.i18n import tr
from desktop_app.services import aggregates, settings
from desktop_app.services.loan_portfolio import portfolio_summary


@dataclass(frozen=True)
class Thresholds:
    par30: float = 0.10  # share of outstanding principal more than 30 days late
    wajib_months: int = 3  # a member this many months behind on wajib is in arrears …
    wajib_share: float = 0.25  # … and a flag when more than this share of members are
    quiet_days: int = 60  # no entry for longer than this
    export_age_days: int = 90  # an exported workbook older than this


def flags(
    session: Session, as_of: date, *, exported_on: date | None = None,
    limits: Thresholds = Thresholds(),
) -> list[str]:
    """Every flag that holds for the book as of `as_of`, in the UI language."""
    digits = settings.get_profile(session).minor_digits
    out: list[str] = []
    difference = journal_difference(session, as_of)
    if difference:
        out.append(tr("The trial balance is out of balance by {amount}.", amount=format_amount(
            abs(difference), digits)))
    lowest = lowest_cash(session, as_of)
    if lowest is not None and lowest[1] < 0:
        out.append(tr("Cash fell below zero: {amount} on {date}.",
                      amount=format_amount(lowest[1], digits), date=format_date(lowest[0])))
    portfolio = portfolio_summary(session, as_of)
    par30 = portfolio.par30_amount / portfolio.outstanding if portfolio.outstanding else 0
    if par30 > limits.par30:
        out.append(tr("PAR30 is {value}, above {limit}.", value=_percent(par30),
                      limit=_percent(limits.par30)))
    behind, active = members_behind_on_wajib(session, as_of, limits.wajib_months)
    if active and behind / active > limits.wajib_share:
        out.append(tr("{n} of {total} active members are {months} or more months behind on "
                      "Simpanan Wajib.", n=behind, total=active, months=limits.wajib_months))
    last = session.scalar(select(func.max(JournalEntry.date)).where(JournalEntry.date <= as_of))
    if last is None:
        out.append(tr("The book has no entries."))
    elif (as_of - last).days > limits.quiet_days:
        out.append(tr("No entries for {days} days (the last on {date}).",
                      days=(as_of - last).days, date=format_date(last)))
    if exported_on is not None and (as_of - exported_on).days > limits.export_age_days:
        out.append(tr("The workbook was exported {days} days ago ({date}).",
                      days=(as_of - exported_on).days, date=format_date(exported_on)))
    return out


def journal_difference(session: Session, as_of: date) -> int:
    """Debits less credits of every journal line up to `as_of`: counted from the journal
    itself, not from the summaries the posting path keeps, so that a line written past
    the services shows (the summaries would still balance)."""
    return session.scalar(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalEntry.date <= as_of))


def lowest_cash(session: Session, as_of: date) -> tuple[date, int] | None:
    """The day up to `as_of` when cash (Kas) stood lowest at its close, and that balance."""
    daily = session.execute(
        select(JournalEntry.date, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == acc.KAS, JournalEntry.date <= as_of)
        .group_by(JournalEntry.date)
        .order_by(JournalEntry.date)
    )
    running, lowest = 0, None
    for day, amount in daily:
        running += int(amount)
        if lowest is None or running < lowest[1]:
            lowest = (day, running)
    return lowest


def members_behind_on_wajib(session: Session, as_of: date, months: int) -> tuple[int, int]:
    """(members `months` or more months behind on wajib, active members) as of `as_of`."""
    monthly = settings.get_profile(session).wajib_amount
    if monthly <= 0:
        return 0, 0
    paid = aggregates.member_sums(session, [acc.SIMPANAN_WAJIB], as_of)
    active = session.execute(
        select(Member.id, Member.join_date).where(
            Member.join_date <= as_of, (Member.exit_date.is_(None)) | (Member.exit_date > as_of)
        )
    ).all()
    behind = sum(
        1 for member_id, joined in active
        if wajib_arrears(joined, as_of, monthly, -paid.get(member_id, 0)) >= months * monthly
    )
    return behind, len(active)


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%".replace(".", ",")
