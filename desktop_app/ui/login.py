"""The start screen of the shared PC: a user logs in to the books, or a member checks
her balance ("Cek Saldo Anggota"). The same screen locks a session: the user who left
it types her password to resume, or someone else logs in instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.book import Book
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import settings, users
from desktop_app.services.context import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Large, calm type for the shared screens (start, lock and kiosk).
LARGE_STYLE = """
QWidget { font-size: 17pt; }
QLabel#title { font-size: 30pt; font-weight: bold; color: #1f4e79; }
QLabel#subtitle { font-size: 16pt; color: #444; }
QLabel#heading { font-size: 21pt; font-weight: bold; color: #1f4e79; }
QLabel#message { color: #a33b00; font-size: 15pt; }
QLabel#hint { color: #555; font-size: 13pt; }
QFrame#card { background: #ffffff; border: 1px solid #c9d6e3; border-radius: 12px; }
QLineEdit { padding: 8px; min-height: 40px; }
QPushButton { padding: 10px 22px; min-height: 44px; }
QPushButton#primary { background: #1f6fb2; color: white; border-radius: 8px; }
QPushButton#kiosk { background: #2e8b57; color: white; border-radius: 14px;
                    font-size: 26pt; font-weight: bold; min-height: 130px; }
"""


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    return frame


def label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


class StartScreen(QWidget):
    """Emits `logged_in(actor)` after a right password, `kiosk_requested()` for members."""

    logged_in = Signal(object)
    kiosk_requested = Signal()

    def __init__(self, book: Book, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.locked_for: Actor | None = None
        # work done while a password is checked (what the first screen shows)
        self.while_checking: Callable[[Session], object] | None = None
        self.setStyleSheet(LARGE_STYLE)
        self.setAutoFillBackground(True)
        with book.session() as session:
            cooperative = settings.get_profile(session).name

        self.title = label(cooperative or tr("Koperasi"), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome = label(tr("Welcome. Choose what you want to do."), "subtitle")
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # -- the members' side
        self.kiosk_button = QPushButton(tr("Cek Saldo Anggota"))
        self.kiosk_button.setObjectName("kiosk")
        self.kiosk_button.clicked.connect(self.kiosk_requested)
        member_card = card()
        member_box = QVBoxLayout(member_card)
        member_box.setContentsMargins(28, 24, 28, 24)
        member_box.addWidget(label(tr("For members"), "heading"))
        member_box.addWidget(label(
            tr("See your savings, loans and latest payments with your member number "
               "and PIN."), "hint"))
        member_box.addStretch(1)
        member_box.addWidget(self.kiosk_button)

        # -- the board's side
        self.heading = label(tr("Board login"), "heading")
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("password"))
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.try_login)
        self.login_button = QPushButton(tr("Log in"))
        self.login_button.setObjectName("primary")
        self.login_button.clicked.connect(self.try_login)
        self.switch_button = QPushButton(tr("Switch user"))
        self.switch_button.clicked.connect(self.unlock_for_anyone)
        self.message = label("", "message")
        form = QFormLayout()
        form.addRow(tr("Name"), self.username)
        form.addRow(tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        board_card = card()
        board_box = QVBoxLayout()
        board_box.setContentsMargins(28, 24, 28, 24)
        board_box.addWidget(self.heading)
        self.lock_note = label("", "hint")
        board_box.addWidget(self.lock_note)
        board_box.addLayout(form)
        board_box.addWidget(self.message)
        board_box.addStretch(1)
        board_box.addLayout(buttons)
        board_card.setLayout(board_box)

        cards = QGridLayout()
        cards.setHorizontalSpacing(32)
        cards.addWidget(member_card, 0, 0)
        cards.addWidget(board_card, 0, 1)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)
        outer = QVBoxLayout()
        outer.setContentsMargins(60, 40, 60, 40)
        outer.addStretch(1)
        outer.addWidget(self.title)
        outer.addWidget(welcome)
        outer.addSpacing(30)
        outer.addLayout(cards)
        outer.addStretch(2)
        self.consolidation_button = QPushButton(tr("Consolidate cooperatives (for NGOs)…"))
        self.consolidation_button.setFlat(True)
        self.consolidation_button.clicked.connect(self.open_consolidation)
        outer.addWidget(self.consolidation_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setLayout(outer)
        self.unlock_for_anyone()

    def open_consolidation(self) -> None:
        """The NGO view reads other cooperatives' workbooks; it needs no login to this book."""
        from desktop_app.ui.consolidation_window import ConsolidationWindow

        ConsolidationWindow(self).show()

    # -- locking
    def lock(self, actor: Actor) -> None:
        """Show the screen locked for `actor`: only her password resumes her session."""
        self.locked_for = actor
        self.heading.setText(tr("Screen locked"))
        self.lock_note.setText(
            tr("{name}, type your password to carry on, or let someone else log in.",
               name=actor.full_name or actor.username))
        self.lock_note.show()
        self.username.setText(actor.username)
        self.username.setReadOnly(True)
        self.switch_button.show()
        self._reset(self.password)

    def unlock_for_anyone(self) -> None:
        self.locked_for = None
        self.heading.setText(tr("Board login"))
        self.lock_note.hide()
        self.username.setReadOnly(False)
        self.username.clear()
        self.switch_button.hide()
        self._reset(self.username)

    def _reset(self, focus: QLineEdit) -> None:
        self.password.clear()
        self.message.clear()
        focus.setFocus()

    # -- logging in
    def try_login(self) -> None:
        name, password = self.username.text(), self.password.text()
        self.password.clear()
        try:
            with self.book.session() as session:
                actor = users.authenticate(session, name, password,
                                           meanwhile=self.while_checking)
        except KoperasiError as refusal:
            self.message.setText(refusal.message)
            self.password.setFocus()
            return
        self.message.clear()
        self.logged_in.emit(actor)
