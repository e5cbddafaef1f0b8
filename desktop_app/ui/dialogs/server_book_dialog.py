"""File > Open server book…: the parts of a server book's address, never a password.

The password comes from the user's ~/.pgpass (or a libpq service file), so it is
neither typed here nor kept in the recent-books list (docs/server.md).
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.ui.widgets.forms import dialog_buttons, error_label


class ServerBookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open server book"))
        self.setMinimumWidth(460)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText("koperasi_mawar")
        self.user = QLineEdit()
        note = QLabel(tr("The password is read from the .pgpass file of this computer's "
                         "user (see docs/server.md); it is never typed or saved here."))
        note.setWordWrap(True)
        buttons = dialog_buttons(self, self._accept, kind=QDialogButtonBox.StandardButton.Open)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(tr("Server"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Database"), self.database)
        form.addRow(tr("User"), self.user)
        form.addRow(note)
        form.addRow(self.error)
        form.addRow(buttons)

    def url(self) -> str:
        """The book's address, `postgresql://user@host:port/database`."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip()
        return (f"postgresql://{user}@{host}:{self.port.value()}/"
                f"{quote(self.database.text().strip(), safe='')}")

    def _accept(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip() \
                or not self.user.text().strip():
            self.error.setText(tr("Fill in the server, the database and the user."))
            return
        self.accept()
