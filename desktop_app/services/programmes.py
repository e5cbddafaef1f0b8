"""Programmes (government, NGO or the cooperative's own) and their training sessions.

A programme runs over a period and holds trainings; each training has a topic from the
list the cooperative keeps, a date inside the programme's period, a place and a capacity.
Every change is master data: the treasurer's (Permission.EDIT_MASTER), audited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Programme, Training, TrainingRegistration, TrainingTopic
from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction

ORGANISER_KINDS = ("government", "ngo", "cooperative")
REGISTERED, REQUESTED, DECLINED, CANCELLED = "registered", "requested", "declined", "cancelled"
MAX_CAPACITY = 1000


def organiser_label(kind: str) -> str:
    return {"government": tr("Government office"), "ngo": tr("NGO"),
            "cooperative": tr("The cooperative")}.get(kind, kind)


# ------------------------------------------------------------------ programmes


@dataclass(frozen=True)
class ProgrammeData:
    name: str
    organiser_kind: str
    start_date: date
    end_date: date | None = None
    organiser: str | None = None  # the office or NGO by name
    funder: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ProgrammeInfo(ProgrammeData):
    id: int = 0
    trainings: int = 0


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _check_programme(session: Session, data: ProgrammeData, programme_id: int | None) -> None:
    problems = []
    if not data.name.strip():
        problems.append(tr("Give the programme a name."))
    if data.organiser_kind not in ORGANISER_KINDS:
        problems.append(tr("Choose who organises the programme: a government office, an NGO "
                           "or the cooperative."))
    if data.end_date is not None and data.end_date < data.start_date:
        problems.append(tr("The programme cannot end before it starts."))
    same_name = session.scalar(select(Programme.id).where(
        func.lower(Programme.name) == data.name.strip().lower()))
    if same_name is not None and same_name != programme_id:
        problems.append(tr("There is already a programme called {name}.", name=data.name.strip()))
    if programme_id is not None:
        outside = session.scalar(select(func.count()).select_from(Training).where(
            Training.programme_id == programme_id,
            (Training.date < data.start_date)
            | (Training.date > (data.end_date or date.max))))
        if outside:
            problems.append(tr("{count} training(s) of this programme would fall outside its "
                               "period; move them first.", count=outside))
    if problems:
        raise ValidationError(" ".join(problems), problems)


def _apply(row: Programme, data: ProgrammeData) -> None:
    row.name = data.name.strip()
    row.organiser_kind = data.organiser_kind
    row.organiser = _clean(data.organiser)
    row.funder = _clean(data.funder)
    row.start_date, row.end_date = data.start_date, data.end_date
    row.notes = _clean(data.notes)


def _added(session: Session, row, data, apply):
    """`row` filled from `data` by `apply` and inserted (its id assigned)."""
    apply(row, data)
    session.add(row)
    session.flush()
    return row


def _changed(row, data, apply) -> dict[str, object]:
    """Apply `data` to `row`; the fields that changed, with their new values (for the audit)."""
    before = {k: getattr(row, k) for k in vars(data)}
    apply(row, data)
    return {k: getattr(row, k) for k in before if getattr(row, k) != before[k]}


def create_programme(session: Session, data: ProgrammeData, batch_id: int | None = None) -> int:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        _check_programme(session, data, None)
        row = _added(session, Programme(batch_id=batch_id), data, _apply)
        audit.record(session, "programme.create", "programme", row.id, name=row.name,
                     organiser=row.organiser_kind, start=row.start_date, end=row.end_date)
        return row.id


def update_programme(session: Session, programme_id: int, data: ProgrammeData) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = _programme(session, programme_id)
        _check_programme(session, data, programme_id)
        changed = _changed(row, data, _apply)
        audit.record(session, "programme.update", "programme", row.id, **changed)


def _programme(session: Session, programme_id: int) -> Programme:
    row = session.get(Programme, programme_id)
    if row is None:
        raise ValidationError(tr("There is no programme {id}.", id=programme_id))
    return row


def _as_data(row: Programme) -> ProgrammeData:
    return ProgrammeData(row.name, row.organiser_kind, row.start_date, row.end_date,
                         row.organiser, row.funder, row.notes)


def list_programmes(session: Session) -> list[ProgrammeInfo]:
    counts = (select(Training.programme_id, func.count().label("n"))
              .group_by(Training.programme_id).subquery())
    rows = session.execute(
        select(Programme, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.programme_id == Programme.id)
        .order_by(Programme.start_date.desc(), Programme.name)
    ).all()
    return [replace(_info(row), trainings=n) for row, n in rows]


def get_programme(session: Session, programme_id: int) -> ProgrammeInfo:
    return _info(_programme(session, programme_id))


def _info(row: Programme) -> ProgrammeInfo:
    return ProgrammeInfo(**vars(_as_data(row)), id=row.id)


def programme_by_name(session: Session, name: str) -> int | None:
    return session.scalar(select(Programme.id).where(
        func.lower(Programme.name) == name.strip().lower()))


# ------------------------------------------------------------------ topics


def topics(session: Session) -> list[tuple[int, str]]:
    """The cooperative's list of training topics, alphabetically."""
    return [tuple(r) for r in session.execute(
        select(TrainingTopic.id, TrainingTopic.name).order_by(TrainingTopic.name))]


def topic_by_name(session: Session, name: str) -> int | None:
    return session.scalar(select(TrainingTopic.id).where(
        func.lower(TrainingTopic.name) == name.strip().lower()))


