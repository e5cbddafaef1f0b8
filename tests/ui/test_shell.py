"""The app shell: navigation, status bar, book switching, backup/restore, language, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.db.book import open_book
from desktop_app.domain.accounts import KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.roles import Role
from desktop_app.i18n import set_language
from desktop_app.services import backup, ledger, settings
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, Actor, set_actor
from desktop_app.ui import app as app_module
from desktop_app.ui import main_window as main_window_module
from desktop_app.ui import preferences
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages import settings as settings_page
from desktop_app.ui.pages.cashbook import CashbookPage
from desktop_app.ui.pages.settings import SettingsPage
from desktop_app.ui.translator import install_translators

TREASURER = Actor("sri", Role.TREASURER, "Sri Wahyuni")


@pytest.fixture(autouse=True)
def own_preferences(tmp_path):
    """Recent books and language go to a temporary folder, not the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "prefs"))


@pytest.fixture(autouse=True)
def straight_to_the_books(monkeypatch):
    """These tests are about the books' window; the login in front of it (the launcher's
    SessionWindow) is tested in test_login.py."""
    monkeypatch.setattr(app_module.Launcher, "make_window",
                        lambda self, book: MainWindow(AppContext(book, SYSTEM_ACTOR)))


@pytest.fixture
def window(qtbot, book):
    window = MainWindow(AppContext(book, TREASURER))
    qtbot.addWidget(window)
    return window


def grant(path, amount):
    book = open_book(path)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        ledger.post(session, EntryDraft(date(2025, 1, 2), EntryKind.GRANT, "Hibah",
                                        [debit(KAS, amount), credit(MODAL_DONASI, amount)]))
    book.close()


def cash_in(path):
    book = open_book(path)
    with book.session() as session:
        value = ledger.account_balance(session, KAS)
    book.close()
    return value


