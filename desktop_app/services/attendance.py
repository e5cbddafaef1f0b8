"""Who takes part in a training: registration, kiosk requests, attendance, certificates.

A participant is a member, or a non-member (a daughter, a neighbour) kept in the
`participant` table without savings. Rules:
- a registered place counts against the capacity; a full training takes nobody more;
- nobody registers, or asks to, after the training's date;
- one registration per person and training (a declined or cancelled one can be renewed);
- a member who has left cannot register;
- attendance is recorded from the training's date on; completion needs attendance and a
  certificate needs completion; certificate numbers are unique in the book.
A member may ask to register at the kiosk with her PIN; the request waits (`requested`)
until the board approves or declines it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Member,
    Participant,
    Programme,
    Training,
    TrainingRegistration,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, programmes
from desktop_app.services.context import require, transaction
from desktop_app.services.members import load_member
from desktop_app.services.programmes import CANCELLED, DECLINED, REGISTERED, REQUESTED

GENDERS = ("F", "M")


def status_label(status: str) -> str:
    return {REGISTERED: tr("Registered"), REQUESTED: tr("Asked at the kiosk"),
            DECLINED: tr("Declined"), CANCELLED: tr("Cancelled")}.get(status, status)


# ------------------------------------------------------------------ non-member participants


@dataclass(frozen=True)
class ParticipantData:
    name: str
    gender: str | None = "F"
    head_of_household: bool = False
    phone: str | None = None
    note: str | None = None  # who she is to the cooperative: "daughter of member 0012"


def add_participant(session: Session, data: ParticipantData, batch_id: int | None = None) -> int:
    """Keep a non-member participant (no savings, no member number)."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        problems = []
        if not data.name.strip():
            problems.append(tr("Give the participant's name."))
        if data.gender not in (*GENDERS, None):
            problems.append(tr("Gender must be F or M."))
        if problems:
            raise ValidationError(" ".join(problems), problems)
        row = Participant(name=data.name.strip(), gender=data.gender,
                          head_of_household=data.head_of_household,
                          phone=(data.phone or "").strip() or None,
                          note=(data.note or "").strip() or None, batch_id=batch_id)
        session.add(row)
        session.flush()
        audit.record(session, "participant.create", "participant", row.id, name=row.name)
        return row.id


