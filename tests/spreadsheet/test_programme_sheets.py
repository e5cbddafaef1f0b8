"""The Program, Pelatihan and Peserta Pelatihan sheets: export, re-import, and refusals."""

from __future__ import annotations

from datetime import date

import openpyxl
from programme_book import TODAY, members, programme, training
from sqlalchemy import func, select

from desktop_app.db.models import Programme, TrainingRegistration
from desktop_app.services import attendance, programmes
from desktop_app.services.attendance import ParticipantData
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import make

PAST = date(2025, 3, 10)
MEMBERS_HEADER = ["No. Anggota", "Nama", "Tanggal Masuk"]
PROGRAMME_HEADER = ["Nama Program", "Jenis Penyelenggara", "Penyelenggara", "Penyandang Dana",
                    "Tanggal Mulai", "Tanggal Selesai"]
TRAINING_HEADER = ["Program", "Judul Pelatihan", "Tanggal", "Topik", "Tempat", "Pelatih",
                   "Kapasitas"]
PEOPLE_HEADER = ["Program", "Judul Pelatihan", "Tanggal", "No. Anggota", "Nama", "Hadir",
                 "Selesai", "No. Sertifikat"]


def figures(session):
    return [(t.programme, t.title, t.date, t.topic, t.capacity, t.registered, t.attended,
             t.completed) for t in programmes.list_trainings(session)]


def people(session):
    return sorted((p.name, p.member_number, p.attended, p.completed, p.certificate_no)
                  for t in programmes.list_trainings(session)
                  for p in attendance.participants(session, t.id))


def test_programmes_trainings_and_attendance_survive_a_round_trip(session, tmp_path):
    pid = programme(session)
    past = training(session, pid, capacity=5, on=PAST, title="Keripik")
    training(session, pid, capacity=3)
    sri, dewi = members(session, 2)
    guest = attendance.add_participant(session, ParticipantData("Ayu Lestari", "F", True,
                                                                note="putri anggota 0002"))
    for who in ({"member_id": sri}, {"member_id": dewi}, {"participant_id": guest}):
        attendance.register(session, past, today=date(2025, 3, 1), **who)
    rows = attendance.participants(session, past)
    attendance.record_attendance(session, rows[0].registration_id, attended=True,
                                 completed=True, certificate_no="K-1", today=PAST)
    attendance.record_attendance(session, rows[1].registration_id, attended=True, today=PAST)
    expected = (figures(session), people(session))

    path = export_book(session, tmp_path / "book.xlsx").path
    sheet = list(openpyxl.load_workbook(path)["Peserta Pelatihan"].iter_rows(values_only=True))
    assert sheet[0][:5] == ("Program", "Judul Pelatihan", "Tanggal", "No. Anggota", "Nama")
    assert ("Ayu Lestari", "P", "Ya", "putri anggota 0002") in [r[4:8] for r in sheet]

    fresh = create_book(None, DEFAULT_PROFILE)
    with fresh.session() as other:
        set_actor(other, SYSTEM_ACTOR)
        result = import_workbook(other, path)
        assert result.problems == []
        assert result.counts["programmes"] == 1 and result.counts["participants"] == 3
        assert (figures(other), people(other)) == expected
    fresh.close()


def test_an_unknown_topic_is_added_to_the_list(session, tmp_path):
    path = make(tmp_path / "t.xlsx", {
        "Program": [PROGRAMME_HEADER, ["Desa Digital", "Pemerintah", "Dinas", "APBD",
                                       "01/01/2025", "31/12/2025"]],
        "Pelatihan": [TRAINING_HEADER, ["Desa Digital", "Menjahit", "10/03/2025", "Menjahit",
                                        "Balai", "Bu Ani", 10]],
    })
    result = import_workbook(session, path)
    assert result.problems == []
    assert any("Menjahit will be added" in n for n in result.notices)
    [t] = programmes.list_trainings(session)
    assert (t.topic, t.programme) == ("Menjahit", "Desa Digital")
    assert session.scalar(select(Programme.organiser_kind)) == "government"


def test_bad_programme_rows_are_reported_and_nothing_is_imported(session, tmp_path):
    members(session, 1)
    path = make(tmp_path / "bad.xlsx", {
        "Program": [PROGRAMME_HEADER,
                    ["Dapur", "Bank", None, None, "01/01/2025", None],
                    ["Kebun", "LSM", None, None, "01/06/2025", "01/01/2025"],
                    ["Desa", "Koperasi", None, None, "01/01/2025", "31/12/2025"]],
        "Pelatihan": [TRAINING_HEADER,
                      ["Entah", "A", "10/03/2025", "Kuliner", "Balai", None, 10],
                      ["Desa", "B", "10/03/2026", "Kuliner", "Balai", None, 10],
                      ["Desa", "C", "10/03/2025", "Kuliner", "Balai", None, 5]],
        "Peserta Pelatihan": [PEOPLE_HEADER,
                              ["Desa", "C", "10/03/2025", "0001", None, "Tidak", "Ya", None],
                              ["Desa", "C", "10/03/2025", None, "Ayu", "Ya", "Ya", None],
                              ["Desa", "X", "10/03/2025", "0001", None, None, None, None],
                              ["Desa", "C", "10/03/2025", "0099", None, None, None, None]],
    })
    result = import_workbook(session, path)
    messages = [(p.sheet, p.row, p.message) for p in result.details]
    assert ("Program", 2, "'Bank' is not an organiser (write Pemerintah, LSM or Koperasi)") in (
        messages)
    assert ("Program", 3, "the programme cannot end before it starts") in messages
    assert ("Pelatihan", 2, "there is no programme Entah in the book or in the Program "
            "sheet") in messages
    assert ("Pelatihan", 3, "the training date 10/03/2026 is outside the programme's "
            "period") in messages
    assert ("Peserta Pelatihan", 2, "only someone who attended can complete the training") in (
        messages)
    assert ("Peserta Pelatihan", 4, "there is no such training (programme, title and date) in "
            "the book or in the Pelatihan sheet") in messages
    assert any(m[:2] == ("Peserta Pelatihan", 5) and "no member 0099" in m[2] for m in messages)
    assert session.scalar(select(func.count()).select_from(Programme)) == 0
    assert session.scalar(select(func.count()).select_from(TrainingRegistration)) == 0


def test_a_full_training_in_the_file_is_refused(session, tmp_path):
    members(session, 2)
    path = make(tmp_path / "full.xlsx", {
        "Program": [PROGRAMME_HEADER, ["Desa", "LSM", None, None, "01/01/2025", None]],
        "Pelatihan": [TRAINING_HEADER, ["Desa", "C", "10/03/2025", "Kuliner", "Balai", None, 1]],
        "Peserta Pelatihan": [PEOPLE_HEADER,
                              ["Desa", "C", "10/03/2025", "0001", None, "Ya", None, None],
                              ["Desa", "C", "10/03/2025", "0002", None, "Ya", None, None],
                              ["Desa", "C", "10/03/2025", "0001", None, "Ya", None, None]],
    })
    result = import_workbook(session, path)
    assert [(p.row, p.message) for p in result.details] == [
        (3, "the training is full (1 places)"),
        (4, "this participant is listed twice for the training")]
    assert TODAY  # the frozen day of the other tests is not used by imports
