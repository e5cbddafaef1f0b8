"""Settings > Users: the chair manages users; others see the list but cannot change it."""

from __future__ import annotations

import pytest
from kiosk_book import add_member
from PySide6.QtCore import QItemSelectionModel

from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied
from desktop_app.services import kiosk, users
from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.users_tab import AddUserDialog, PasswordDialog, UsersTab

CHAIR = Actor("siti", Role.CHAIR, "Siti")
TREASURER = Actor("ani", Role.TREASURER)


@pytest.fixture
def staff(session):
    users.add_user(session, "siti", role="chair", password="rahasia-ketua", full_name="Siti")
    users.add_user(session, "ani", role="treasurer", password="kas-aman-123")


def tab_for(qtbot, book, actor) -> UsersTab:
    tab = UsersTab(AppContext(book, actor))
    qtbot.addWidget(tab)
    return tab


def cells(tab) -> list[list[str]]:
    m = tab.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_the_list_shows_users_roles_and_status(qtbot, book, staff, qtmodeltester):
    tab = tab_for(qtbot, book, CHAIR)
    qtmodeltester.check(tab.model)
    assert cells(tab) == [["ani", "", "treasurer", "Active"], ["siti", "Siti", "chair", "Active"]]


def test_chair_adds_a_user_through_the_dialog(qtbot, book, staff):
    dialog = AddUserDialog(AppContext(book, CHAIR))
    qtbot.addWidget(dialog)
    form = dialog.form
    form.username.setText("rina")
    form.role.setCurrentIndex(form.role.findData("auditor"))
    form.password.setText("periksa-semua")
    form.repeat.setText("periksa-semua")
    dialog.accept()
    assert dialog.result() == AddUserDialog.DialogCode.Accepted
    with book.session() as session:
        assert users.authenticate(session, "rina", "periksa-semua").role is Role.AUDITOR


def test_a_refused_user_keeps_the_dialog_open_with_the_reason(qtbot, book, staff):
    dialog = AddUserDialog(AppContext(book, CHAIR))
    qtbot.addWidget(dialog)
    dialog.form.username.setText("ani")
    dialog.form.password.setText("long-enough")
    dialog.form.repeat.setText("long-enough")
    dialog.accept()
    assert "already a user named ani" in dialog.problem.text()
    assert dialog.result() != AddUserDialog.DialogCode.Accepted


def test_reset_and_change_password_dialogs(qtbot, book, staff):
    reset = PasswordDialog(AppContext(book, CHAIR), "ani", own=False)
    qtbot.addWidget(reset)
    reset.new.setText("baru-sekali-1")
    reset.repeat.setText("baru-sekali-2")
    reset.accept()
    assert "not the same" in reset.problem.text()
    reset.repeat.setText("baru-sekali-1")
    reset.accept()
    change = PasswordDialog(AppContext(book, TREASURER), "ani", own=True)
    qtbot.addWidget(change)
    change.old.setText("baru-sekali-1")
    change.new.setText("pilihan-ani-9")
    change.repeat.setText("pilihan-ani-9")
    change.accept()
    assert change.problem.text() == ""
    with book.session() as session:
        assert users.authenticate(session, "ani", "pilihan-ani-9").username == "ani"


def test_deactivate_the_selected_user(qtbot, book, staff):
    tab = tab_for(qtbot, book, CHAIR)
    tab.table.selectionModel().select(
        tab.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert tab.deactivate_button.text() == "Deactivate"
    tab.toggle_active()
    assert cells(tab)[0] == ["ani", "", "treasurer", "Deactivated"]
    tab.table.selectRow(0)
    assert tab.deactivate_button.text() == "Activate"
    tab.toggle_active()
    assert cells(tab)[0] == ["ani", "", "treasurer", "Active"]


def test_a_treasurer_sees_the_list_but_cannot_manage_users(qtbot, book, staff):
    tab = tab_for(qtbot, book, TREASURER)
    assert not tab.add_button.isEnabled() and not tab.reset_button.isEnabled()
    assert not tab.deactivate_button.isEnabled()
    dialog = AddUserDialog(AppContext(book, TREASURER))  # even if it were reached
    qtbot.addWidget(dialog)
    dialog.form.username.setText("budi")
    dialog.form.password.setText("long-enough")
    dialog.form.repeat.setText("long-enough")
    dialog.accept()
    assert "may not do this" in dialog.problem.text()
    with book.session() as session:
        assert [u.username for u in users.list_users(session)] == ["ani", "siti"]


def test_treasurer_gives_a_member_a_new_pin_shown_once_and_printed(qtbot, book, staff):
    with book.session() as session:
        add_member(session, "A001", "Sri Wahyuni")
    tab = tab_for(qtbot, book, TREASURER)
    printed, shown = [], []
    tab.print_html = lambda parent, html: printed.append(html) or True
    tab.show_pin_once = lambda number, pin: shown.append((number, pin)) or True
    tab.member_number.setText("A001")
    pin = tab.give_new_pin()
    assert shown == [("A001", pin)]
    assert pin in printed[0] and "A001" in printed[0]
    assert tab.member_number.text() == ""
    with book.session() as session:
        assert kiosk.verify_member(session, "A001", pin)


def test_a_pin_for_an_unknown_member_is_refused(qtbot, book, staff):
    tab = tab_for(qtbot, book, TREASURER)
    warned = []
    tab.warn = lambda title, text: warned.append(text)
    tab.member_number.setText("Z9")
    assert tab.give_new_pin() is None
    assert "no member number Z9" in warned[0]


def test_the_chair_cannot_set_pins(qtbot, book, staff):
    tab = tab_for(qtbot, book, CHAIR)
    assert not tab.member_number.isEnabled()
    with AppContext(book, CHAIR).session() as session, pytest.raises(PermissionDenied):
        kiosk.set_pin(session, "A001", "582039")
