"""The first user of a new book: a page of the new-book wizard, and a screen shown when
an existing book has no users yet (a book made by `koperasi demo` or `import`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.book import Book
from desktop_app.domain.roles import Role
from desktop_app.errors import KoperasiError, ValidationError
from desktop_app.i18n import tr
from desktop_app.services import users
from desktop_app.services.context import Actor
from desktop_app.ui.login import LARGE_STYLE, card, label
from desktop_app.ui.widgets.form_page import FormPage


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class FirstUserForm(QWidget):
    """Name, user name, role (chair or treasurer) and the password typed twice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("one word, e.g. siti"))
        self.role = QComboBox()
        self.role.addItem(tr("Chair (ketua): manages users, approves loans"), Role.CHAIR.value)
        self.role.addItem(tr("Treasurer (bendahara): keeps the books"), Role.TREASURER.value)
        self.password = password_field()
        self.repeat = password_field()
        self.password.setPlaceholderText(
            tr("at least {n} characters", n=users.MIN_PASSWORD_LENGTH))
        form = QFormLayout(self)
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Password again"), self.repeat)

    def check(self) -> None:
        """Refuse what can be seen without the book (the service checks the rest)."""
        if not self.username.text().strip():
            raise ValidationError(tr("Type a user name."))
        if len(self.password.text()) < users.MIN_PASSWORD_LENGTH:
            raise ValidationError(tr("The password must have at least {n} characters.",
                                     n=users.MIN_PASSWORD_LENGTH))
        if self.password.text() != self.repeat.text():
            raise ValidationError(tr("The two passwords are not the same."))

    def create(self, book: Book) -> Actor:
        self.check()
        with book.session() as session:
            info = users.add_first_user(
                session, self.username.text(), role=self.role.currentData(),
                password=self.password.text(), full_name=self.full_name.text(),
            )
        self.password.clear()
        self.repeat.clear()
        return Actor(info.username, info.role, info.full_name)


class FirstUserPage(FormPage):
    """The wizard page; `apply_to_book` runs once the new book exists."""

    def __init__(self, wizard: QWidget | None = None):
        form = FirstUserForm()
        super().__init__(
            tr("Who will use the book?"),
            tr("Create the first user. The chair can add the treasurer and the "
               "auditor later in Settings."),
            form,
            form.check,
            wizard,
        )

    def apply_to_book(self, book: Book) -> None:
        self.form.create(book)


class FirstUserScreen(QWidget):
    """Shown instead of the start screen while the book has no users at all."""

    created = Signal(object)  # the new user's Actor

    def __init__(self, book: Book, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.setStyleSheet(LARGE_STYLE)
        self.form = FirstUserForm()
        self.message = label("", "message")
        create = QPushButton(tr("Create and log in"))
        create.setObjectName("primary")
        create.clicked.connect(self.create)
        box_card = card()
        box = QVBoxLayout(box_card)
        box.setContentsMargins(30, 24, 30, 24)
        box.addWidget(label(tr("Who will use the book?"), "heading"))
        box.addWidget(label(tr("This book has no users yet. Create the first one: the chair "
                               "can add the treasurer and the auditor later in Settings."),
                            "hint"))
        box.addWidget(self.form)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(create)
        box.addLayout(row)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box_card, 3)
        outer.addStretch(1)

    def create(self) -> None:
        try:
            actor = self.form.create(self.book)
        except KoperasiError as exc:
            self.message.setText(exc.message)
            return
        self.created.emit(actor)
