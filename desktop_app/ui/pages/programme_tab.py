"""What the Programmes page's tabs share: the date they treat as today, whether the user
may change things, a service call whose refusal is shown, and a row of buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.ui.context import AppContext


class ProgrammeTab(QWidget):
    def __init__(self, ctx: AppContext, today: date):
        super().__init__()
        self.ctx, self.today = ctx, today

    def editable(self) -> bool:
        return self.ctx.can(Permission.EDIT_MASTER)

    def run(self, action: Callable) -> bool:
        """Run a service call; show its refusal. True when it went through."""
        try:
            with self.ctx.session() as session:
                action(session)
        except KoperasiError as refusal:
            QMessageBox.warning(self, tr("Not possible"), refusal.message)
            return False
        return True


def button_row(*buttons: QPushButton) -> QWidget:
    """A row of buttons, left-aligned (a widget: its layout is installed before use)."""
    row = QWidget()
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    row.setLayout(layout)
    return row
