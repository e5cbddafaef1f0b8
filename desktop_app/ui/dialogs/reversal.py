"""Reverse a posted entry: a dated correction with a required reason, confirmed first.

The one reversal dialog of the app: every screen that offers "Reverse…" opens it through
`ask_and_reverse`, so the treasurer always sees the entry, a date and a required reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import reversals
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import confirm, dialog_buttons, error_label

WIDTH = 600


class ReverseDialog(QDialog):
    """Afterwards `reversal_id` is the new reversing entry's number."""

    def __init__(self, ctx: AppContext, entry_id: int, entry_date: date, summary: str,
                 parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id = entry_id
        self.reversal_id: int | None = None
        self.setWindowTitle(tr("Reverse entry {number}", number=entry_id))
        self.setMinimumWidth(WIDTH)
        entry = QLabel(tr("Entry {number} of {date}: {summary}", number=entry_id,
                          date=format_date(entry_date), summary=summary))
        entry.setStyleSheet("font-weight: bold;")
        explanation = QLabel(tr("A reversal posts the same lines the other way round. "
                                "The entry itself stays in the book."))
        for text in (entry, explanation):
            text.setWordWrap(True)
        self.on = DateEdit(max(today or date.today(), entry_date))
        self.on.setMinimumDate(entry_date)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("e.g. Entered twice"))
        self.problem = error_label()
        form = QFormLayout()
        form.addRow(tr("Date of the reversal"), self.on)
        form.addRow(tr("Reason"), self.reason)
        buttons = dialog_buttons(self, self.save, tr("Post the reversal"),
                                 QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(entry)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumHeight(layout.totalHeightForWidth(WIDTH))  # the wrapped lines fit
        self.reason.setFocus()

    def save(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.problem.setText(tr("Give a reason for the reversal."))
            return
        if not confirm_posting_date(self, self.on.value()):
            return
        if not confirm(self, tr("Reverse entry {number}", number=self.entry_id),
                       tr("Post a reversal of entry {number}? This cannot be undone.",
                          number=self.entry_id)):
            return
        try:
            with self.ctx.session() as session:
                self.reversal_id = reversals.reverse(
                    session, self.entry_id, self.on.date().toPython(), reason
                )
        except KoperasiError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()


def ask_and_reverse(parent: QWidget, ctx: AppContext, entry_id: int, entry_date: date,
                    summary: str, today: date | None = None) -> int | None:
    """The reversal's entry id, or None if cancelled (a refusal is shown in the dialog)."""
    dialog = ReverseDialog(ctx, entry_id, entry_date, summary, parent, today=today)
    if not run_modal(dialog):
        return None
    return dialog.reversal_id
