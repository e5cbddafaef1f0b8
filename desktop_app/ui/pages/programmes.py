"""Program & Pelatihan: programmes with their trainings and participants, the kiosk
requests waiting for the board, announcements and the calendar.

The programmes-and-trainings tab is here; the others are `kiosk_requests_tab`,
`announcements_tab` and `calendar_tab`, each a `programme_tab.ProgrammeTab`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.services import attendance, programme_documents, programmes
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.programme_dialogs import (
    AttendanceDialog,
    ProgrammeDialog,
    RegisterDialog,
    TrainingDialog,
)
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.announcements_tab import AnnouncementsTab
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.calendar_tab import CalendarTab
from desktop_app.ui.pages.kiosk_requests_tab import RequestsTab
from desktop_app.ui.pages.programme_rows import ParticipantLine, ProgrammeLine, TrainingLine
from desktop_app.ui.pages.programme_tab import ProgrammeTab, button_row
from desktop_app.ui.widgets.forms import selected_row, table_view
from desktop_app.ui.widgets.print_button import PrintButton

YES = "✓"

PROGRAMME_COLUMNS = (
    Column(lambda: tr("Name")), Column(lambda: tr("Organised by")), Column(lambda: tr("Funder")),
    Column(lambda: tr("Starts"), "date"), Column(lambda: tr("Ends"), "date"),
    Column(lambda: tr("Trainings"), "int"),
)
TRAINING_COLUMNS = (
    Column(lambda: tr("Date"), "date"), Column(lambda: tr("Title")), Column(lambda: tr("Topic")),
    Column(lambda: tr("Place")), Column(lambda: tr("Trainer")),
    Column(lambda: tr("Capacity"), "int"), Column(lambda: tr("Registered"), "int"),
    Column(lambda: tr("Free places"), "int"), Column(lambda: tr("Requests"), "int"),
    Column(lambda: tr("Attended"), "int"), Column(lambda: tr("Completed"), "int"),
)
PARTICIPANT_COLUMNS = (
    Column(lambda: tr("Name")), Column(lambda: tr("Member No")), Column(lambda: tr("Status")),
    Column(lambda: tr("Attended")), Column(lambda: tr("Completed")),
    Column(lambda: tr("Certificate number")), Column(lambda: tr("Note")),
)


def _mark(flag: bool) -> str:
    return YES if flag else ""


class ProgrammesPage(Page):
    key = "programmes"

    @classmethod
    def title(cls) -> str:
        return tr("Programmes")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, parent)
        self.today = today or date.today()
        self.tabs = QTabWidget()
        self.trainings_tab = TrainingsTab(ctx, self.today)
        self.requests_tab = RequestsTab(ctx, self.today)
        self.announcements_tab = AnnouncementsTab(ctx, self.today)
        self.calendar_tab = CalendarTab(ctx, self.today)
        self.tabs.addTab(self.trainings_tab, tr("Programmes and trainings"))
        self.tabs.addTab(self.requests_tab, tr("Kiosk requests"))
        self.tabs.addTab(self.announcements_tab, tr("Announcements"))
        self.tabs.addTab(self.calendar_tab, tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _: self.refresh())

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()


class TrainingsTab(ProgrammeTab):
    def __init__(self, ctx: AppContext, today: date):
        super().__init__(ctx, today)
        self.programmes = PagedTableModel(PROGRAMME_COLUMNS, ListSource(), 0, self)
        self.trainings = PagedTableModel(TRAINING_COLUMNS, ListSource(), 0, self)
        self.people = PagedTableModel(PARTICIPANT_COLUMNS, ListSource(), 0, self)
        self.programme_table = table_view(self.programmes, 0, sortable=True)
        self.training_table = table_view(self.trainings, 1, sortable=True)
        self.people_table = table_view(self.people, 0, sortable=True)
        for table, column, width in ((self.programme_table, 0, 230),
                                     (self.training_table, 1, 270)):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        self.training_title = QLabel()
        self.people_title = QLabel()

        new_programme = QPushButton(tr("New programme"))
        edit_programme = QPushButton(tr("Edit programme"))
        self.new_training = QPushButton(tr("New training"))
        edit_training = QPushButton(tr("Edit training"))
        self.print_list = PrintButton(tr("Attendance list"), self.attendance_html,
                                      lambda: "daftar-hadir.pdf", self)
        register = QPushButton(tr("Register a participant"))
        record = QPushButton(tr("Record attendance"))
        cancel = QPushButton(tr("Cancel registration"))
        for button in (new_programme, edit_programme, self.new_training, edit_training,
                       register, record, cancel):
            button.setEnabled(self.editable())

        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.programme_table)
        box.addWidget(button_row(new_programme, edit_programme))
        middle = QWidget()
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.training_title)
        box.addWidget(self.training_table)
        box.addWidget(button_row(self.new_training, edit_training, self.print_list))
        bottom = QWidget()
        box = QVBoxLayout(bottom)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.people_title)
        box.addWidget(self.people_table)
        box.addWidget(button_row(register, record, cancel))
        split = QSplitter(Qt.Orientation.Vertical)
        for part in (top, middle, bottom):
            split.addWidget(part)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        new_programme.clicked.connect(lambda: self.edit_programme(None))
        edit_programme.clicked.connect(lambda: self.edit_programme(self.programme_id()))
        self.new_training.clicked.connect(lambda: self.edit_training(None))
        edit_training.clicked.connect(lambda: self.edit_training(self.training_id()))
        register.clicked.connect(self.register)
        record.clicked.connect(self.record_attendance)
        cancel.clicked.connect(self.cancel)
        self.programme_table.selectionModel().selectionChanged.connect(self.show_trainings)
        self.training_table.selectionModel().selectionChanged.connect(self.show_people)
        self.programme_table.doubleClicked.connect(
            lambda _: self.edit_programme(self.programme_id()))
        self.people_table.doubleClicked.connect(lambda _: self.record_attendance())

    # -- selections
    def programme_id(self) -> int | None:
        row = selected_row(self.programme_table)
        return row.id if row else None

    def training_id(self) -> int | None:
        row = selected_row(self.training_table)
        return row.id if row else None

    def participant(self) -> attendance.ParticipantRow | None:
        row = selected_row(self.people_table)
        return row.participant if row else None

    # -- loading
    def refresh(self) -> None:
        keep = self.programme_id()
        with self.ctx.session() as session:
            rows = programmes.list_programmes(session)
        self.programmes.source.rows = [
            ProgrammeLine(p.name, programmes.organiser_label(p.organiser_kind)
                          + (f" — {p.organiser}" if p.organiser else ""), p.funder or "",
                          p.start_date, p.end_date, p.trainings, p.id) for p in rows]
        self.programmes.reload()
        index = next((n for n, p in enumerate(rows) if p.id == keep), 0 if rows else None)
        if index is not None:
            self.programme_table.selectRow(index)
        self.show_trainings()

    def show_trainings(self) -> None:
        keep, programme_id = self.training_id(), self.programme_id()
        rows = []
        if programme_id is not None:
            with self.ctx.session() as session:
                rows = programmes.list_trainings(session, programme_id)
        self.trainings.source.rows = [
            TrainingLine(t.date, t.title, t.topic, t.place, t.trainer or "", t.capacity,
                         t.registered, t.free_places, t.requested, t.attended, t.completed, t.id)
            for t in rows]
        self.trainings.reload()
        self.new_training.setEnabled(programme_id is not None and self.editable())
        self.training_title.setText(f"<b>{tr('Trainings')}</b>")
        index = next((n for n, t in enumerate(rows) if t.id == keep), 0 if rows else None)
        if index is not None:
            self.training_table.selectRow(index)
        self.show_people()

    def show_people(self) -> None:
        training_id = self.training_id()
        rows = []
        if training_id is not None:
            with self.ctx.session() as session:
                rows = attendance.participants(session, training_id)
        self.people.source.rows = [
            ParticipantLine(p.name, p.member_number or tr("(not a member)"),
                            attendance.status_label(p.status), _mark(p.attended),
                            _mark(p.completed), p.certificate_no or "", p.note, p)
            for p in rows]
        self.people.reload()
        self.print_list.setEnabled(training_id is not None)
        self.people_title.setText(f"<b>{tr('Participants')}</b> ({len(rows)})")

    # -- actions
    def edit_programme(self, programme_id: int | None) -> None:
        if run_modal(ProgrammeDialog(self.ctx, programme_id, self)):
            self.refresh()

    def edit_training(self, training_id: int | None) -> None:
        programme_id = self.programme_id()
        if programme_id is not None and run_modal(
                TrainingDialog(self.ctx, programme_id, training_id, self)):
            self.show_trainings()

    def register(self) -> None:
        training_id = self.training_id()
        if training_id is not None and run_modal(
                RegisterDialog(self.ctx, training_id, lambda: self.today, self)):
            self.show_trainings()

    def record_attendance(self) -> None:
        person = self.participant()
        if person is not None and run_modal(
                AttendanceDialog(self.ctx, person, lambda: self.today, self)):
            self.show_trainings()

    def cancel(self) -> None:
        person = self.participant()
        if person is not None and self.run(
                lambda s: attendance.cancel_registration(s, person.registration_id)):
            self.show_trainings()

    def attendance_html(self) -> str | None:
        if self.training_id() is None:
            return None
        with self.ctx.session() as session:
            return programme_documents.attendance_list_html(session, self.training_id())
