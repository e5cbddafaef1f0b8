"""The workbook's programme sheets (Program, Pelatihan, Peserta Pelatihan): rows for the
export, and their part of an import (validated with the rest of the workbook, posted
through the programme services in the same transaction).

A training is named by programme, title and date. Only registered participants are in
the format (kiosk requests waiting for the board are not). Non-member participants are
matched by name and note, in the file and in the book.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Member,
    Participant,
    Programme,
    Training,
    TrainingRegistration,
    TrainingTopic,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.member_status import MemberStatus
from desktop_app.i18n import tr
from desktop_app.services import attendance, programmes
from desktop_app.services.attendance import ParticipantData
from desktop_app.services.programmes import REGISTERED, ProgrammeData, TrainingData
from desktop_app.spreadsheet.columns import normalise

ORGANISER_NAMES = {"government": "Pemerintah", "ngo": "LSM", "cooperative": "Koperasi"}
ORGANISER_WORDS = {
    **dict.fromkeys(("pemerintah", "government", "instansipemerintah", "governmentoffice",
                     "dinas"), "government"),
    **dict.fromkeys(("lsm", "ngo", "yayasan", "ornop"), "ngo"),
    **dict.fromkeys(("koperasi", "cooperative", "thecooperative"), "cooperative"),
}


def _yes(flag: bool) -> str:
    return "Ya" if flag else "Tidak"


# ------------------------------------------------------------------ export


def programme_rows(session: Session):
    for p in session.scalars(select(Programme).order_by(Programme.start_date, Programme.id)):
        yield (p.name, ORGANISER_NAMES.get(p.organiser_kind, p.organiser_kind), p.organiser,
               p.funder, p.start_date, p.end_date, p.notes)


def training_rows(session: Session):
    rows = session.execute(
        select(Programme.name, Training.title, Training.date, TrainingTopic.name,
               Training.place, Training.trainer, Training.capacity)
        .join(Programme, Programme.id == Training.programme_id)
        .join(TrainingTopic, TrainingTopic.id == Training.topic_id)
        .order_by(Training.date, Training.id))
    yield from rows


def attendance_rows(session: Session):
    reg = TrainingRegistration
    rows = session.execute(
        select(Programme.name, Training.title, Training.date, Member.number,
               func.coalesce(Member.name, Participant.name),
               func.coalesce(Member.gender, Participant.gender), Participant.head_of_household,
               Participant.note, reg.attended, reg.completed, reg.certificate_no)
        .join(Training, Training.id == reg.training_id)
        .join(Programme, Programme.id == Training.programme_id)
        .outerjoin(Member, Member.id == reg.member_id)
        .outerjoin(Participant, Participant.id == reg.participant_id)
        .where(reg.status == REGISTERED)
        .order_by(Training.date, Training.id, reg.id))
    for (programme, title, day, number, name, gender, head, note, came, done,
         certificate) in rows:
        yield (programme, title, day, number, name, {"F": "P", "M": "L"}.get(gender or ""),
               None if number else _yes(bool(head)), None if number else note, _yes(came),
               _yes(done), certificate)


# ------------------------------------------------------------------ import


class _Training:
    def __init__(self, training_id, start_date, capacity, taken, record=None, programme=None):
        self.id, self.date, self.capacity, self.taken = training_id, start_date, capacity, taken
        self.record, self.programme = record, programme


class ProgrammeImport:
    """The programme sheets' share of a workbook import (`plan` is the whole import)."""

    def __init__(self, plan):
        self.plan, self.session = plan, plan.session
        self.today = date.today()
        self.programmes: dict[str, tuple[int | None, date, date | None]] = {}
        self.new_programmes: list = []
        self.trainings: dict[tuple, _Training] = {}
        self.new_trainings: list = []
        self.topics = {normalise(name): topic_id for topic_id, name in
                       programmes.topics(self.session)}
        self.new_topics: dict[str, str] = {}
        self.registrations: list = []  # (record, training key, participant key)
        self.certificates = set(self.session.scalars(
            select(TrainingRegistration.certificate_no)
            .where(TrainingRegistration.certificate_no.is_not(None))))

    def counts(self) -> dict[str, int]:
        return {"programmes": len(self.new_programmes), "trainings": len(self.new_trainings),
                "participants": len(self.registrations)}

    # -- validation
    def validate(self) -> None:
        for row in self.session.execute(select(Programme.id, Programme.name,
                                               Programme.start_date, Programme.end_date)):
            self.programmes[normalise(row.name)] = (row.id, row.start_date, row.end_date)
        self._validate_programmes()
        self._load_trainings()
        self._validate_trainings()
        self._validate_attendance()

    def _validate_programmes(self) -> None:
        sheet = self.plan._sheet("programmes")
        for record in sheet.records if sheet else []:
            key = normalise(record.programme)
            problem = None
            if key in self.programmes:
                problem = ("programme", tr("the programme {name} is already in the book or "
                                           "on an earlier row", name=record.programme))
            elif normalise(record.organiser_kind) not in ORGANISER_WORDS:
                problem = ("organiser_kind", tr("'{value}' is not an organiser (write "
                                                "Pemerintah, LSM or Koperasi)",
                                                value=record.organiser_kind))
            elif record.end_date and record.end_date < record.start_date:
                problem = ("end_date", tr("the programme cannot end before it starts"))
            if problem:
                self.plan._problem(sheet, record, *problem)
                continue
            self.programmes[key] = (None, record.start_date, record.end_date)
            self.new_programmes.append(record)

    def _load_trainings(self) -> None:
        reg = TrainingRegistration
        taken = (select(reg.training_id, func.count().label("n"))
                 .where(reg.status == REGISTERED).group_by(reg.training_id).subquery())
        for row in self.session.execute(
                select(Training.id, Programme.name, Training.title, Training.date,
                       Training.capacity, func.coalesce(taken.c.n, 0))
                .join(Programme, Programme.id == Training.programme_id)
                .outerjoin(taken, taken.c.training_id == Training.id)):
            key = (normalise(row[1]), normalise(row[2]), row[3])
            self.trainings[key] = _Training(row[0], row[3], row[4], row[5])

    def _validate_trainings(self) -> None:
        sheet = self.plan._sheet("trainings")
        for record in sheet.records if sheet else []:
            key = (normalise(record.programme), normalise(record.title), record.date)
            programme = self.programmes.get(key[0])
            problem = None
            if programme is None:
                problem = ("programme", tr("there is no programme {name} in the book or in "
                                           "the Program sheet", name=record.programme))
            elif key in self.trainings:
                problem = ("title", tr("this training is already in the book or on an "
                                       "earlier row"))
            elif record.date < programme[1] or (programme[2] and record.date > programme[2]):
                problem = ("date", tr("the training date {date} is outside the programme's "
                                      "period", date=format_date(record.date)))
            elif not 1 <= record.capacity <= programmes.MAX_CAPACITY:
                problem = ("capacity", tr("the capacity must be 1 to {max} places",
                                          max=programmes.MAX_CAPACITY))
            if problem:
                self.plan._problem(sheet, record, *problem)
                continue
            topic = normalise(record.topic)
            if topic not in self.topics and topic not in self.new_topics:
                self.new_topics[topic] = record.topic.strip()
                self.plan.notices.append(tr("The topic {name} will be added to the list of "
                                            "training topics.", name=record.topic.strip()))
            self.trainings[key] = _Training(None, record.date, record.capacity, 0, record,
                                            key[0])
            self.new_trainings.append(record)

    def _validate_attendance(self) -> None:
        sheet = self.plan._sheet("attendance")
        seen: set[tuple] = set()
        for record in sheet.records if sheet else []:
            key = (normalise(record.programme), normalise(record.title), record.date)
            training = self.trainings.get(key)
            person = ("m", record.member_no) if record.member_no else (
                "p", normalise(record.name or ""), normalise(record.note or ""))
            problem = self._attendance_problem(record, training, person, key, seen)
            if problem:
                self.plan._problem(sheet, record, *problem)
                continue
            if record.member_no:
                member = self.plan._member(sheet, record)
                if member is None:
                    continue
                if member.status == MemberStatus.LEFT:
                    self.plan._problem(sheet, record, "member_no", tr(
                        "member {number} has left the cooperative; list her as a non-member "
                        "participant", number=record.member_no))
                    continue
            seen.add((key, person))
            training.taken += 1
            if record.certificate:
                self.certificates.add(record.certificate)
            self.registrations.append((record, key, person))

    def _attendance_problem(self, record, training, person, key, seen):
        if training is None:
            return ("title", tr("there is no such training (programme, title and date) in "
                                "the book or in the Pelatihan sheet"))
        if not record.member_no and not record.name:
            return ("name", tr("give the member number, or the name of a non-member "
                               "participant"))
        if (key, person) in seen or (training.id and person[0] == "m" and self._registered(
                training.id, record.member_no)):
            return ("member_no" if record.member_no else "name",
                    tr("this participant is listed twice for the training"))
        if training.taken >= training.capacity:
            return ("title", tr("the training is full ({capacity} places)",
                                capacity=training.capacity))
        if (record.attended or record.completed) and training.date > self.today:
            return ("attended", tr("the training is on {date}; attendance cannot be "
                                   "recorded yet", date=format_date(training.date)))
        if record.completed and not record.attended:
            return ("completed", tr("only someone who attended can complete the training"))
        if record.certificate and not record.completed:
            return ("certificate", tr("a certificate is given only for a completed training"))
        if record.certificate and record.certificate in self.certificates:
            return ("certificate", tr("certificate number {number} is already given",
                                      number=record.certificate))
        return None

    def _registered(self, training_id: int, number: str) -> bool:
        return bool(self.session.scalar(
            select(func.count()).select_from(TrainingRegistration)
            .join(Member, Member.id == TrainingRegistration.member_id)
            .where(TrainingRegistration.training_id == training_id, Member.number == number)))

    # -- posting
    def post(self, batch_id: int) -> None:
        session = self.session
        for key, name in self.new_topics.items():
            self.topics[key] = programmes.add_topic(session, name)
        ids = {}
        for record in self.new_programmes:
            ids[normalise(record.programme)] = programmes.create_programme(session, ProgrammeData(
                record.programme, ORGANISER_WORDS[normalise(record.organiser_kind)],
                record.start_date, record.end_date, record.organiser, record.funder,
                record.notes), batch_id)
        for record in self.new_trainings:
            key = (normalise(record.programme), normalise(record.title), record.date)
            programme_id = ids.get(key[0]) or self.programmes[key[0]][0]
            self.trainings[key].id = programmes.create_training(session, TrainingData(
                programme_id, self.topics[normalise(record.topic)], record.title, record.date,
                record.place, record.capacity, record.trainer), batch_id)
        guests: dict[tuple, int] = {}
        for record, key, person in self.registrations:
            training = self.trainings[key]
            member_id = self.plan.members[record.member_no].id if record.member_no else None
            guest = None if member_id else guests.get(person) or self._guest(record, batch_id)
            if guest:
                guests[person] = guest
            registration = attendance.register(
                session, training.id, member_id=member_id, participant_id=guest,
                today=training.date, batch_id=batch_id)
            if record.attended:
                attendance.record_attendance(
                    session, registration, attended=True, completed=bool(record.completed),
                    certificate_no=record.certificate, today=training.date)

    def _guest(self, record, batch_id: int) -> int:
        found = self.session.scalar(select(Participant.id).where(
            func.lower(Participant.name) == record.name.strip().lower(),
            func.coalesce(Participant.note, "") == (record.note or "").strip()))
        return found or attendance.add_participant(self.session, ParticipantData(
            record.name, record.gender or "F", bool(record.head_of_household),
            note=record.note), batch_id)
