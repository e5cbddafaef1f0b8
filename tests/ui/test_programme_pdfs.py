"""The notice of the month and the attendance list as PDF, read back as text."""

from __future__ import annotations

from datetime import date

import pytest
from programme_book import TODAY, members, programme, training
from pypdf import PdfReader

from desktop_app.i18n import set_language
from desktop_app.services import attendance, noticeboard, programme_documents
from desktop_app.services.attendance import ParticipantData
from desktop_app.services.noticeboard import EventData
from desktop_app.ui.printing import save_pdf


@pytest.fixture
def month(session):
    tid = training(session, programme(session), capacity=10)
    sri, _ = members(session, 2)
    attendance.register(session, tid, member_id=sri, today=TODAY)
    guest = attendance.add_participant(session, ParticipantData("Ayu Lestari"))
    attendance.register(session, tid, participant_id=guest, today=TODAY)
    noticeboard.post_announcement(session, "Setoran wajib", "Paling lambat tanggal 10.",
                                  date(2025, 6, 1), date(2025, 6, 30))
    noticeboard.add_event(session, EventData("meeting", date(2025, 6, 19), "Pertemuan Mawar",
                                             "Rumah Bu Sri", "14:00"))
    noticeboard.add_event(session, EventData("market", date(2025, 6, 22), "Pasar Minggu",
                                             "Alun-alun"))
    return tid


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["Notice of the month: June 2025", "Announcements", "Setoran wajib",
            "Meetings", "19/06/2025 14:00 Pertemuan Mawar", "Market days", "Pasar Minggu",
            "Trainings", "Kue kering untuk Lebaran", "(8 places free)", "No market days"]),
    ("id", ["Pengumuman bulan Juni 2025", "Pertemuan", "Hari pasar", "Pelatihan",
            "(sisa 8 tempat)", "Tidak ada acara lain."]),
])
def test_notice_of_the_month(qtbot, session, month, tmp_path, language, words):
    set_language(language)
    html = programme_documents.month_notice_html(session, date(2025, 6, 1))
    text = pdf_text(save_pdf(html, tmp_path / "notice.pdf"))
    for word in words:
        if word == "No market days":
            assert word not in text
        else:
            assert word in text, word
    assert len(PdfReader(tmp_path / "notice.pdf").pages) == 1


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["Attendance list: Kue kering untuk Lebaran", "Programme: Dapur Sehat",
            "Trainer: Bu Ani", "Signature", "Sri Wahyuni", "0001", "Ayu Lestari",
            "(not a member)"]),
    ("id", ["Daftar hadir: Kue kering untuk Lebaran", "Program: Dapur Sehat",
            "Pelatih: Bu Ani", "Tanda tangan", "(bukan anggota)"]),
])
def test_attendance_list(qtbot, session, month, tmp_path, language, words):
    set_language(language)
    html = programme_documents.attendance_list_html(session, month)
    text = pdf_text(save_pdf(html, tmp_path / "list.pdf"))
    for word in words:
        assert word in text, word
    assert "Dewi Lestari" not in text  # not registered
