"""The Programmes page's Calendar tab: a month of meetings, market days, trainings and
the RAT, the board's own events, and the printable notice of the month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop_app.i18n import tr
from desktop_app.services import members, noticeboard, programme_documents
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.programme_dialogs import EventDialog
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.programme_rows import CalendarLine
from desktop_app.ui.pages.programme_tab import ProgrammeTab, button_row
from desktop_app.ui.widgets.forms import selected_row, table_view
from desktop_app.ui.widgets.print_button import PrintButton

CALENDAR_COLUMNS = (
    Column(lambda: tr("Date"), "date"), Column(lambda: tr("Time")), Column(lambda: tr("Kind")),
    Column(lambda: tr("Title")), Column(lambda: tr("Place")),
)


class CalendarTab(ProgrammeTab):
    """One month of meetings, market days, trainings and the RAT; the month's notice."""

    def __init__(self, ctx: AppContext, today: date):
        super().__init__(ctx, today)
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(True)
        self.model = PagedTableModel(CALENDAR_COLUMNS, ListSource(), 0, self)
        self.table = table_view(self.model, 3, sortable=True)
        add = QPushButton(tr("Add event"))
        self.remove_button = QPushButton(tr("Remove event"))
        for button in (add, self.remove_button):
            button.setEnabled(self.editable())
        notice = PrintButton(tr("Notice of the month"), self.notice_html,
                             lambda: f"pengumuman-{self.month_start():%Y-%m}.pdf", self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(QLabel(tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        layout.addWidget(self.table)
        layout.addWidget(button_row(add, self.remove_button, notice))
        self.month.dateChanged.connect(lambda _: self.refresh())
        add.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def month_start(self) -> date:
        chosen = self.month.date()
        return date(chosen.year(), chosen.month(), 1)

    def refresh(self) -> None:
        start = self.month_start()
        with self.ctx.session() as session:
            items = noticeboard.calendar(session, start, programme_documents.month_end(start))
        self.model.source.rows = [
            CalendarLine(i.date, i.time or "", i.kind_label, i.title, i.place or "", i)
            for i in items]
        self.model.reload()

    def add(self) -> None:
        with self.ctx.session() as session:
            groups = [(g.id, g.name) for g in members.list_groups(session)]
        if run_modal(EventDialog(self.ctx, groups, self)):
            self.refresh()

    def remove(self) -> None:
        row = selected_row(self.table)
        item = row.item if row else None
        if item is None or item.event_id is None:
            QMessageBox.information(self, tr("Calendar"), tr(
                "Choose an event the board planned; trainings and market days opened for "
                "sales are changed where they are kept."))
            return
        if self.run(lambda s: noticeboard.remove_event(s, item.event_id)):
            self.refresh()

    def notice_html(self) -> str:
        with self.ctx.session() as session:
            return programme_documents.month_notice_html(session, self.month_start())
