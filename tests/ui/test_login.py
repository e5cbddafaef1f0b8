"""The start screen, logging in, and locking the books after idle time or Ctrl+L."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop_app.domain.roles import Role
from desktop_app.services import passwords, users
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.session_flow import SessionWindow


@pytest.fixture
def staff(session):
    users.add_user(session, "siti", role="chair", password="rahasia-ketua", full_name="Siti")
    users.add_user(session, "ani", role="treasurer", password="kas-aman-123")
    users.add_user(session, "rina", role="auditor", password="periksa-semua")


@pytest.fixture
def window(qtbot, book, staff):
    flow = SessionWindow(book, idle_lock_ms=200)
    qtbot.addWidget(flow)
    flow.show()
    return flow


def log_in(flow: SessionWindow, name: str, password: str) -> None:
    if not flow.start.username.isReadOnly():
        flow.start.username.setText(name)
    flow.start.password.setText(password)
    flow.start.login_button.click()


def test_the_start_screen_comes_first_and_shows_no_books(window):
    assert window.currentWidget() is window.start
    assert window.main_window is None
    assert window.start.kiosk_button.text() == "Cek Saldo Anggota"


def test_right_password_opens_the_books_as_that_user(window):
    log_in(window, "ani", "kas-aman-123")
    assert isinstance(window.currentWidget(), MainWindow)
    assert window.main_window.ctx.actor.role is Role.TREASURER
    assert window.main_window.ctx.actor.username == "ani"


def test_wrong_password_stays_on_the_start_screen_with_a_calm_message(window):
    log_in(window, "ani", "wrong-password")
    assert window.currentWidget() is window.start and window.main_window is None
    assert window.start.message.text() == (
        "That name and password do not match. Please try again.")
    assert window.start.password.text() == ""


def test_five_wrong_passwords_lock_the_name_in_the_screen(window):
    for _ in range(passwords.FREE_TRIES):
        log_in(window, "ani", "wrong-password")
    log_in(window, "ani", "kas-aman-123")
    assert window.main_window is None
    assert "Too many wrong tries" in window.start.message.text()


def test_idle_time_locks_and_the_same_user_resumes_where_she_was(window):
    log_in(window, "ani", "kas-aman-123")
    books = window.main_window
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 200
    window.idle.timer.timeout.emit()  # N minutes without a touch
    assert window.currentWidget() is window.start
    assert window.start.username.text() == "ani" and window.start.username.isReadOnly()
    log_in(window, "ani", "wrong-password")
    assert window.currentWidget() is window.start
    log_in(window, "ani", "kas-aman-123")
    assert window.currentWidget() is books  # the same window, her work kept


def test_switch_user_from_the_lock_screen_closes_the_previous_books(window, qtbot):
    log_in(window, "ani", "kas-aman-123")
    window.lock()
    assert window.start.switch_button.isVisible()
    window.start.switch_button.click()
    assert not window.start.username.isReadOnly() and window.start.username.text() == ""
    log_in(window, "siti", "rahasia-ketua")
    assert window.main_window.ctx.actor.username == "siti"
    assert window.indexOf(window.main_window) >= 0 and window.count() == 3


def test_ctrl_l_locks_on_demand(window):
    log_in(window, "siti", "rahasia-ketua")
    (shortcut,) = window.main_window.findChildren(QShortcut)
    assert shortcut.key() == QKeySequence("Ctrl+L")
    shortcut.activated.emit()
    assert window.currentWidget() is window.start and window.start.locked_for.username == "siti"


def test_the_kiosk_from_a_locked_screen_does_not_unlock_the_books(window, qtbot):
    log_in(window, "ani", "kas-aman-123")
    window.lock()
    window.start.kiosk_button.click()
    assert window.currentWidget() is window.kiosk
    window.kiosk.finish()
    assert window.currentWidget() is window.start
    assert window.start.locked_for.username == "ani"


def test_the_idle_lock_minutes_come_from_the_book(qtbot, book, session, staff):
    users.set_idle_lock_minutes(session, 7)
    flow = SessionWindow(book)
    qtbot.addWidget(flow)
    assert flow.idle.timer.interval() == 7 * 60_000
    users.set_idle_lock_minutes(session, 3)  # changed while the app runs
    log_in(flow, "ani", "kas-aman-123")
    assert flow.idle.timer.interval() == 3 * 60_000


def test_enter_in_the_password_field_logs_in(window, qtbot):
    window.start.username.setText("siti")
    qtbot.keyClicks(window.start.password, "rahasia-ketua")
    qtbot.keyClick(window.start.password, Qt.Key.Key_Return)
    assert window.main_window is not None and window.main_window.ctx.actor.role is Role.CHAIR


def test_a_book_without_users_asks_for_the_first_user_then_opens(qtbot, book):
    flow = SessionWindow(book, idle_lock_ms=200)
    qtbot.addWidget(flow)
    assert flow.currentWidget() is flow.first_user
    form = flow.first_user.form
    form.username.setText("siti")
    form.password.setText("rahasia-ketua")
    form.repeat.setText("rahasia-ketuu")
    flow.first_user.create()
    assert "not the same" in flow.first_user.message.text() and flow.main_window is None
    form.password.setText("rahasia-ketua")
    form.repeat.setText("rahasia-ketua")
    flow.first_user.create()
    assert flow.main_window.ctx.actor.username == "siti"
    assert flow.main_window.ctx.actor.role is Role.CHAIR
    with book.session() as session:
        assert users.authenticate(session, "siti", "rahasia-ketua").role is Role.CHAIR


def test_first_user_wizard_page_creates_the_user_in_the_new_book(qtbot, book):
    from desktop_app.ui.first_user import FirstUserPage

    page = FirstUserPage()
    qtbot.addWidget(page)
    page.form.username.setText("ani")
    page.form.role.setCurrentIndex(page.form.role.findData("treasurer"))
    page.form.password.setText("short")
    page.form.repeat.setText("short")
    assert not page.validatePage() and "at least 8" in page.problem.text()
    page.form.password.setText("kas-aman-123")
    page.form.repeat.setText("kas-aman-123")
    assert page.validatePage()
    page.apply_to_book(book)
    with book.session() as session:
        assert [(u.username, u.role) for u in users.list_users(session)] == [
            ("ani", Role.TREASURER)]


def test_locking_cancels_dialogs_opened_from_the_books(window, qtbot):
    from PySide6.QtWidgets import QDialog, QLineEdit

    log_in(window, "ani", "kas-aman-123")
    dialog = QDialog(window.main_window)
    field = QLineEdit(dialog)
    dialog.show()
    window.idle.timer.start(60_000)
    qtbot.keyClicks(field, "x")  # typing in a dialog of the books keeps the session awake
    assert window.idle.timer.remainingTime() > 50_000
    window.lock()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def notices_on_screen() -> list[str]:
    from PySide6.QtWidgets import QApplication

    return [w.text() for w in QApplication.topLevelWidgets()
            if w.objectName() == "saved-notice" and w.isVisible()]


def test_a_saved_notice_is_hidden_by_the_lock_and_back_with_her(window, tmp_path):
    from desktop_app.ui.saved_notice import show_saved

    log_in(window, "ani", "kas-aman-123")
    path = tmp_path / "buku-tabungan-0007-Siti Aminah.pdf"
    show_saved(window.main_window, path)
    assert notices_on_screen() == [f"Saved to {path}"]
    window.lock()
    assert notices_on_screen() == []
    window.start.kiosk_button.click()  # a member at the kiosk sees no path either
    assert notices_on_screen() == []
    window.kiosk.finish()
    log_in(window, "ani", "kas-aman-123")
    assert notices_on_screen() == [f"Saved to {path}"]


def test_a_save_that_ends_while_locked_waits_for_the_same_user(window, tmp_path):
    from desktop_app.ui.saved_notice import show_saved

    log_in(window, "ani", "kas-aman-123")
    window.lock()
    page = window.main_window.show_page("members")
    path = tmp_path / "anggota.xlsx"
    show_saved(page, path, "9 rows written.")  # an export finishing on its worker
    assert notices_on_screen() == []
    log_in(window, "ani", "kas-aman-123")
    assert notices_on_screen() == [f"9 rows written.\nSaved to {path}"]


def test_a_held_notice_never_reaches_the_next_user(window, tmp_path):
    from desktop_app.ui.saved_notice import show_saved

    log_in(window, "ani", "kas-aman-123")
    window.lock()
    show_saved(window.main_window, tmp_path / "anggota.xlsx")
    window.start.switch_button.click()
    log_in(window, "siti", "rahasia-ketua")
    assert window.main_window.ctx.actor.username == "siti"
    assert notices_on_screen() == []


def test_the_new_book_wizard_ends_with_the_first_user(qtbot, tmp_path):
    from desktop_app.ui.dialogs.new_book_wizard import NewBookWizard
    from desktop_app.ui.first_user import FirstUserPage

    wizard = NewBookWizard(tmp_path / "mawar.sqlite3")
    qtbot.addWidget(wizard)
    (page,) = [wizard.page(i) for i in wizard.pageIds()
               if isinstance(wizard.page(i), FirstUserPage)]
    wizard.profile_page.form.name.setText("Koperasi Wanita Mawar")
    page.form.username.setText("siti")
    page.form.password.setText("rahasia-ketua")
    page.form.repeat.setText("rahasia-ketua")
    wizard.accept()
    assert wizard.book is not None
    with wizard.book.session() as session:
        assert users.authenticate(session, "siti", "rahasia-ketua").role is Role.CHAIR
    wizard.book.close()


@pytest.mark.parametrize("with_users", [True, False])
def test_the_app_opens_a_book_at_the_start_screen(qtbot, book_file, tmp_path, with_users):
    from PySide6.QtCore import QSettings

    from desktop_app.db.book import open_book
    from desktop_app.services.context import SYSTEM_ACTOR, set_actor
    from desktop_app.ui import app as app_module

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    if with_users:
        book = open_book(book_file)
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            users.add_user(session, "ani", role="treasurer", password="kas-aman-123")
        book.close()
    launcher = app_module.Launcher()
    try:
        assert launcher.open_path(book_file)
        qtbot.addWidget(launcher.window)
        assert isinstance(launcher.window, SessionWindow)
        assert launcher.window.main_window is None  # nothing of the books before a login
        expected = launcher.window.start if with_users else launcher.window.first_user
        assert launcher.window.currentWidget() is expected
    finally:
        launcher.wait_for_backup()
        launcher.close_book()


def test_the_dashboard_figures_are_read_while_the_password_is_checked(window, monkeypatch):
    """Read once, during the slow Argon2 check (not again when the dashboard is built);
    a wrong password's figures are never shown."""
    from desktop_app.services import dashboard as service

    reads = []

    def counted(session, today):
        reads.append(today)
        return real(session, today)

    real = service.dashboard
    monkeypatch.setattr(service, "dashboard", counted)
    monkeypatch.setattr("desktop_app.ui.pages.dashboard.dashboard", counted)
    log_in(window, "ani", "wrong-password")
    assert len(reads) == 1 and window.main_window is None
    log_in(window, "ani", "kas-aman-123")
    page = window.main_window.page(window.main_window.page_keys.index("dashboard"))
    assert len(reads) == 2 and page.figures.today == reads[-1]
    assert page.cash.value.text() == "Rp 0"
    assert window.main_window.ctx.first_figures is None  # taken once, not kept
    page.refresh()
    assert len(reads) == 3
