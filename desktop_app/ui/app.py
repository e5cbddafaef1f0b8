"""Start the GUI: language, look, the book (or the first-run wizard), then the window.

`Launcher` owns the open book and its top-level window. File > New book, Open book,
a recent book and Restore all come back here, through the window's signals
(`open_requested`, `book_created`, `restore_requested`), so a book is always opened the
same way: verified and migrated by `open_book`, remembered in the recent list, backed up
once a day.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app import config
from desktop_app.db.location import is_server_url
from desktop_app.errors import KoperasiError
from desktop_app.i18n import DEFAULT_LANGUAGE, set_language, tr
from desktop_app.resources import resource_path
from desktop_app.ui import platform_check, preferences
from desktop_app.ui.screen_fit import PREFERRED, show_fitting
from desktop_app.ui.style import apply_style
from desktop_app.ui.translator import install_translators

if TYPE_CHECKING:
    from desktop_app.db.book import Book
    from desktop_app.ui.workers import Task


class Launcher(QObject):
    backup_done = Signal(str)  # a message for the status bar, from the backup thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.book: Book | None = None
        self.window: QWidget | None = None
        self._backup_thread: threading.Thread | None = None
        self.backup_done.connect(self._report)

    def open_path(self, path: Path | str, parent: QWidget | None = None) -> bool:
        """Open the book at `path` (a file, or a server book's address) and show it; on
        failure say why and keep what was open."""
        from desktop_app.db.book import open_book

        try:
            book = open_book(path)
        except KoperasiError as exc:
            QMessageBox.warning(parent or self.window, tr("Cannot open the book"), exc.message)
            return False
        self.show_book(book)
        return True

    def show_book(self, book: Book) -> None:
        """Replace the open book and window with `book` in a new window."""
        old_window, old_book = self.window, self.book
        self.book = book
        self.window = self.make_window(book)
        self.window.open_requested.connect(self.open_path)
        self.window.book_created.connect(self.show_book)
        self.window.restore_requested.connect(self.restore)
        show_fitting(self.window)
        if book.path is not None:  # once the window is up: nothing here is on screen
            QTimer.singleShot(0, self, lambda: self._after_shown(book))
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_book is not None:
            old_book.close()

    def make_window(self, book: Book) -> QWidget:
        """The top-level window for an open book: the start screen, then a user's login
        (or the first-user screen if the book has none yet)."""
        from desktop_app.ui.session_flow import SessionWindow

        return SessionWindow(book)

    def restore(self, source: Path) -> Task:
        """Close the book, replace its file with the backup `source` (already verified
        and confirmed; the replaced book is kept) and open it again, off the GUI thread."""
        from desktop_app.services import backup
        from desktop_app.ui.saved_notice import show_saved  # after start-up: not on its path
        from desktop_app.ui.workers import run_with_progress

        book = self.book.path
        window = self.window
        self.close_book()

        def restored(kept: Path | None) -> None:
            self.open_path(book)
            done = tr("The book was restored from {source}.", source=source.name)
            if kept:  # where the replaced book went, with its folder a click away
                show_saved(self.window, kept, done + "\n"
                           + tr("The replaced book was kept as a backup."))
            else:
                QMessageBox.information(self.window, tr("Book restored"), done)

        def failed(message: str) -> None:
            QMessageBox.warning(window, tr("Cannot restore"), message)
            self.open_path(book)

        return run_with_progress(window, tr("Restore from a backup"),
                                 tr("Replacing the book with {source}…", source=source.name),
                                 lambda _progress: backup.restore(source, book), restored,
                                 cancellable=False, on_failure=failed)

    def close_book(self) -> Path | None:
        """Close the open book (before a restore replaces its file); return its path."""
        path = self.book.path if self.book else None
        self.wait_for_backup()
        if self.book is not None:
            self.book.close()
            self.book = None  # a daily backup still to start after the window skips it
        return path

    def _after_shown(self, book: Book) -> None:
        if book is self.book:  # still open (not replaced or closed meanwhile)
            preferences.add_recent_book(book.path)
            self._start_daily_backup(book.path)

    def _start_daily_backup(self, path: Path) -> None:
        from desktop_app.services import backup

        def run() -> None:
            try:
                made = backup.daily_backup(path)
            except (KoperasiError, OSError) as exc:
                self.backup_done.emit(tr("The automatic backup failed: {detail}", detail=exc))
                return
            if made is not None:
                self.backup_done.emit(tr("Automatic backup saved as {path}", path=made))

        self.wait_for_backup()
        self._backup_thread = threading.Thread(target=run, name="daily-backup", daemon=True)
        self._backup_thread.start()

    def _report(self, message: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(message, 10_000)

    def wait_for_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None


def start_language(lang: str | None) -> str:
    """`--lang`, else the saved choice, else Indonesian."""
    language = lang or preferences.language() or DEFAULT_LANGUAGE
    set_language(language)
    return language


def show_opening(location: Path | str) -> QWidget:
    """A window at once, saying which book is opening: loading the database layer and
    opening the book take longer than Qt takes to show a window. The book's window
    replaces it."""
    window = QWidget()
    window.setWindowTitle(tr("Koperasi"))
    layout = QVBoxLayout(window)
    note = QLabel(tr("Opening the book {path}…", path=location))
    # centred by the stylesheet: Qt's namespace of enums takes ~20 ms to load, and
    # nothing else before this window needs it
    note.setStyleSheet("font-size: 14pt; qproperty-alignment: AlignCenter;")
    layout.addWidget(note)
    window.resize(PREFERRED)
    show_fitting(window)
    QApplication.processEvents()  # painted before the work that follows
    return window


def close_opening(window: QWidget | None) -> None:
    if window is not None:
        window.close()
        window.deleteLater()


def run_gui(db: Path | str | None, lang: str | None) -> int:
    if QApplication.instance() is None and platform_check.uses_xcb():
        missing = platform_check.missing_packages()
        if missing:  # Qt would abort naming the wrong library
            start_language(lang)
            print(platform_check.explain_missing(missing), file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Koperasi")
    app.setWindowIcon(QIcon(str(resource_path("icons", "koperasi.png"))))
    app.setDesktopFileName("koperasi")  # ties windows to the installed koperasi.desktop
    install_translators(app, start_language(lang))
    apply_style(app)
    launcher = Launcher(app)
    path = db or config.default_book_path()
    opening = show_opening(path) if is_server_url(path) or path.exists() else None
    from desktop_app.db.book_files import is_empty_leftover  # the database layer: after the window

    if is_server_url(path) or (path.exists() and not is_empty_leftover(path)):
        opened = launcher.open_path(path)
        close_opening(opening)
        if not opened:
            return 1
    else:
        close_opening(opening)
        from desktop_app.ui.dialogs.new_book_wizard import NewBookWizard

        wizard = NewBookWizard(path)
        if wizard.exec() != NewBookWizard.DialogCode.Accepted or wizard.book is None:
            return 0
        launcher.show_book(wizard.book)
    if os.environ.get("KOPERASI_EXIT_AFTER_SHOW"):
        # build_installer.py times the frozen app's start: quit once the window is shown.
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    launcher.close_book()
    return code
