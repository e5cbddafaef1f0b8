"""A group's meeting day, how often it meets, and tanggung renteng (joint liability)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QWidget

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.labels import frequency_label
from desktop_app.services import group_meetings
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import lay_out


class GroupMeetingsDialog(QDialog):
    def __init__(self, ctx: AppContext, group_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        with ctx.session() as session:
            current = group_meetings.get_group_meetings(session, group_id)
        self.setWindowTitle(tr("Meetings of {name}", name=current.name))
        self.weekday = QComboBox()
        for day in (None, *range(7)):
            self.weekday.addItem(group_meetings.weekday_label(day), day)
        self.weekday.setCurrentIndex(self.weekday.findData(current.weekday))
        self.frequency = QComboBox()
        self.frequency.addItem(tr("Not set"), None)
        for frequency in ("week", "2weeks", "month"):
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.frequency.setCurrentIndex(max(self.frequency.findData(current.frequency), 0))
        self.joint = QCheckBox(tr("Tanggung renteng: members present cover an installment a "
                                  "member cannot pay"))
        self.joint.setChecked(current.joint_liability)
        note = QLabel(tr("Loan installments of the group's members fall due on the meeting day."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Meeting day"), self.weekday)
        form.addRow(tr("Meets"), self.frequency)
        form.addRow("", self.joint)
        self.error, _ = lay_out(self, [form, note], self.submit, tr("Save"))

    def submit(self) -> None:
        try:
            with self.ctx.session() as session:
                group_meetings.set_group_meetings(
                    session, self.group_id, self.weekday.currentData(),
                    self.frequency.currentData(), self.joint.isChecked())
        except KoperasiError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
