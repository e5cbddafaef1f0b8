"""What the shared PC shows once the book is open: the start screen, the members' kiosk,
or the books for a logged-in user, locked after idle minutes or on Ctrl+L.

One top-level window holds all three, so nothing of the books stays on screen (or
reachable behind another window) while the start screen or the kiosk is showing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from desktop_app.db.book import Book
from desktop_app.i18n import tr
from desktop_app.services import users
from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.first_user import FirstUserScreen
from desktop_app.ui.idle import IdleTimer, belongs_to
from desktop_app.ui.kiosk import KIOSK_IDLE_MS, KioskWindow
from desktop_app.ui.login import StartScreen
from desktop_app.ui.screen_fit import PREFERRED
from desktop_app.ui.warmup import warm_up

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.services.dashboard import Dashboard
    from desktop_app.ui.main_window import MainWindow

LOCK_SHORTCUT = "Ctrl+L"


class SessionWindow(QStackedWidget):
    """Start screen → kiosk or MainWindow(AppContext(book, actor)) → lock → resume/switch.

    The books' requests to switch book (MainWindow's signals of the same names) are
    passed on to whoever opened this window (the launcher)."""

    open_requested = Signal(object)
    book_created = Signal(object)
    restore_requested = Signal(object)

    def __init__(self, book: Book, idle_lock_ms: int | None = None,
                 kiosk_idle_ms: int = KIOSK_IDLE_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(tr("Koperasi"))
        self.resize(PREFERRED)  # shown by screen_fit.show_fitting, maximised if need be
        self.fixed_idle_ms = idle_lock_ms  # None: the book's setting, read at each login
        self.start = StartScreen(book)
        self.kiosk = KioskWindow(book, kiosk_idle_ms)
        self.addWidget(self.start)
        self.addWidget(self.kiosk)
        self.main_window: MainWindow | None = None
        self._notices: list[QDialog] = []  # open or held back: see show_notice
        self._no_status = QStatusBar()
        self.idle = IdleTimer(self, idle_lock_ms or self._idle_ms_setting(), self.lock)
        self.start.logged_in.connect(self.enter_books)
        self.start.while_checking = self._read_ahead
        self._first_figures: Dashboard | None = None
        self.start.kiosk_requested.connect(self.open_kiosk)
        self.kiosk.finished.connect(self.show_start)
        self.show_start()
        with book.session() as session:
            needs_first_user = not users.has_users(session)
        if needs_first_user:
            self.first_user = FirstUserScreen(book)
            self.first_user.created.connect(self._first_user_created)
            self.addWidget(self.first_user)
            self.setCurrentWidget(self.first_user)
        # while a password is typed: what a login opens
        warm_up(self, ["desktop_app.ui.main_window", "desktop_app.ui.pages.dashboard"])

    def _first_user_created(self, actor: Actor) -> None:
        self.removeWidget(self.first_user)
        self.first_user.deleteLater()
        self.enter_books(actor)

    @property
    def actor(self) -> Actor | None:
        return self.main_window.ctx.actor if self.main_window else None

    def show_start(self) -> None:
        self.setCurrentWidget(self.start)
        if self.actor is None:
            self.start.unlock_for_anyone()

    def open_kiosk(self) -> None:
        self.kiosk.begin()
        self.setCurrentWidget(self.kiosk)

    def _idle_ms_setting(self) -> int:
        with self.book.session() as session:
            return users.idle_lock_minutes(session) * 60_000

    def enter_books(self, actor: Actor) -> None:
        """Resume the locked session of the same user, or open the books for a new one."""
        self.idle.set_timeout(self.fixed_idle_ms or self._idle_ms_setting())
        figures, self._first_figures = self._first_figures, None
        if self.actor is None or self.actor.username != actor.username:
            self._close_books()
            self.main_window = self._open_books(actor, figures)
            self.addWidget(self.main_window)
        self.setCurrentWidget(self.main_window)
        for notice in self._notices:  # held back while locked: hers again
            notice.open()
        self.idle.start()

    def _read_ahead(self, session: Session) -> None:
        """Read the dashboard's figures while a password is checked on another core: they
        do not depend on who logs in, and are dropped unless a new window shows them."""
        from desktop_app.services.dashboard import dashboard

        self._first_figures = dashboard(session, date.today())

    def _open_books(self, actor: Actor, figures: Dashboard | None = None) -> MainWindow:
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(AppContext(self.book, actor, figures))
        window.open_requested.connect(self.open_requested)
        window.book_created.connect(self.book_created)
        window.restore_requested.connect(self.restore_requested)
        lock_button = QPushButton(tr("Lock ({shortcut})", shortcut=LOCK_SHORTCUT))
        lock_button.clicked.connect(self.lock)
        window.statusBar().addPermanentWidget(lock_button)
        QShortcut(QKeySequence(LOCK_SHORTCUT), window, activated=self.lock)
        return window

    def _close_books(self) -> None:
        self._notices.clear()  # children of the books: they go with them
        if self.main_window is not None:
            self.removeWidget(self.main_window)
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None

    def statusBar(self) -> QStatusBar:  # noqa: N802 (as QMainWindow, for the launcher)
        """Where the launcher reports (the automatic backup): the books' status bar, or
        an unseen one while nobody is logged in."""
        return self.main_window.statusBar() if self.main_window else self._no_status

    def lock(self) -> None:
        """Hide the books behind the start screen; only a password brings them back.

        Dialogs opened from the books are cancelled and their notices hidden, so nothing
        stays on screen.
        """
        self.idle.stop()
        for notice in self._notices:
            notice.hide()
        self._cancel_dialogs()
        if self.actor is not None:
            self.start.lock(self.actor)
        self.setCurrentWidget(self.start)

    def show_notice(self, notice: QDialog) -> None:
        """Open `notice` (a "Saved to …" box of the books: a path, often a member's name)
        now, or when the books are back on screen: never over the lock screen or the
        kiosk. A lock hides it and the same user's password brings it back."""
        if self.main_window is None or not belongs_to(notice, self.main_window):
            notice.open()
            return
        self._notices.append(notice)
        notice.finished.connect(lambda _result: self._forget(notice))
        if self.currentWidget() is self.main_window:
            notice.open()

    def _forget(self, notice: QDialog) -> None:
        if notice in self._notices:
            self._notices.remove(notice)

    def _cancel_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, QDialog) and widget.isVisible()
                    and self.main_window is not None and belongs_to(widget, self.main_window)):
                widget.reject()
