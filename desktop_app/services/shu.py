"""SHU (Sisa Hasil Usaha): the year's surplus, its split by the bylaws, its distribution.

SHU = income - expenses of the fiscal year, read from the journal (year-end closing
entries left out). A member's *capital* is her pokok + wajib balance at the end of the
fiscal year; her *participation* is the loan interest (4101) and penalties (4103) she
paid in the year plus the consignment commission (4202) the cooperative earned on her
goods, all read from journal lines carrying her member number.

Posting needs the year closed (closed-through on or after the year end) and posts two
entries dated `on` (after the closed date, typically the day of the RAT):
1. a year-end closing entry (kind year_end) moving the year's income and expenses to
   SHU Belum Dibagi (3401);
2. the distribution (kind shu_distribution): Dr 3401; Cr Cadangan (3201) the reserve;
   Cr Dana SHU (2301) the four funds; Cr Simpanan Sukarela [m] (or Cr Kas [m]) each
   member's jasa. A member pool nobody can share (no member with capital, or nobody with
   participation) stays in SHU Belum Dibagi.
Both carry the reference `SHU-<year>`, which is how a second distribution is refused.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain import accounts as acc
from desktop_app.domain import postings
from desktop_app.domain import shu as rules
from desktop_app.domain.accounts import AccountType, EntryKind
from desktop_app.domain.cells import csv_value
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, settings
from desktop_app.services.aggregates import (
    account_names,
    fiscal_year,
    member_sums,
    movements,
)
from desktop_app.services.context import require, transaction

BYLAW_PREFIX = "bylaws."
CAPITAL_ACCOUNTS = (acc.SIMPANAN_POKOK, acc.SIMPANAN_WAJIB)
PARTICIPATION_ACCOUNTS = (acc.PENDAPATAN_JASA, acc.PENDAPATAN_DENDA, acc.KOMISI_KONSINYASI)
CSV_HEADER = ("member_no", "name", "capital", "participation", "jasa_modal", "jasa_usaha", "total")


def pool_title(pool: str) -> str:
    """The translated name of a bylaw pool."""
    return {
        rules.CADANGAN: tr("Reserve (cadangan)"),
        rules.JASA_MODAL: tr("Return on capital (jasa modal)"),
        rules.JASA_USAHA: tr("Return on participation (jasa usaha)"),
        rules.DANA_PENGURUS: tr("Board fund (dana pengurus)"),
        rules.DANA_KARYAWAN: tr("Staff fund (dana karyawan)"),
        rules.DANA_PENDIDIKAN: tr("Education fund (dana pendidikan)"),
        rules.DANA_SOSIAL: tr("Social fund (dana sosial)"),
    }[pool]


# ------------------------------------------------------------------ bylaws


def get_bylaws(session: Session) -> dict[str, Decimal]:
    """Bylaw percentages per pool, in bylaw order (defaults where none is stored)."""
    return {
        pool: Decimal(settings.get(session, BYLAW_PREFIX + pool, str(default)))
        for pool, default in rules.DEFAULT_BYLAWS.items()
    }


def save_bylaws(session: Session, percents: dict[str, object]) -> None:
    """Store new bylaw percentages; refused unless every pool is >= 0 and they total 100."""
    with transaction(session):
        require(session, Permission.SETTINGS)
        values: dict[str, Decimal] = {}
        for pool in rules.POOLS:
            try:
                value = Decimal(str(percents.get(pool, "")).replace(",", ".").strip())
            except InvalidOperation:
                value = Decimal(-1)
            if not value.is_finite() or value < 0:
                raise ValidationError(
                    tr("Enter a percentage of zero or more for {pool}.", pool=pool_title(pool))
                )
            values[pool] = value
        total = sum(values.values())
        if total != 100:
            raise ValidationError(
                tr(
                    "The bylaw percentages add up to {total}%; they must total exactly 100%.",
                    total=_percent_text(total),
                )
            )
        before = get_bylaws(session)
        for pool, value in values.items():
            settings.put(session, BYLAW_PREFIX + pool, str(value))
        changed = {p: [str(before[p]), str(v)] for p, v in values.items() if before[p] != v}
        audit.record(session, "settings.bylaws", "setting", "bylaws", **changed)


def _percent_text(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


# ------------------------------------------------------------------ computing


@dataclass(frozen=True)
class ShuPool:
    key: str
    title: str
    percent: Decimal
    amount: int


@dataclass(frozen=True)
class ShuMember:
    member_id: int
    number: str
    name: str
    capital: int
    participation: int
    jasa_modal: int
    jasa_usaha: int

    @property
    def total(self) -> int:
        return self.jasa_modal + self.jasa_usaha


@dataclass(frozen=True)
class ShuResult:
    year: int
    start: date
    end: date
    provisional: bool  # the year is not closed yet: figures may still change
    distributed: bool
    income: int
    expenses: int
    pools: list[ShuPool]
    members: list[ShuMember]

    @property
    def shu(self) -> int:
        return self.income - self.expenses

    def pool(self, key: str) -> int:
        return next(p.amount for p in self.pools if p.key == key)

    @property
    def undistributed(self) -> int:
        """Member pools that nobody could share: they stay in SHU Belum Dibagi."""
        shared = sum(m.total for m in self.members)
        return self.pool(rules.JASA_MODAL) + self.pool(rules.JASA_USAHA) - shared


def _year_movements(session: Session, start: date, end: date) -> tuple[dict[str, int], int, int]:
    moves = movements(session, start, end)
    kinds = {code: kind for code, (_, kind) in account_names(session).items()}
    income = -sum(v for c, v in moves.items() if kinds[c] == AccountType.INCOME)
    expenses = sum(v for c, v in moves.items() if kinds[c] == AccountType.EXPENSE)
    return moves, income, expenses


def compute_shu(session: Session, year: int) -> ShuResult:
    """The SHU of fiscal `year` and every member's share (any time; read-only)."""
    if not 1900 <= year <= 9998:
        raise ValidationError(tr("{year} is not a fiscal year.", year=year))
    start, end = fiscal_year(session, year)
    closed = settings.closed_through(session)
    _, income, expenses = _year_movements(session, start, end)
    percents = get_bylaws(session)
    pools = rules.split_pools(income - expenses, percents)
    capital = {m: -v for m, v in member_sums(session, CAPITAL_ACCOUNTS, end).items()}
    participation = {
        m: -v for m, v in member_sums(session, PARTICIPATION_ACCOUNTS, end, start).items()
    }
    people = session.execute(text("SELECT id, number, name FROM member ORDER BY number")).all()
    caps = [max(capital.get(mid, 0), 0) for mid, _, _ in people]
    parts = [max(participation.get(mid, 0), 0) for mid, _, _ in people]
    modal = rules.largest_remainder(pools[rules.JASA_MODAL], caps)
    usaha = rules.largest_remainder(pools[rules.JASA_USAHA], parts)
    members = [
        ShuMember(mid, number, name, c, p, jm, ju)
        for (mid, number, name), c, p, jm, ju in zip(people, caps, parts, modal, usaha, strict=True)
    ]
    return ShuResult(
        year=year,
        start=start,
        end=end,
        provisional=closed is None or closed < end,
        distributed=is_distributed(session, year),
        income=income,
        expenses=expenses,
        pools=[ShuPool(k, pool_title(k), percents[k], pools[k]) for k in rules.POOLS],
        members=members,
    )


