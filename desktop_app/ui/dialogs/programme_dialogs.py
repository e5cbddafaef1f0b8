"""Forms of the programmes page: programme, training, registration, attendance,
announcement, calendar event. Each saves through its service and stays open with the
service's message when something is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop_app.errors import KoperasiError, ValidationError
from desktop_app.i18n import tr
from desktop_app.services import attendance, noticeboard, programmes
from desktop_app.services.attendance import ParticipantData
from desktop_app.services.noticeboard import EventData
from desktop_app.services.programmes import ProgrammeData, TrainingData
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import lay_out
from desktop_app.ui.widgets.member_picker import MemberPicker


class FormDialog(QDialog):
    """A titled form whose OK runs `save()`; a refusal is shown and the form stays open."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error, _ = lay_out(self, [self.form], self._ok,
                                kind=QDialogButtonBox.StandardButton.Ok)

    def save(self, session) -> None:
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            with self.ctx.session() as session:
                self.save(session)
        except KoperasiError as refusal:
            self.error.setText(refusal.message)
            return
        self.accept()


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


class ProgrammeDialog(FormDialog):
    def __init__(self, ctx: AppContext, programme_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Edit programme") if programme_id else tr("New programme"),
                         parent)
        self.programme_id = programme_id
        current = None
        if programme_id:
            with ctx.session() as session:
                current = programmes.get_programme(session, programme_id)
        self.name = QLineEdit(current.name if current else "")
        self.kind = QComboBox()
        for kind in programmes.ORGANISER_KINDS:
            self.kind.addItem(programmes.organiser_label(kind), kind)
        if current:
            self.kind.setCurrentIndex(programmes.ORGANISER_KINDS.index(current.organiser_kind))
        self.organiser = QLineEdit(current.organiser or "" if current else "")
        self.funder = QLineEdit(current.funder or "" if current else "")
        self.start = DateEdit(current.start_date if current else None)
        self.end = DateEdit(current.end_date if current else None, optional=True)
        self.notes = QPlainTextEdit(current.notes or "" if current else "")
        self.notes.setMaximumHeight(80)
        for title, field in ((tr("Name"), self.name), (tr("Organised by"), self.kind),
                             (tr("Organiser's name"), self.organiser),
                             (tr("Funder"), self.funder), (tr("Starts"), self.start),
                             (tr("Ends (empty: open)"), self.end), (tr("Notes"), self.notes)):
            self.form.addRow(title, field)

    def save(self, session) -> None:
        data = ProgrammeData(self.name.text(), self.kind.currentData(),
                             self.start.value(), self.end.value(),
                             self.organiser.text(), self.funder.text(), _text(self.notes))
        if self.programme_id:
            programmes.update_programme(session, self.programme_id, data)
        else:
            self.programme_id = programmes.create_programme(session, data)


class TrainingDialog(FormDialog):
    def __init__(self, ctx: AppContext, programme_id: int, training_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Edit training") if training_id else tr("New training"),
                         parent)
        self.programme_id, self.training_id = programme_id, training_id
        with ctx.session() as session:
            topics = programmes.topics(session)
            current = programmes.get_training(session, training_id) if training_id else None
        self.topic = QComboBox()
        for topic_id, name in topics:
            self.topic.addItem(name, topic_id)
        if current:
            self.topic.setCurrentIndex(self.topic.findData(current.topic_id))
        self.title = QLineEdit(current.title if current else "")
        self.day = DateEdit(current.date if current else None)
        self.place = QLineEdit(current.place if current else "")
        self.trainer = QLineEdit(current.trainer or "" if current else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, programmes.MAX_CAPACITY)
        self.capacity.setValue(current.capacity if current else 20)
        for title, field in ((tr("Topic"), self.topic), (tr("Title"), self.title),
                             (tr("Date"), self.day), (tr("Place"), self.place),
                             (tr("Trainer"), self.trainer), (tr("Capacity"), self.capacity)):
            self.form.addRow(title, field)

    def save(self, session) -> None:
        data = TrainingData(self.programme_id, self.topic.currentData() or 0, self.title.text(),
                            self.day.value(), self.place.text(),
                            self.capacity.value(), self.trainer.text())
        if self.training_id:
            programmes.update_training(session, self.training_id, data)
        else:
            self.training_id = programmes.create_training(session, data)


