"""The Close period tab: the chair closes a month or a year, or reopens with a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import periods, settings
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import MessageLine, confirm


class PeriodClosePanel(QWidget):
    def __init__(self, page):
        super().__init__()
        self.ctx = page.ctx
        allowed = self.ctx.can(Permission.CLOSE_PERIOD)
        self.status = QLabel()
        self.status.setWordWrap(True)
        today = date.today()
        self.close_date = DateEdit(today.replace(day=1) - timedelta(days=1))
        self.close_button = QPushButton(tr("Close the books through this month…"))
        self.reopen_date = DateEdit(today)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Why must the period be reopened?"))
        self.reopen_button = QPushButton(tr("Reopen…"))
        for widget in (self.close_button, self.reopen_button, self.reason):
            widget.setEnabled(allowed)
        self.message = MessageLine()

        close_row = QHBoxLayout()
        close_row.addWidget(self.close_date)
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        reopen_row = QHBoxLayout()
        reopen_row.addWidget(self.reopen_date)
        reopen_row.addWidget(self.reason, 1)
        reopen_row.addWidget(self.reopen_button)
        form = QFormLayout()
        form.addRow(tr("Close through the end of"), close_row)
        form.addRow(tr("Reopen back to the end of"), reopen_row)
        explain = QLabel(tr(
            "Closing locks every date up to the end of the chosen month: nothing can be "
            "posted there afterwards. Approved loans not yet disbursed and open market days "
            "in the period must be finished first. Only the chair closes and reopens."
        ))
        explain.setWordWrap(True)
        layout = QVBoxLayout()
        layout.addWidget(self.status)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setLayout(layout)
        if not allowed:
            self.message.say(tr("Only the chair can close or reopen a period."))

        self.close_button.clicked.connect(self.close_period)
        self.reopen_button.clicked.connect(self.reopen_period)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.session() as session:
            closed = settings.closed_through(session)
        self.status.setText(
            "<h3>" + (tr("The books are closed through {date}.", date=format_date(closed))
                      if closed else tr("No period is closed yet.")) + "</h3>"
        )

    def close_period(self) -> None:
        through = periods.month_end(self.close_date.value())
        question = tr("Close the books through {date}? Nothing can be posted on or before "
                      "that date afterwards.", date=format_date(through))
        if not confirm(self, tr("Close period"), question):
            return
        self._run(lambda s: periods.close_through(s, through),
                  tr("The books are closed through {date}.", date=format_date(through)))

    def reopen_period(self) -> None:
        through = periods.month_end(self.reopen_date.value())
        question = tr("Reopen the books after {date}? This is recorded in the audit log.",
                      date=format_date(through))
        if not confirm(self, tr("Reopen period"), question):
            return
        self._run(lambda s: periods.reopen_through(s, through, self.reason.text()),
                  tr("The books are open after {date}.", date=format_date(through)))

    def _run(self, action, done: str) -> None:
        try:
            with self.ctx.session() as session:
                action(session)
        except KoperasiError as exc:
            self.message.say(exc.message, error=True)
            return
        self.refresh()
        self.message.say(done)
