"""Reverse a posted entry after asking for the reason (a correction, never an edit)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import reversals
from desktop_app.ui.context import AppContext


def ask_and_reverse(parent: QWidget, ctx: AppContext, entry_id: int) -> int | None:
    """The reversal's entry id, or None if cancelled or refused (the user was told why)."""
    reason, ok = QInputDialog.getText(
        parent, tr("Reverse entry"),
        tr("Why is entry {id} being reversed? The reversal is dated today.", id=entry_id),
    )
    if not ok:
        return None
    try:
        with ctx.session() as session:
            return reversals.reverse(session, entry_id, date.today(), reason)
    except KoperasiError as exc:
        QMessageBox.warning(parent, tr("Not reversed"), exc.message)
        return None