def test_navigation_lists_every_page_and_shows_the_chosen_one(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "Dashboard" and "Cash book" in titles and titles[-1] == "Settings"
    assert "Audit log" not in titles  # a treasurer does not read the audit log
    page = window.show_page("cashbook")
    assert isinstance(page, CashbookPage) and window.stack.currentWidget() is page
    assert window.header.text() == "Cash book"
    assert window.show_page("cashbook") is page  # built once


def test_an_auditor_sees_the_audit_log(qtbot, book):
    window = MainWindow(AppContext(book, Actor("ani", Role.AUDITOR)))
    qtbot.addWidget(window)
    assert "audit" in window.page_keys


def test_the_status_bar_names_the_book_and_the_user(qtbot, book_file):
    book = open_book(book_file)
    window = MainWindow(AppContext(book, TREASURER))
    qtbot.addWidget(window)
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert f"Book: {book_file}" in labels
    assert "User: Sri Wahyuni (treasurer)" in labels
    book.close()


def test_menus_offer_the_book_actions(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    for text in ("&New book…", "&Open book…", "&Recent books", "&Backup…", "Re&store…", "&Quit"):
        assert text in texts


def test_opening_a_book_remembers_it_and_makes_the_daily_backup(qtbot, book_file):
    launcher = app_module.Launcher()
    assert launcher.open_path(book_file)
    qtbot.addWidget(launcher.window)
    assert isinstance(launcher.window, MainWindow)
    assert preferences.recent_books() == []  # after the window is up, not before
    qtbot.waitUntil(lambda: preferences.recent_books() == [book_file.resolve()])
    launcher.wait_for_backup()
    assert len(list((book_file.parent / "backups").glob("book.*.auto.sqlite3"))) == 1
    launcher.close_book()


def test_a_foreign_file_is_refused_and_the_open_book_stays(qtbot, book_file, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda p, t, text: warnings.append(text))
    launcher = app_module.Launcher()
    launcher.open_path(book_file)
    first = launcher.window
    qtbot.addWidget(first)
    foreign = tmp_path / "letter.txt"
    foreign.write_text("Dear treasurer")
    assert not launcher.open_path(foreign)
    assert warnings == [f"{foreign} is not a Koperasi book."]
    assert launcher.window is first and launcher.book.path == book_file
    launcher.close_book()


def file_action(window: MainWindow, text: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)


def test_file_open_asks_the_launcher_to_switch_to_the_chosen_book(
        qtbot, book_file, tmp_path, monkeypatch):
    other = tmp_path / "other" / "melati.sqlite3"
    other.parent.mkdir()
    create_book(other, DEFAULT_PROFILE).close()
    launcher = app_module.Launcher()
    launcher.open_path(book_file)
    first = launcher.window
    qtbot.addWidget(first)
    monkeypatch.setattr(main_window_module.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(other), ""))
    with qtbot.waitSignal(first.open_requested) as asked:
        file_action(first, "&Open book…").trigger()
    assert asked.args == [other]
    qtbot.addWidget(launcher.window)
    assert launcher.book.path == other and launcher.window is not first
    assert launcher.window.ctx.book.path == other
    qtbot.waitUntil(lambda: preferences.recent_books()[:1] == [other.resolve()])
    launcher.wait_for_backup()
    launcher.close_book()


def test_a_recent_book_opens_through_the_launcher_and_a_bad_one_keeps_the_open_book(
        qtbot, book_file, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda p, t, text: warnings.append(text))
    launcher = app_module.Launcher()
    launcher.open_path(book_file)
    first = launcher.window
    qtbot.addWidget(first)
    missing = tmp_path / "gone.sqlite3"
    first.open_requested.emit(missing)  # as File > Recent books does
    assert warnings and launcher.window is first and launcher.book.path == book_file
    launcher.wait_for_backup()
    launcher.close_book()


def test_the_session_window_passes_the_books_requests_on(qtbot, book):
    from desktop_app.ui.session_flow import SessionWindow

    window = SessionWindow(book, idle_lock_ms=60_000)
    qtbot.addWidget(window)
    window.enter_books(TREASURER)
    for name, value in (("open_requested", "/x.sqlite3"), ("restore_requested", "/b.sqlite3")):
        with qtbot.waitSignal(getattr(window, name)) as passed:
            getattr(window.main_window, name).emit(value)
        assert passed.args == [value]


def test_restore_asks_first_then_replaces_the_book_and_keeps_the_old_one(
        qtbot, book_file, tmp_path, monkeypatch):
    grant(book_file, 10_000)
    saved = backup.backup(book_file, tmp_path / "saved.sqlite3")
    grant(book_file, 5_000)
    launcher = app_module.Launcher()
    launcher.open_path(book_file)
    first = launcher.window
    qtbot.addWidget(first)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(main_window_module.QMessageBox, "question", lambda *a: answers.pop(0))
    first.restore_from(saved)  # checked off the GUI thread, then asked: No
    qtbot.waitUntil(lambda: len(answers) == 1)
    assert cash_in(book_file) == 15_000 and launcher.window is first
    first.restore_from(saved)  # Yes
    qtbot.waitUntil(lambda: launcher.window is not first
                    and launcher.window.findChild(QMessageBox, "saved-notice") is not None,
                    timeout=20_000)
    qtbot.addWidget(launcher.window)
    assert cash_in(book_file) == 10_000
    kept = list((book_file.parent / "backups").glob("book.*.before-restore.sqlite3"))
    assert len(kept) == 1 and cash_in(kept[0]) == 15_000
    notice = launcher.window.findChild(QMessageBox, "saved-notice")
    assert notice.text() == ("The book was restored from saved.sqlite3.\n"
                             "The replaced book was kept as a backup.\n"
                             f"Saved to {kept[0]}")
    launcher.close_book()


def test_restore_refuses_a_foreign_file_without_asking(qtbot, book_file, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(main_window_module.QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(main_window_module.QMessageBox, "question",
                        lambda *a: pytest.fail("asked before verifying"))
    launcher = app_module.Launcher()
    launcher.open_path(book_file)
    qtbot.addWidget(launcher.window)
    foreign = tmp_path / "x.sqlite3"
    foreign.write_bytes(b"junk")
    launcher.window.restore_from(foreign)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("Cannot restore", f"{foreign} is not a Koperasi book.")]
    launcher.close_book()


def test_backup_runs_off_the_gui_thread(
        qtbot, book_file, tmp_path, monkeypatch):
    grant(book_file, 10_000)
    launcher = app_module.Launcher()
    launcher.open_path(book_file)
    window = launcher.window
    qtbot.addWidget(window)
    # the daily backup starts once the window is up; its notice comes first
    qtbot.waitUntil(lambda: "Automatic backup" in window.statusBar().currentMessage(),
                    timeout=20_000)
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    task = window.backup_book()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert window.statusBar().currentMessage() == f"Backed up to {target}"
    notice = window.findChild(QMessageBox, "saved-notice")
    assert notice.isVisible() and notice.text() == f"The book was backed up.\nSaved to {target}"
    assert cash_in(target) == 10_000
    launcher.close_book()


def test_qt_own_buttons_speak_indonesian(qapp):
    set_language("id")
    install_translators(qapp, "id")
    try:
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Lanjut >"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    finally:
        set_language("en")
        install_translators(qapp, "en")
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Next >"


def test_the_language_comes_from_lang_then_the_setting_then_indonesian():
    assert app_module.start_language(None) == "id"
    preferences.set_language("en")
    assert app_module.start_language(None) == "en"
    assert app_module.start_language("id") == "id"
    set_language("en")


def test_settings_saves_a_good_profile(window, book):
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    tab = page.tab("profile")
    tab.form.name.setText("Koperasi Melati")
    tab.form.wajib.setText("Rp 15.000")
    assert tab.save()
    assert "saved" in tab.message.text()
    with book.session() as session:
        stored = settings.get_profile(session)
    assert stored == replace(DEFAULT_PROFILE, name="Koperasi Melati", wajib_amount=15_000)


@pytest.mark.parametrize(("field", "text", "message"),
                         [("name", "", "needs a name"), ("pokok", "sepuluh", "not an amount")])
def test_settings_refuses_a_bad_profile_and_saves_nothing(window, book, field, text, message):
    tab = window.show_page("settings").tab("profile")
    getattr(tab.form, field).setText(text)
    assert not tab.save()
    assert message in tab.message.text()
    with book.session() as session:
        assert settings.get_profile(session) == DEFAULT_PROFILE


def test_an_auditor_sees_the_profile_but_cannot_save_it(qtbot, book):
    page = SettingsPage(AppContext(book, Actor("ani", Role.AUDITOR)))
    qtbot.addWidget(page)
    tab = page.tab("profile")
    assert not tab.form.isEnabled() and tab.save_button.isHidden()


def test_the_language_tab_keeps_the_choice(window):
    tab = window.show_page("settings").tab("language")
    tab.choice.setCurrentIndex(tab.choice.findData("en"))
    tab.save()
    assert preferences.language() == "en"


def test_another_area_adds_a_settings_tab_with_one_line(qtbot, book, monkeypatch):
    monkeypatch.setattr(settings_page, "SETTINGS_TABS", [
        *settings_page.SETTINGS_TABS, ("extra", lambda: "Extra", lambda ctx: QLabel("extra tab")),
    ])
    page = SettingsPage(AppContext(book, TREASURER))
    qtbot.addWidget(page)
    assert page.tabs.tabText(page.tabs.count() - 1) == "Extra"
    assert page.tab("extra").text() == "extra tab"


def test_the_stylesheet_gives_large_navigation_and_a_large_base_font(qtbot, window):
    from desktop_app.ui.style import BASE_POINT_SIZE, stylesheet

    assert BASE_POINT_SIZE >= 11
    window.setStyleSheet(stylesheet())  # on this window only: the app's style is shared
    window.show()
    assert window.nav.font().pointSize() >= 13
    assert window.header.font().pointSize() >= 16


def test_the_window_can_show_before_the_database_layer_loads():
    """Start-up shows a window first: the command line and the GUI entry import no
    SQLAlchemy (it loads once the window is up, to open the book)."""
    import subprocess
    import sys

    probe = ("import sys, desktop_app.cli, desktop_app.ui.app; "
             "desktop_app.cli.build_parser().parse_args(['--db', 'x.sqlite3']); "
             "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_the_opening_window_names_the_book(qtbot, tmp_path):
    window = app_module.show_opening(tmp_path / "koperasi.sqlite3")
    qtbot.addWidget(window)
    assert window.isVisible()
    assert f"Opening the book {tmp_path / 'koperasi.sqlite3'}…" in [
        label.text() for label in window.findChildren(app_module.QLabel)]


def test_the_other_pages_are_imported_while_the_first_is_shown():
    """The first click on a page finds its module loaded (imported while the user is
    idle, one module per turn of the event loop), in a fresh process."""
    import subprocess
    import sys

    probe = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.domain.roles import Role
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
window = MainWindow(AppContext(create_book(None, DEFAULT_PROFILE), Actor("sri", Role.TREASURER)))
window.show()
print("desktop_app.ui.pages.loans" in sys.modules)
for _ in range(600):
    QTest.qWait(50)
    if all(spec.module in sys.modules for spec in window.specs):
        break
print(all(spec.module in sys.modules for spec in window.specs))
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