def shu_csv(result: ShuResult) -> str:
    """The per-member table as CSV (DESIGN.md section 6), amounts as plain integers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for m in result.members:
        writer.writerow([csv_value(v) for v in (
            m.number, m.name, m.capital, m.participation, m.jasa_modal, m.jasa_usaha, m.total)])
    return out.getvalue()


# ------------------------------------------------------------------ posting


def distributed_years(session: Session) -> list[int]:
    """Fiscal years whose closing entry is posted and not reversed."""
    references = session.scalars(
        text(
            "SELECT e.reference FROM journal_entry e WHERE e.kind = :k "
            "AND e.reference LIKE 'SHU-%' "
            "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = e.id)"
        ),
        {"k": str(EntryKind.YEAR_END)},
    )
    return sorted(int(ref.removeprefix("SHU-")) for ref in references)


def is_distributed(session: Session, year: int) -> bool:
    return year in distributed_years(session)


@dataclass(frozen=True)
class Distribution:
    year: int
    closing_entry_id: int
    distribution_entry_id: int | None  # None when there was no surplus to share
    shu: int
    to_members: int


def post_shu_distribution(
    session: Session, year: int, members_to: str = "savings", on: date | None = None
) -> Distribution:
    """Close fiscal `year` into SHU Belum Dibagi and distribute it (chair only).

    `members_to` is 'savings' (credited to Simpanan Sukarela) or 'cash' (paid from Kas).
    `on` is the posting date: after the closed-through date; default today.
    """
    with transaction(session):
        require(session, Permission.CLOSE_PERIOD)
        if members_to not in (postings.SAVINGS, postings.CASH):
            raise ValidationError(tr("Members' SHU goes to their savings or is paid in cash."))
        result = compute_shu(session, year)
        if result.provisional:
            raise ValidationError(
                tr(
                    "Fiscal year {year} is not closed yet: close the books through {end} first.",
                    year=year,
                    end=format_date(result.end),
                )
            )
        if result.distributed:
            raise ValidationError(tr("The SHU of {year} has already been distributed.", year=year))
        on = on or date.today()
        moves, _, _ = _year_movements(session, result.start, result.end)
        kinds = {code: kind for code, (_, kind) in account_names(session).items()}
        closed = {code: amount for code, amount in moves.items()
                  if kinds[code] in (AccountType.INCOME, AccountType.EXPENSE) and amount}
        if not closed:
            raise ValidationError(
                tr("There is no income or expense in fiscal year {year}; nothing to close.",
                   year=year)
            )
        closing_id = ledger.post_in_transaction(session,
                                                postings.year_end_draft(year, on, closed))
        distribution_id = None
        to_members = sum(m.total for m in result.members)
        if result.shu > 0:
            _refuse_cash_short(session, members_to, to_members)
            distribution_id = ledger.post_in_transaction(
                session,
                postings.shu_distribution_draft(
                    year, on, result.pool(rules.CADANGAN),
                    sum(result.pool(p) for p in rules.FUND_POOLS),
                    [(m.member_id, m.total) for m in result.members], members_to,
                ),
            )
        audit.record(
            session, "shu.distribute", "fiscal_year", year,
            shu=result.shu, to_members=to_members, members_to=members_to, on=on,
        )
        return Distribution(year, closing_id, distribution_id, result.shu, to_members)


def _refuse_cash_short(session: Session, members_to: str, to_members: int) -> None:
    if members_to != postings.CASH:
        return
    cash = ledger.account_balance(session, acc.KAS)
    if cash < to_members:
        raise ValidationError(
            tr(
                "There is only {cash} in cash but members are owed {owed}; "
                "credit their savings instead.",
                cash=format_amount(cash),
                owed=format_amount(to_members),
            )
        )
