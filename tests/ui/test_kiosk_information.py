"""The kiosk as an information point: public before the PIN, hers after it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from kiosk_book import TODAY, two_members
from programme_book import programme, training
from PySide6.QtWidgets import QAbstractButton

from desktop_app.services import attendance, loan_products, noticeboard
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.loan_products import LoanProductInfo
from desktop_app.services.noticeboard import EventData
from desktop_app.ui.kiosk import KioskWindow
from desktop_app.ui.kiosk_info import LoanInfoPage, MyTrainingsPage
from tests.ui.test_kiosk_ui import every_text, log_in

PRIVATE = ("Sri Wahyuni", "Dewi Kartika", "A001", "A002", "257.500", "9.876.543", "P-0001",
           "P-0002", "1.200.000", "Setoran", "Ayu Lestari")


@pytest.fixture
def people(session):
    sri, dewi = two_members(session)
    pid = programme(session)
    cake = training(session, pid, capacity=3)
    training(session, pid, capacity=1, on=date(2025, 7, 2), title="Batik tulis")
    attendance.register(session, cake, member_id=dewi.id, today=TODAY)
    guest = attendance.add_participant(session, attendance.ParticipantData("Ayu Lestari"))
    attendance.register(session, cake, participant_id=guest, today=TODAY)
    noticeboard.post_announcement(session, "Setor wajib", "Paling lambat tanggal 10",
                                  date(2025, 6, 1), date(2025, 6, 30))
    noticeboard.add_event(session, EventData("market", date(2025, 6, 22), "Pasar Minggu"))
    noticeboard.add_event(session, EventData("meeting", date(2025, 6, 19), "Pertemuan Mawar",
                                             "Rumah Bu Sri", "14:00"))
    loan_products.save_product(session, LoanProductInfo(None, "Pinjaman Usaha", Decimal("1"),
                                                    "flat", 24))
    return sri, dewi, cake


@pytest.fixture
def kiosk(qtbot, book, people):
    window = KioskWindow(book, idle_ms=5000, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.begin()
    return window


def test_before_the_pin_anyone_sees_what_is_coming_and_nothing_private(kiosk):
    kiosk.coming_button.click()
    shown = every_text(kiosk.extra_page)
    for public in ("Setor wajib", "Paling lambat tanggal 10", "Kue kering untuk Lebaran",
                   "(1 places free)", "Batik tulis", "Pasar Minggu", "22/06/2025",
                   "19/06/2025 14:00", "Pertemuan Mawar — Rumah Bu Sri"):
        assert public in shown, public
    for private in PRIVATE:
        assert private not in every_text(kiosk), private
    next(b for b in kiosk.extra_page.findChildren(QAbstractButton) if b.text() == "Back").click()
    assert kiosk.stack.currentIndex() == 0 and kiosk.extra_page is None


def test_the_loan_page_explains_with_an_example_and_simulates(kiosk, session):
    kiosk.loans_button.click()
    page = kiosk.extra_page
    assert isinstance(page, LoanInfoPage)
    shown = every_text(page)
    assert "Borrow Rp 1.000.000, pay Rp 93.333 each month for 12 months; total interest " \
           "(jasa) Rp 120.000." in shown
    assert "1% per month." in shown
    page.amount.setText("2.500.000")
    page.months.setValue(6)
    page.calculate()
    assert page.result.text().startswith("Borrow Rp 2.500.000, pay Rp 441.667 each month")
    page.months.setValue(36)
    page.calculate()
    assert page.result.text() == "Choose a term of 1 to 24 months for Pinjaman Usaha."
    page.amount.setText("abc")
    page.calculate()
    assert "abc" in page.result.text()
    for private in PRIVATE:
        assert private not in every_text(kiosk), private


def test_after_her_pin_she_sees_her_trainings_and_asks_to_join(kiosk, people, session):
    sri, dewi, cake = people
    log_in(kiosk, sri.number, sri.pin)
    kiosk.trainings_button.click()
    page = kiosk.extra_page
    assert isinstance(page, MyTrainingsPage)
    assert "You have not joined a training yet." in every_text(page)
    assert "Dewi Kartika" not in every_text(kiosk) and "Ayu Lestari" not in every_text(kiosk)
    page.ask_buttons[cake].click()
    shown = every_text(kiosk.extra_page)
    assert "Your request is sent." in shown and "Waiting for the board" in shown
    assert cake not in page.ask_buttons  # no second request
    set_actor(session, SYSTEM_ACTOR)
    [request] = attendance.pending_requests(session)
    assert (request.member_number, request.training) == ("A001", "Kue kering untuk Lebaran")


def test_her_completed_training_shows_the_certificate(kiosk, people, session):
    sri, dewi, cake = people
    reg = attendance.participants(session, cake)[1].registration_id  # Dewi
    attendance.record_attendance(session, reg, attended=True, completed=True,
                                 certificate_no="DS-7", today=date(2025, 6, 20))
    page = MyTrainingsPage(kiosk.book, dewi.id, date(2025, 6, 25), lambda: None)
    assert "Completed · certificate DS-7" in every_text(page)
    page.deleteLater()


def test_a_full_training_cannot_be_asked_for(kiosk, people, session):
    sri, dewi, cake = people
    log_in(kiosk, sri.number, sri.pin)
    kiosk.trainings_button.click()
    page = kiosk.extra_page
    batik = next(t for t in page.ask_buttons if t != cake)
    attendance.register(session, batik, member_id=dewi.id, today=TODAY)  # fills it meanwhile
    page.ask_buttons[batik].click()
    assert "is full (1 places)" in every_text(kiosk.extra_page)


def test_the_information_pages_are_owned_by_qt_alone(kiosk, people):
    from tests.qt_ownership import doubly_owned

    for button in (kiosk.coming_button, kiosk.loans_button):
        button.click()
        assert doubly_owned(kiosk) == []
        kiosk.close_extra()
    sri, _, _ = people
    log_in(kiosk, sri.number, sri.pin)
    kiosk.trainings_button.click()
    assert doubly_owned(kiosk) == []
