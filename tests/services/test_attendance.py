"""Registration, kiosk requests, attendance and certificates: every rule and refusal."""

from __future__ import annotations

from datetime import date

import pytest
from programme_book import TODAY, TRAINING_DAY, members, programme, training
from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, TrainingRegistration
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import attendance, programmes
from desktop_app.services.attendance import ParticipantData
from desktop_app.services.context import _ACTOR_KEY, Actor, set_actor

AFTER = date(2025, 6, 21)


@pytest.fixture
def setup(session):
    tid = training(session, programme(session), capacity=2)
    return tid, members(session, 3)


def registrations(session) -> int:
    return session.scalar(select(func.count()).select_from(TrainingRegistration))


def test_members_and_non_members_take_places_until_the_training_is_full(session, setup):
    tid, (sri, dewi, siti) = setup
    daughter = attendance.add_participant(session, ParticipantData(
        "Ayu Lestari", "F", note="daughter of member 0002"))
    attendance.register(session, tid, member_id=sri, today=TODAY)
    attendance.register(session, tid, participant_id=daughter, today=TODAY)
    with pytest.raises(ValidationError, match="is full \\(2 places\\)"):
        attendance.register(session, tid, member_id=dewi, today=TODAY)
    rows = attendance.participants(session, tid)
    assert [(r.name, r.member_number, r.is_member) for r in rows] == [
        ("Ayu Lestari", None, False), ("Sri Wahyuni", "0001", True)]
    assert programmes.get_training(session, tid).free_places == 0


def test_registration_after_the_training_date_is_refused(session, setup):
    tid, (sri, *_) = setup
    with pytest.raises(ValidationError, match="was on 20/06/2025; registration is closed"):
        attendance.register(session, tid, member_id=sri, today=AFTER)
    attendance.register(session, tid, member_id=sri, today=TRAINING_DAY)  # the day itself
    assert registrations(session) == 1


def test_nobody_registers_twice(session, setup):
    tid, (sri, *_) = setup
    attendance.register(session, tid, member_id=sri, today=TODAY)
    with pytest.raises(ValidationError, match="Sri Wahyuni is already registered"):
        attendance.register(session, tid, member_id=sri, today=TODAY)
    assert registrations(session) == 1


def test_a_member_who_left_cannot_register(session, setup):
    from kiosk_book import add_member

    tid, _ = setup
    gone = add_member(session, "0099", "Lina", status="left")
    with pytest.raises(ValidationError, match="has left the cooperative"):
        attendance.register(session, tid, member_id=gone, today=TODAY)
    with pytest.raises(ValidationError, match="one member or one non-member"):
        attendance.register(session, tid, today=TODAY)
    assert registrations(session) == 0


def test_a_kiosk_request_waits_for_the_board_then_takes_a_place(session, setup):
    tid, (sri, dewi, _) = setup
    session.info.pop(_ACTOR_KEY)  # the kiosk: nobody logged in
    request = attendance.request_from_kiosk(session, sri, tid, TODAY)
    with pytest.raises(ValidationError, match="has already asked to join"):
        attendance.request_from_kiosk(session, sri, tid, TODAY)
    actor = session.scalar(select(AuditLog.actor).where(AuditLog.action == "training.request"))
    assert actor == "kiosk 0001"
    assert programmes.get_training(session, tid).requested == 1
    assert programmes.get_training(session, tid).free_places == 2  # a request takes no place

    with pytest.raises(PermissionDenied):
        attendance.approve_request(session, request, TODAY)
    set_actor(session, Actor("bendahara", Role.TREASURER))
    [waiting] = attendance.pending_requests(session)
    assert (waiting.member_name, waiting.training, waiting.free_places) == (
        "Sri Wahyuni", "Kue kering untuk Lebaran", 2)
    attendance.approve_request(session, request, TODAY)
    assert attendance.pending_requests(session) == []
    [mine] = attendance.member_trainings(session, sri)
    assert (mine.status, mine.title, mine.programme) == (
        "registered", "Kue kering untuk Lebaran", "Dapur Sehat")
    assert attendance.member_trainings(session, dewi) == []