class RegisterDialog(FormDialog):
    """Register a member (picked by number or name) or a new non-member participant."""

    def __init__(self, ctx: AppContext, training_id: int, today: Callable[[], date],
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Register a participant"), parent)
        self.training_id, self.today = training_id, today
        self.as_member = QRadioButton(tr("A member"))
        self.as_guest = QRadioButton(tr("Not a member (family, neighbour)"))
        self.as_member.setChecked(True)
        self.member = MemberPicker(ctx)
        self.name = QLineEdit()
        self.woman = QCheckBox(tr("Woman"))
        self.woman.setChecked(True)
        self.head = QCheckBox(tr("Head of household"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("for example: daughter of member 0012"))
        self.form.addRow(self.as_member)
        self.form.addRow(tr("Member"), self.member)
        self.form.addRow(self.as_guest)
        for title, field in ((tr("Name"), self.name), ("", self.woman), ("", self.head),
                             (tr("Who she is"), self.note)):
            self.form.addRow(title, field)
        self.as_member.toggled.connect(self._switch)
        self._switch()

    def _switch(self) -> None:
        member = self.as_member.isChecked()
        self.member.setEnabled(member)
        for field in (self.name, self.woman, self.head, self.note):
            field.setEnabled(not member)

    def save(self, session) -> None:
        if self.as_member.isChecked():
            choice = self.member.resolve()
            if choice is None:
                raise ValidationError(tr("Choose a member by number or name."))
            attendance.register(session, self.training_id, member_id=choice.id,
                                today=self.today())
            return
        person = attendance.add_participant(session, ParticipantData(
            self.name.text(), "F" if self.woman.isChecked() else "M", self.head.isChecked(),
            note=self.note.text()))
        attendance.register(session, self.training_id, participant_id=person,
                            today=self.today())

class AttendanceDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: attendance.ParticipantRow,
                 today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(ctx, tr("Attendance of {name}", name=row.name), parent)
        self.registration_id, self.today = row.registration_id, today
        self.attended = QCheckBox(tr("Attended"))
        self.attended.setChecked(row.attended)
        self.completed = QCheckBox(tr("Completed the training"))
        self.completed.setChecked(row.completed)
        self.certificate = QLineEdit(row.certificate_no or "")
        self.form.addRow("", self.attended)
        self.form.addRow("", self.completed)
        self.form.addRow(tr("Certificate number"), self.certificate)

    def save(self, session) -> None:
        attendance.record_attendance(
            session, self.registration_id, attended=self.attended.isChecked(),
            completed=self.completed.isChecked(), certificate_no=self.certificate.text(),
            today=self.today())


class AnnouncementDialog(FormDialog):
    def __init__(self, ctx: AppContext, current: noticeboard.AnnouncementInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Edit announcement") if current else tr("New announcement"),
                         parent)
        self.current = current
        self.title = QLineEdit(current.title if current else "")
        self.body = QPlainTextEdit(current.body if current else "")
        self.shown_from = DateEdit(current.shown_from if current else None)
        self.shown_until = DateEdit(current.shown_until if current else None)
        for title, field in ((tr("Title"), self.title), (tr("Text"), self.body),
                             (tr("Shown from"), self.shown_from),
                             (tr("Shown until"), self.shown_until)):
            self.form.addRow(title, field)

    def save(self, session) -> None:
        values = (self.title.text(), self.body.toPlainText(), self.shown_from.value(),
                  self.shown_until.value())
        if self.current:
            noticeboard.update_announcement(session, self.current.id, *values)
        else:
            noticeboard.post_announcement(session, *values)


class EventDialog(FormDialog):
    def __init__(self, ctx: AppContext, groups: list[tuple[int, str]],
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("New calendar event"), parent)
        self.kind = QComboBox()
        for kind in noticeboard.EVENT_KINDS:
            self.kind.addItem(noticeboard.kind_label(kind), kind)
        self.day = DateEdit()
        self.time = QLineEdit()
        self.time.setPlaceholderText("09:00")
        self.title = QLineEdit()
        self.place = QLineEdit()
        self.group = QComboBox()
        self.group.addItem(tr("All members"), None)
        for group_id, name in groups:
            self.group.addItem(name, group_id)
        for title, field in ((tr("Kind"), self.kind), (tr("Date"), self.day),
                             (tr("Time"), self.time), (tr("Title"), self.title),
                             (tr("Place"), self.place), (tr("Group"), self.group)):
            self.form.addRow(title, field)

    def save(self, session) -> None:
        noticeboard.add_event(session, EventData(
            self.kind.currentData(), self.day.value(), self.title.text(),
            self.place.text(), self.time.text(), self.group.currentData()))
