"""The Programmes page's Announcements tab: what the kiosk shows everyone between two
dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from desktop_app.i18n import tr
from desktop_app.services import noticeboard
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.programme_dialogs import AnnouncementDialog
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.programme_rows import AnnouncementLine
from desktop_app.ui.pages.programme_tab import ProgrammeTab, button_row
from desktop_app.ui.widgets.forms import selected_row, table_view

ANNOUNCEMENT_COLUMNS = (
    Column(lambda: tr("Title")), Column(lambda: tr("Text")),
    Column(lambda: tr("Shown from"), "date"), Column(lambda: tr("Shown until"), "date"),
    Column(lambda: tr("Posted by")),
)


class AnnouncementsTab(ProgrammeTab):
    def __init__(self, ctx: AppContext, today: date):
        super().__init__(ctx, today)
        self.model = PagedTableModel(ANNOUNCEMENT_COLUMNS, ListSource(), 0, self)
        self.table = table_view(self.model, 1, sortable=True)
        new = QPushButton(tr("New announcement"))
        edit = QPushButton(tr("Edit"))
        remove = QPushButton(tr("Remove"))
        for button in (new, edit, remove):
            button.setEnabled(self.editable())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Announcements are shown at the kiosk between their dates, "
                                   "to everyone, before any PIN.")))
        layout.addWidget(self.table)
        layout.addWidget(button_row(new, edit, remove))
        new.clicked.connect(lambda: self.edit(None))
        edit.clicked.connect(lambda: self.edit(self._selected()))
        remove.clicked.connect(self.remove)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            rows = noticeboard.announcements(session)
        self.model.source.rows = [
            AnnouncementLine(a.title, a.body.replace("\n", " "), a.shown_from, a.shown_until,
                             a.posted_by, a) for a in rows]
        self.model.reload()

    def _selected(self) -> noticeboard.AnnouncementInfo | None:
        row = selected_row(self.table)
        return row.announcement if row else None

    def edit(self, current: noticeboard.AnnouncementInfo | None) -> None:
        if run_modal(AnnouncementDialog(self.ctx, current, self)):
            self.refresh()

    def remove(self) -> None:
        current = self._selected()
        if current is not None and self.run(
                lambda s: noticeboard.remove_announcement(s, current.id)):
            self.refresh()
