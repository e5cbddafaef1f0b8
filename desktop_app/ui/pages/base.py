"""The base of every main page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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