def add_topic(session: Session, name: str) -> int:
    """Add a topic to the list (the cooperative keeps it; trainings choose from it)."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        name = name.strip()
        if not name:
            raise ValidationError(tr("Give the topic a name."))
        if topic_by_name(session, name) is not None:
            raise ValidationError(tr("The topic {name} is already on the list.", name=name))
        row = TrainingTopic(name=name)
        session.add(row)
        session.flush()
        audit.record(session, "training_topic.create", "training_topic", row.id, name=name)
        return row.id


# ------------------------------------------------------------------ trainings


@dataclass(frozen=True)
class TrainingData:
    programme_id: int
    topic_id: int
    title: str
    date: date
    place: str
    capacity: int
    trainer: str | None = None


@dataclass(frozen=True)
class TrainingInfo(TrainingData):
    id: int = 0
    programme: str = ""
    topic: str = ""
    registered: int = 0
    requested: int = 0
    attended: int = 0
    completed: int = 0

    @property
    def free_places(self) -> int:
        return max(self.capacity - self.registered, 0)


def _check_training(session: Session, data: TrainingData, training_id: int | None) -> None:
    problems = []
    programme = session.get(Programme, data.programme_id)
    if programme is None:
        problems.append(tr("Choose the programme the training belongs to."))
    elif data.date < programme.start_date or (programme.end_date and data.date >
                                              programme.end_date):
        problems.append(tr("The training date {date} is outside the programme's period.",
                           date=format_date(data.date)))
    if session.get(TrainingTopic, data.topic_id) is None:
        problems.append(tr("Choose a topic from the list."))
    if not data.title.strip():
        problems.append(tr("Give the training a title."))
    if not data.place.strip():
        problems.append(tr("Say where the training takes place."))
    if not 1 <= data.capacity <= MAX_CAPACITY:
        problems.append(tr("The capacity must be 1 to {max} places.", max=MAX_CAPACITY))
    elif training_id is not None:
        taken = _counts(session, training_id)[REGISTERED]
        if data.capacity < taken:
            problems.append(tr("{count} participants are registered already; the capacity "
                               "cannot be lower.", count=taken))
    if problems:
        raise ValidationError(" ".join(problems), problems)


def _apply_training(row: Training, data: TrainingData) -> None:
    row.programme_id, row.topic_id = data.programme_id, data.topic_id
    row.title, row.date = data.title.strip(), data.date
    row.place, row.capacity = data.place.strip(), data.capacity
    row.trainer = _clean(data.trainer)


def create_training(session: Session, data: TrainingData, batch_id: int | None = None) -> int:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        _check_training(session, data, None)
        row = _added(session, Training(batch_id=batch_id), data, _apply_training)
        audit.record(session, "training.create", "training", row.id, title=row.title,
                     date=row.date, programme=row.programme_id, capacity=row.capacity)
        return row.id


def update_training(session: Session, training_id: int, data: TrainingData) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = training_row(session, training_id)
        _check_training(session, data, training_id)
        changed = _changed(row, data, _apply_training)
        audit.record(session, "training.update", "training", row.id, **changed)


def training_row(session: Session, training_id: int) -> Training:
    row = session.get(Training, training_id)
    if row is None:
        raise ValidationError(tr("There is no training {id}.", id=training_id))
    return row


def _counts(session: Session, training_id: int) -> dict[str, int]:
    rows = session.execute(
        select(TrainingRegistration.status, func.count())
        .where(TrainingRegistration.training_id == training_id)
        .group_by(TrainingRegistration.status)).all()
    counts = {REGISTERED: 0, REQUESTED: 0}
    counts.update(dict(rows))
    return counts


def list_trainings(session: Session, programme_id: int | None = None, *,
                   start: date | None = None, end: date | None = None,
                   training_id: int | None = None) -> list[TrainingInfo]:
    """Trainings with their counts of places taken, requests, attendance and completion."""
    reg = TrainingRegistration
    registered = reg.status == REGISTERED
    counts = (
        select(
            reg.training_id,
            func.sum(case((registered, 1), else_=0)).label("registered"),
            func.sum(case((reg.status == REQUESTED, 1), else_=0)).label("requested"),
            func.sum(case((registered & reg.attended, 1), else_=0)).label("attended"),
            func.sum(case((registered & reg.completed, 1), else_=0)).label("completed"),
        ).group_by(reg.training_id).subquery()
    )
    query = (
        select(Training, Programme.name, TrainingTopic.name,
               *(func.coalesce(c, 0) for c in (counts.c.registered, counts.c.requested,
                                               counts.c.attended, counts.c.completed)))
        .join(Programme, Programme.id == Training.programme_id)
        .join(TrainingTopic, TrainingTopic.id == Training.topic_id)
        .outerjoin(counts, counts.c.training_id == Training.id)
        .order_by(Training.date, Training.id)
    )
    if programme_id is not None:
        query = query.where(Training.programme_id == programme_id)
    if training_id is not None:
        query = query.where(Training.id == training_id)
    if start is not None:
        query = query.where(Training.date >= start)
    if end is not None:
        query = query.where(Training.date <= end)
    return [
        TrainingInfo(t.programme_id, t.topic_id, t.title, t.date, t.place, t.capacity,
                     t.trainer, t.id, programme, topic, *figures)
        for t, programme, topic, *figures in session.execute(query)
    ]


def get_training(session: Session, training_id: int) -> TrainingInfo:
    training_row(session, training_id)
    return list_trainings(session, training_id=training_id)[0]


def trainings_open(session: Session, today: date) -> list[TrainingInfo]:
    """Trainings from today on with a free place: open for registration."""
    return [t for t in list_trainings(session, start=today) if t.free_places > 0]