def test_a_kiosk_request_for_a_full_training_is_refused(session, setup):
    tid, (sri, dewi, siti) = setup
    attendance.register(session, tid, member_id=sri, today=TODAY)
    attendance.register(session, tid, member_id=dewi, today=TODAY)
    session.info.pop(_ACTOR_KEY)
    with pytest.raises(ValidationError, match="is full"):
        attendance.request_from_kiosk(session, siti, tid, TODAY)
    with pytest.raises(ValidationError, match="registration is closed"):
        attendance.request_from_kiosk(session, siti, tid, AFTER)
    assert registrations(session) == 2


def test_approving_a_request_when_the_training_filled_up_is_refused(session, setup):
    tid, (sri, dewi, siti) = setup
    request = attendance.request_from_kiosk(session, siti, tid, TODAY)
    attendance.register(session, tid, member_id=sri, today=TODAY)
    attendance.register(session, tid, member_id=dewi, today=TODAY)
    with pytest.raises(ValidationError, match="is full"):
        attendance.approve_request(session, request, TODAY)
    assert attendance.pending_requests(session)[0].registration_id == request


def test_a_declined_request_tells_her_why_and_she_may_ask_again(session, setup):
    tid, (sri, *_) = setup
    request = attendance.request_from_kiosk(session, sri, tid, TODAY)
    with pytest.raises(ValidationError, match="Say why"):
        attendance.decline_request(session, request, " ")
    attendance.decline_request(session, request, "Khusus kelompok Mawar")
    [mine] = attendance.member_trainings(session, sri)
    assert (mine.status, mine.decline_reason) == ("declined", "Khusus kelompok Mawar")
    with pytest.raises(ValidationError, match="not a request waiting"):
        attendance.approve_request(session, request, TODAY)
    again = attendance.request_from_kiosk(session, sri, tid, TODAY)
    assert again == request and attendance.member_trainings(session, sri)[0].status == (
        "requested")


def test_attendance_completion_and_certificates(session, setup):
    tid, (sri, dewi, _) = setup
    a = attendance.register(session, tid, member_id=sri, today=TODAY)
    b = attendance.register(session, tid, member_id=dewi, today=TODAY)
    with pytest.raises(ValidationError, match="attendance is recorded from that day"):
        attendance.record_attendance(session, a, attended=True, today=TODAY)
    with pytest.raises(ValidationError, match="Only someone who attended can complete"):
        attendance.record_attendance(session, a, attended=False, completed=True, today=AFTER)
    with pytest.raises(ValidationError, match="certificate is given only for a completed"):
        attendance.record_attendance(session, a, attended=True, certificate_no="C-1",
                                     today=AFTER)
    attendance.record_attendance(session, a, attended=True, completed=True,
                                 certificate_no="DS-2025-001", today=AFTER)
    with pytest.raises(ValidationError, match="DS-2025-001 is already given"):
        attendance.record_attendance(session, b, attended=True, completed=True,
                                     certificate_no="DS-2025-001", today=AFTER)
    attendance.record_attendance(session, b, attended=True, today=AFTER)
    info = programmes.get_training(session, tid)
    assert (info.registered, info.attended, info.completed) == (2, 2, 1)
    assert attendance.member_trainings(session, sri)[0].certificate_no == "DS-2025-001"
    with pytest.raises(ValidationError, match="She attended"):
        attendance.cancel_registration(session, a)


def test_cancelling_frees_a_place(session, setup):
    tid, (sri, dewi, siti) = setup
    a = attendance.register(session, tid, member_id=sri, today=TODAY)
    attendance.register(session, tid, member_id=dewi, today=TODAY)
    attendance.cancel_registration(session, a)
    attendance.register(session, tid, member_id=siti, today=TODAY)
    with pytest.raises(ValidationError, match="Only registered participants have attendance"):
        attendance.record_attendance(session, a, attended=True, today=AFTER)
    assert programmes.get_training(session, tid).registered == 2


def test_bad_participants_are_refused(session):
    with pytest.raises(ValidationError, match="Give the participant's name"):
        attendance.add_participant(session, ParticipantData(" "))
    with pytest.raises(ValidationError, match="Gender must be F or M"):
        attendance.add_participant(session, ParticipantData("Ayu", "X"))
    pid = attendance.add_participant(session, ParticipantData("Ayu Lestari", note="tetangga"))
    assert attendance.find_participants(session, "ayu") == [(pid, "Ayu Lestari", "tetangga")]