def find_participants(session: Session, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """Non-member participants whose name contains `text` (any case): id, name, note."""
    pattern = f"%{text.strip().lower()}%"
    return [tuple(r) for r in session.execute(
        select(Participant.id, Participant.name, func.coalesce(Participant.note, ""))
        .where(func.lower(Participant.name).like(pattern))
        .order_by(Participant.name).limit(limit))]


# ------------------------------------------------------------------ registration


def _training(session: Session, training_id: int) -> Training:
    return programmes.training_row(session, training_id)


def _check_open(session: Session, training: Training, today: date) -> None:
    if today > training.date:
        raise ValidationError(
            tr("The training {title} was on {date}; registration is closed.",
               title=training.title, date=format_date(training.date)))
    taken = session.scalar(select(func.count()).select_from(TrainingRegistration).where(
        TrainingRegistration.training_id == training.id,
        TrainingRegistration.status == REGISTERED))
    if taken >= training.capacity:
        raise ValidationError(
            tr("The training {title} is full ({capacity} places).",
               title=training.title, capacity=training.capacity))


def _existing(session: Session, training_id: int, member_id: int | None,
              participant_id: int | None) -> TrainingRegistration | None:
    reg = TrainingRegistration
    who = (reg.member_id == member_id) if member_id is not None else (
        reg.participant_id == participant_id)
    return session.scalar(select(reg).where(reg.training_id == training_id, who))


def _refuse_duplicate(row: TrainingRegistration | None, name: str) -> None:
    if row is not None and row.status in (REGISTERED, REQUESTED):
        message = (tr("{name} is already registered for this training.", name=name)
                   if row.status == REGISTERED else
                   tr("{name} has already asked to join this training; the request waits for "
                      "the board.", name=name))
        raise ValidationError(message)


def _member(session: Session, member_id: int) -> Member:
    member = load_member(session, member_id)
    if member.status == MemberStatus.LEFT:
        raise ValidationError(
            tr("Member {number} has left the cooperative; register her as a non-member "
               "participant instead.", number=member.number))
    return member


def _upsert(session: Session, existing: TrainingRegistration | None, training_id: int,
            member_id: int | None, participant_id: int | None, status: str,
            batch_id: int | None = None) -> TrainingRegistration:
    row = existing or TrainingRegistration(training_id=training_id, member_id=member_id,
                                           participant_id=participant_id, batch_id=batch_id)
    row.status, row.requested_at = status, datetime.now()
    row.attended = row.completed = False
    row.certificate_no = row.decline_reason = row.decided_by = None
    session.add(row)
    session.flush()
    return row


def register(session: Session, training_id: int, *, member_id: int | None = None,
             participant_id: int | None = None, today: date | None = None,
             batch_id: int | None = None) -> int:
    """Register a member or a non-member participant (the board, at the office)."""
    with transaction(session):
        actor = require(session, Permission.EDIT_MASTER)
        if (member_id is None) == (participant_id is None):
            raise ValidationError(tr("Choose one member or one non-member participant."))
        training = _training(session, training_id)
        if member_id is not None:
            name = _member(session, member_id).name
        else:
            person = session.get(Participant, participant_id)
            if person is None:
                raise ValidationError(tr("There is no participant {id}.", id=participant_id))
            name = person.name
        existing = _existing(session, training_id, member_id, participant_id)
        _refuse_duplicate(existing, name)
        _check_open(session, training, today or date.today())
        row = _upsert(session, existing, training_id, member_id, participant_id, REGISTERED,
                      batch_id)
        row.decided_by = actor.username
        audit.record(session, "training.register", "training", training_id,
                     registration=row.id, member=member_id, participant=participant_id)
        return row.id


def request_from_kiosk(session: Session, member_id: int, training_id: int,
                       today: date | None = None) -> int:
    """A member asks at the kiosk to join a training; the request waits for the board.

    The kiosk has no user logged in: the caller passes the member the PIN check returned,
    and this is the only write it can make (a request, never a place or a posting).
    """
    with transaction(session):
        member = _member(session, member_id)
        training = _training(session, training_id)
        existing = _existing(session, training_id, member_id, None)
        _refuse_duplicate(existing, member.name)
        _check_open(session, training, today or date.today())
        row = _upsert(session, existing, training_id, member_id, None, REQUESTED)
        audit.record(session, "training.request", "training", training_id,
                     actor=f"kiosk {member.number}", registration=row.id, member=member_id)
        return row.id


def _registration(session: Session, registration_id: int) -> TrainingRegistration:
    row = session.get(TrainingRegistration, registration_id)
    if row is None:
        raise ValidationError(tr("There is no registration {id}.", id=registration_id))
    return row


def approve_request(session: Session, registration_id: int, today: date | None = None) -> None:
    """The board gives the member who asked at the kiosk a place (if one is free)."""
    with transaction(session):
        actor = require(session, Permission.EDIT_MASTER)
        row = _registration(session, registration_id)
        if row.status != REQUESTED:
            raise ValidationError(tr("This registration is not a request waiting for the "
                                     "board ({status}).", status=status_label(row.status)))
        _check_open(session, _training(session, row.training_id), today or date.today())
        row.status, row.decided_by = REGISTERED, actor.username
        audit.record(session, "training.request_approved", "training", row.training_id,
                     registration=row.id, member=row.member_id)


def decline_request(session: Session, registration_id: int, reason: str) -> None:
    with transaction(session):
        actor = require(session, Permission.EDIT_MASTER)
        row = _registration(session, registration_id)
        if row.status != REQUESTED:
            raise ValidationError(tr("This registration is not a request waiting for the "
                                     "board ({status}).", status=status_label(row.status)))
        if not reason.strip():
            raise ValidationError(tr("Say why the request is declined; the member sees it."))
        row.status, row.decided_by = DECLINED, actor.username
        row.decline_reason = reason.strip()
        audit.record(session, "training.request_declined", "training", row.training_id,
                     registration=row.id, member=row.member_id, reason=row.decline_reason)


def cancel_registration(session: Session, registration_id: int) -> None:
    """Free a place (she cannot come); refused once attendance is recorded."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = _registration(session, registration_id)
        if row.status != REGISTERED:
            raise ValidationError(tr("Only a registered participant can be cancelled."))
        if row.attended:
            raise ValidationError(tr("She attended; her registration cannot be cancelled."))
        row.status = CANCELLED
        audit.record(session, "training.cancel", "training", row.training_id,
                     registration=row.id)


def record_attendance(session: Session, registration_id: int, *, attended: bool,
                      completed: bool = False, certificate_no: str | None = None,
                      today: date | None = None) -> None:
    """Record whether a registered participant came, completed, and her certificate."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = _registration(session, registration_id)
        training = _training(session, row.training_id)
        certificate_no = (certificate_no or "").strip() or None
        problems = []
        if row.status != REGISTERED:
            problems.append(tr("Only registered participants have attendance; this one is "
                               "{status}.", status=status_label(row.status)))
        if (today or date.today()) < training.date:
            problems.append(tr("The training is on {date}; attendance is recorded from that "
                               "day.", date=format_date(training.date)))
        if completed and not attended:
            problems.append(tr("Only someone who attended can complete the training."))
        if certificate_no and not completed:
            problems.append(tr("A certificate is given only for a completed training."))
        if certificate_no:
            taken = session.scalar(select(TrainingRegistration.id).where(
                TrainingRegistration.certificate_no == certificate_no,
                TrainingRegistration.id != row.id))
            if taken is not None:
                problems.append(tr("Certificate number {number} is already given to someone "
                                   "else.", number=certificate_no))
        if problems:
            raise ValidationError(" ".join(problems), problems)
        row.attended, row.completed, row.certificate_no = attended, completed, certificate_no
        audit.record(session, "training.attendance", "training", row.training_id,
                     registration=row.id, attended=attended, completed=completed,
                     certificate=certificate_no)


# ------------------------------------------------------------------ lists


@dataclass(frozen=True)
class ParticipantRow:
    registration_id: int
    name: str
    member_number: str | None  # None: a non-member participant
    status: str
    attended: bool
    completed: bool
    certificate_no: str | None
    note: str  # the decline reason, or who a non-member is

    @property
    def is_member(self) -> bool:
        return self.member_number is not None


def participants(session: Session, training_id: int,
                 statuses: tuple[str, ...] | None = None) -> list[ParticipantRow]:
    """Everyone on a training's list (members and non-members), by name."""
    reg = TrainingRegistration
    name = func.coalesce(Member.name, Participant.name)
    query = (
        select(reg.id, name, Member.number, reg.status, reg.attended, reg.completed,
               reg.certificate_no, func.coalesce(reg.decline_reason, Participant.note, ""))
        .outerjoin(Member, Member.id == reg.member_id)
        .outerjoin(Participant, Participant.id == reg.participant_id)
        .where(reg.training_id == training_id)
        .order_by(name, reg.id)
    )
    if statuses:
        query = query.where(reg.status.in_(statuses))
    return [ParticipantRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class RequestRow:
    registration_id: int
    training_id: int
    training: str
    training_date: date
    member_number: str
    member_name: str
    requested_at: datetime
    free_places: int


def pending_requests(session: Session) -> list[RequestRow]:
    """Kiosk requests waiting for the board, oldest first."""
    reg = TrainingRegistration
    rows = session.execute(
        select(reg.id, reg.training_id, Training.title, Training.date, Member.number,
               Member.name, reg.requested_at)
        .join(Training, Training.id == reg.training_id)
        .join(Member, Member.id == reg.member_id)
        .where(reg.status == REQUESTED)
        .order_by(reg.requested_at, reg.id)).all()
    free = {t.id: t.free_places for t in programmes.list_trainings(session)} if rows else {}
    return [RequestRow(*row, free_places=free[row[1]]) for row in rows]


@dataclass(frozen=True)
class MemberTraining:
    training_id: int
    title: str
    programme: str
    date: date
    place: str
    status: str
    attended: bool
    completed: bool
    certificate_no: str | None
    decline_reason: str | None


def member_trainings(session: Session, member_id: int) -> list[MemberTraining]:
    """One member's trainings (her requests too), newest first."""
    reg = TrainingRegistration
    rows = session.execute(
        select(Training.id, Training.title, Programme.name, Training.date, Training.place,
               reg.status, reg.attended, reg.completed, reg.certificate_no,
               reg.decline_reason)
        .join(Training, Training.id == reg.training_id)
        .join(Programme, Programme.id == Training.programme_id)
        .where(reg.member_id == member_id)
        .order_by(Training.date.desc(), Training.id.desc())).all()
    return [MemberTraining(*row) for row in rows]
