"""The Program & Pelatihan page: programmes, trainings, participants, kiosk requests,
announcements and the calendar, driven as the treasurer would."""

from __future__ import annotations

from datetime import date

import pytest
from programme_book import TODAY, members, programme, training
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.roles import Role
from desktop_app.services import attendance, noticeboard
from desktop_app.services.context import SYSTEM_ACTOR, Actor
from desktop_app.services.noticeboard import EventData
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.programme_dialogs import (
    AttendanceDialog,
    ProgrammeDialog,
    RegisterDialog,
    TrainingDialog,
)
from desktop_app.ui.pages.programmes import ProgrammesPage


@pytest.fixture
def data(session):
    tid = training(session, programme(session), capacity=2)
    people = members(session, 3)
    attendance.request_from_kiosk(session, people[2], tid, TODAY)
    noticeboard.add_event(session, EventData("rat", date(2025, 6, 28), "RAT 2024", "Balai"))
    return tid, people


def make_page(qtbot, book, role=None) -> ProgrammesPage:
    actor = SYSTEM_ACTOR if role is None else Actor("x", role)
    page = ProgrammesPage(AppContext(book, actor), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_programme_training_and_participants_are_listed(qtbot, book, data):
    page = make_page(qtbot, book)
    tab = page.trainings_tab
    assert column(tab.programmes, 0) == ["Dapur Sehat"]
    assert column(tab.programmes, 1) == ["NGO — Yayasan Mitra Desa"]
    assert column(tab.trainings, 1) == ["Kue kering untuk Lebaran"]
    assert column(tab.trainings, 7) == ["2"] and column(tab.trainings, 8) == ["1"]
    assert column(tab.people, 0) == ["Siti Aminah"]
    assert column(tab.people, 2) == ["Asked at the kiosk"]


def test_forms_save_and_show_refusals(qtbot, book, session, data):
    tid, (sri, dewi, _) = data
    page = make_page(qtbot, book)
    dialog = ProgrammeDialog(page.ctx, None, page)
    dialog.name.setText("Dapur Sehat")
    dialog._ok()
    assert "already a programme called Dapur Sehat" in dialog.error.text()
    dialog.name.setText("Digital Desa")
    dialog._ok()
    assert dialog.result() == 1 and dialog.programme_id is not None

    form = TrainingDialog(page.ctx, dialog.programme_id, None, page)
    form._ok()
    assert "Give the training a title" in form.error.text()

    register = RegisterDialog(page.ctx, tid, lambda: TODAY, page)
    register.member.setText("0001")
    register._ok()
    assert register.result() == 1
    register = RegisterDialog(page.ctx, tid, lambda: TODAY, page)
    register.as_guest.setChecked(True)
    register.name.setText("Ayu Lestari")
    register._ok()
    assert register.result() == 1
    register = RegisterDialog(page.ctx, tid, lambda: TODAY, page)
    register.member.setText("0002")
    register._ok()
    assert "is full (2 places)" in register.error.text()

    page.refresh()
    tab = page.trainings_tab
    assert column(tab.people, 0) == ["Ayu Lestari", "Siti Aminah", "Sri Wahyuni"]
    assert column(tab.people, 1)[0] == "(not a member)"
    tab.people_table.selectRow(2)
    marks = AttendanceDialog(page.ctx, tab.participant(), lambda: date(2025, 6, 20), page)
    marks.attended.setChecked(True)
    marks.completed.setChecked(True)
    marks.certificate.setText("DS-01")
    marks._ok()
    assert marks.result() == 1
    assert attendance.member_trainings(session, sri)[0].certificate_no == "DS-01"


def test_the_board_approves_a_kiosk_request(qtbot, book, data, monkeypatch):
    page = make_page(qtbot, book)
    page.tabs.setCurrentWidget(page.requests_tab)
    tab = page.requests_tab
    assert tab.count.text() == "1 request(s) from the kiosk wait for the board."
    assert column(tab.model, 2) == ["Siti Aminah"]
    tab.table.selectRow(0)
    tab.approve()
    assert tab.count.text() == "0 request(s) from the kiosk wait for the board."
    page.tabs.setCurrentWidget(page.trainings_tab)
    assert column(page.trainings_tab.people, 2) == ["Registered"]


def test_calendar_lists_the_month(qtbot, book, data):
    page = make_page(qtbot, book)
    page.tabs.setCurrentWidget(page.calendar_tab)
    tab = page.calendar_tab
    assert column(tab.model, 3) == ["Kue kering untuk Lebaran", "RAT 2024"]
    assert column(tab.model, 2) == ["Training", "Annual members' meeting (RAT)"]


def test_an_auditor_sees_but_cannot_change(qtbot, book, data, monkeypatch):
    page = make_page(qtbot, book, Role.AUDITOR)
    assert not page.trainings_tab.new_training.isEnabled()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page.tabs.setCurrentWidget(page.requests_tab)
    page.requests_tab.table.selectRow(0)
    page.requests_tab.approve()  # the service refuses even if the button were reached
    assert warnings and "may not do this" in warnings[0]


def test_member_detail_shows_her_business_and_trainings(qtbot, book, session, data):
    from desktop_app.services import business_profiles, products
    from desktop_app.ui.pages.member_business import BusinessDialog
    from desktop_app.ui.pages.member_detail import MemberDetailDialog

    tid, (sri, *_) = data
    attendance.register(session, tid, member_id=sri, today=TODAY)
    products.create_product(session, products.ProductInput(
        "KRP-01", "Keripik pisang", 15_000, owner_number="0001"))
    ctx = AppContext(book, SYSTEM_ACTOR)
    detail = MemberDetailDialog(ctx, sri)
    qtbot.addWidget(detail)
    texts = lambda: [detail.business.form.itemAt(i).widget().text()
                     for i in range(detail.business.form.count())]
    assert "Not recorded yet" in texts() and "KRP-01 Keripik pisang" in texts()
    form = BusinessDialog(ctx, sri, None, detail)
    form._ok()
    assert "Say what kind of business" in form.error.text()
    form.kind.setText("Makanan ringan")
    form.sells_at.setText("Pasar Minggu")
    form._ok()
    assert form.result() == 1
    detail.business.reload()
    assert "Makanan ringan" in texts() and "Pasar Minggu" in texts()
    assert business_profiles.business_of(session, sri).profile.kind == "Makanan ringan"
    assert column(detail.trainings, 1) == ["Kue kering untuk Lebaran"]


def test_every_programme_form_is_owned_by_qt_alone(qtbot, book, session, data):
    """See tests/qt_ownership.py: no widget both Python and a Qt parent own."""
    from desktop_app.ui.dialogs.programme_dialogs import AnnouncementDialog, EventDialog
    from desktop_app.ui.pages.member_business import BusinessDialog
    from desktop_app.ui.pages.member_detail import MemberDetailDialog
    from tests.qt_ownership import doubly_owned

    tid, (sri, *_) = data
    page = make_page(qtbot, book)
    for tab in (page.requests_tab, page.announcements_tab, page.calendar_tab):
        page.tabs.setCurrentWidget(tab)
    page.trainings_tab.people_table.selectRow(0)
    dialogs = [ProgrammeDialog(page.ctx, None, page), TrainingDialog(page.ctx, 1, tid, page),
               RegisterDialog(page.ctx, tid, lambda: TODAY, page),
               AttendanceDialog(page.ctx, page.trainings_tab.participant(), lambda: TODAY, page),
               AnnouncementDialog(page.ctx, None, page), EventDialog(page.ctx, [], page),
               BusinessDialog(page.ctx, sri, None, page), MemberDetailDialog(page.ctx, sri, page)]
    assert doubly_owned(page) == []
    for dialog in dialogs:
        dialog.deleteLater()
