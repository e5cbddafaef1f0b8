"""The base of every main page, and the plain page for features not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.i18n import tr
from desktop_app.ui.context import AppContext


class Page(QWidget):
    """A page of the main window. Subclasses set `key` and `title()`, and may `refresh()`."""

    key = ""
    loads_when_built = False  # True: built with fresh data, no refresh needed at once

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows (called when it becomes visible)."""


class NotBuiltPage(Page):
    """Says plainly that a part of the app is still to come."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._title = title
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        note = QLabel(tr("This part of Koperasi is not built yet."))
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)

    def page_title(self) -> str:
        return self._title
