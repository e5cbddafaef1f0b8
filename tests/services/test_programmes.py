"""Programmes and trainings: every rule a treasurer meets, and what the audit log keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from programme_book import TODAY, TRAINING_DAY, members, programme, topic, training
from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, Programme, Training
from desktop_app.errors import ValidationError
from desktop_app.services import attendance, programmes
from desktop_app.services.programmes import ProgrammeData, TrainingData


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_a_programme_with_trainings_is_listed_with_its_counts(session):
    pid = programme(session)
    training(session, pid)
    training(session, pid, on=date(2025, 7, 1), title="Keripik singkong")
    [info] = programmes.list_programmes(session)
    assert (info.name, info.organiser_kind, info.organiser, info.funder, info.trainings) == (
        "Dapur Sehat", "ngo", "Yayasan Mitra Desa", "Dana Hibah Desa", 2)
    assert programmes.organiser_label(info.organiser_kind) == "NGO"
    titles = [t.title for t in programmes.list_trainings(session, pid)]
    assert titles == ["Kue kering untuk Lebaran", "Keripik singkong"]


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "  "}, "Give the programme a name"),
    ({"organiser_kind": "bank"}, "Choose who organises"),
    ({"end_date": date(2024, 12, 31)}, "cannot end before it starts"),
    ({"name": "dapur sehat"}, "already a programme called dapur sehat"),
])
def test_bad_programmes_are_refused_and_nothing_is_written(session, change, message):
    programme(session)
    before = count(session, Programme), count(session, AuditLog)
    data = replace(ProgrammeData("Baru", "government", date(2025, 1, 1)), **change)
    with pytest.raises(ValidationError, match=message):
        programmes.create_programme(session, data)
    assert (count(session, Programme), count(session, AuditLog)) == before


def test_a_programme_cannot_shrink_away_from_its_trainings(session):
    pid = programme(session)
    training(session, pid)
    data = ProgrammeData("Dapur Sehat", "ngo", date(2025, 1, 1), date(2025, 5, 31))
    with pytest.raises(ValidationError, match="1 training\\(s\\) of this programme would fall"):
        programmes.update_programme(session, pid, data)
    assert programmes.get_programme(session, pid).end_date == date(2025, 12, 31)


def test_updating_a_programme_audits_what_changed(session):
    pid = programme(session)
    data = replace(programmes.get_programme(session, pid), funder="Dinas Koperasi")
    programmes.update_programme(session, pid, ProgrammeData(
        data.name, data.organiser_kind, data.start_date, data.end_date, data.organiser,
        data.funder, data.notes))
    details = session.scalar(select(AuditLog.details).where(
        AuditLog.action == "programme.update"))
    assert details == '{"funder": "Dinas Koperasi"}'


@pytest.mark.parametrize(("change", "message"), [
    ({"date": date(2026, 1, 5)}, "outside the programme's period"),
    ({"topic_id": 999}, "Choose a topic from the list"),
    ({"title": ""}, "Give the training a title"),
    ({"place": " "}, "Say where the training takes place"),
    ({"capacity": 0}, "capacity must be 1 to 1000"),
    ({"programme_id": 999}, "Choose the programme"),
])
def test_bad_trainings_are_refused_and_nothing_is_written(session, change, message):
    pid = programme(session)
    data = replace(TrainingData(pid, topic(session), "Batik", TRAINING_DAY, "Balai", 10),
                   **change)
    with pytest.raises(ValidationError, match=message):
        programmes.create_training(session, data)
    assert count(session, Training) == 0


def test_capacity_cannot_drop_below_the_places_taken(session):
    pid = programme(session)
    tid = training(session, pid, capacity=3)
    for member_id in members(session, 2):
        attendance.register(session, tid, member_id=member_id, today=TODAY)
    data = TrainingData(pid, topic(session), "Kue", TRAINING_DAY, "Balai", 1)
    with pytest.raises(ValidationError, match="2 participants are registered already"):
        programmes.update_training(session, tid, data)
    programmes.update_training(session, tid, replace(data, capacity=2))
    assert programmes.get_training(session, tid).free_places == 0


def test_topics_are_the_cooperatives_list_and_can_grow(session):
    names = [name for _, name in programmes.topics(session)]
    assert {"Kerajinan", "Kuliner", "Teknologi informasi", "Pengelolaan keuangan"} <= set(names)
    programmes.add_topic(session, "Menjahit")
    assert "Menjahit" in [name for _, name in programmes.topics(session)]
    with pytest.raises(ValidationError, match="already on the list"):
        programmes.add_topic(session, "menjahit")
    with pytest.raises(ValidationError, match="Give the topic a name"):
        programmes.add_topic(session, "  ")
