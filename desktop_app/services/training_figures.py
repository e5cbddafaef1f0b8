"""Training figures for the NGO indicators: who was reached and what followed.

Per programme, over the trainings dated in a period (definitions, also printed in the
report, see `DEFINITIONS`):
- participants: distinct people registered (members and non-members);
- women heads of household: distinct registered women marked head of household;
- completion rate: registrations completed ÷ registrations;
- follow-up after 6 and 12 months, for trained members (members who attended a training
  of the programme in the period), counted from the first such training's date `d`:
  began selling (a consignment sale of her goods in (d, d+n months] and none before d),
  took a loan (a loan disbursed in (d, d+n months]) and raised savings (her pokok + wajib
  + sukarela higher at d+n months than on d). Only members whose window has ended by the
  day the report is made are counted ("of …").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Loan,
    Member,
    Participant,
    Programme,
    Training,
    TrainingRegistration,
)
from desktop_app.domain.accounts import SAVINGS_ACCOUNTS, UTANG_KONSINYASI, EntryKind
from desktop_app.domain.dates import add_months
from desktop_app.i18n import tr
from desktop_app.services.programmes import REGISTERED

WINDOWS = (6, 12)


def definitions() -> list[str]:
    return [
        tr("Participants: distinct people registered for the programme's trainings dated in "
           "the period, members and non-members."),
        tr("Women heads of household: registered women marked as head of household."),
        tr("Completion rate: registrations completed ÷ registrations."),
        tr("After 6 / 12 months: for members who attended a training of the programme in the "
           "period, counted from the first such training. Began selling: a consignment sale "
           "of her goods within the months after and none before. Took a loan: a loan "
           "disbursed within the months after. Raised savings: pokok + wajib + sukarela "
           "higher at the end of the months than on the training day. \"of N\": members "
           "whose 6 or 12 months have passed by the day of this report."),
    ]


@dataclass(frozen=True)
class FollowUp:
    eligible: int  # trained members whose window has ended
    began_selling: int
    took_loan: int
    raised_savings: int


@dataclass(frozen=True)
class ProgrammeFigures:
    programme: str
    organiser_kind: str
    funder: str | None
    trainings: int
    participants: int
    members: int
    non_members: int
    women: int
    women_heads_of_household: int
    registrations: int
    completed: int
    follow_up: dict[int, FollowUp]

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.registrations if self.registrations else None


def programme_figures(session: Session, start: date, end: date,
                      as_of: date | None = None) -> list[ProgrammeFigures]:
    """Figures per programme with trainings dated from `start` to `end`."""
    as_of = as_of or date.today()
    reg = TrainingRegistration
    in_period = and_(Training.date >= start, Training.date <= end, reg.status == REGISTERED)
    gender = func.coalesce(Member.gender, Participant.gender)
    head = case((Member.id.is_not(None), Member.head_of_household),
                else_=Participant.head_of_household)
    rows = session.execute(
        select(Programme.id, Programme.name, Programme.organiser_kind, Programme.funder,
               Training.id, reg.member_id, reg.participant_id, gender, head, reg.attended,
               reg.completed, Training.date)
        .join(Training, Training.programme_id == Programme.id)
        .join(reg, reg.training_id == Training.id)
        .outerjoin(Member, Member.id == reg.member_id)
        .outerjoin(Participant, Participant.id == reg.participant_id)
        .where(in_period)
        .order_by(Programme.name, Training.date)).all()
    by_programme: dict[int, list] = {}
    for row in rows:
        by_programme.setdefault(row[0], []).append(row)
    figures = []
    for group in by_programme.values():
        people = {("m", r[5]) if r[5] is not None else ("p", r[6]): r for r in group}
        first_attended: dict[int, date] = {}
        for r in group:
            if r[5] is not None and r[9]:
                first_attended[r[5]] = min(first_attended.get(r[5], r[11]), r[11])
        women = [r for r in people.values() if r[7] == "F"]
        figures.append(ProgrammeFigures(
            programme=group[0][1], organiser_kind=group[0][2], funder=group[0][3],
            trainings=len({r[4] for r in group}),
            participants=len(people),
            members=sum(1 for key in people if key[0] == "m"),
            non_members=sum(1 for key in people if key[0] == "p"),
            women=len(women),
            women_heads_of_household=sum(1 for r in women if r[8]),
            registrations=len(group),
            completed=sum(1 for r in group if r[10]),
            follow_up={n: _follow_up(session, first_attended, n, as_of) for n in WINDOWS},
        ))
    return figures


def _follow_up(session: Session, trained: dict[int, date], months: int,
               as_of: date) -> FollowUp:
    eligible = {m: d for m, d in trained.items() if add_months(d, months) <= as_of}
    selling = loan = savings = 0
    for member_id, day in eligible.items():
        until = add_months(day, months)
        selling += _began_selling(session, member_id, day, until)
        loan += bool(session.scalar(select(func.count()).select_from(Loan).where(
            Loan.member_id == member_id, Loan.disbursed_on > day, Loan.disbursed_on <= until)))
        savings += _savings(session, member_id, until) > _savings(session, member_id, day)
    return FollowUp(len(eligible), selling, loan, savings)


def _member_lines(member_id: int, codes: tuple[str, ...]):
    return (select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(JournalLine.member_id == member_id, Account.code.in_(codes)))


def _savings(session: Session, member_id: int, on: date) -> int:
    """Her savings on a day (liabilities are credits: negative sums)."""
    return -session.scalar(_member_lines(member_id, SAVINGS_ACCOUNTS)
                           .where(JournalEntry.date <= on))


def _began_selling(session: Session, member_id: int, day: date, until: date) -> bool:
    def sales(*conditions) -> int:
        return session.scalar(
            select(func.count()).select_from(JournalLine)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(JournalLine.member_id == member_id, Account.code == UTANG_KONSINYASI,
                   JournalEntry.kind == str(EntryKind.SALE), *conditions))
    return not sales(JournalEntry.date <= day) and bool(
        sales(JournalEntry.date > day, JournalEntry.date <= until))
