"""Add or edit a member, and manage the member groups (kelompok)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import members
from desktop_app.services.members import MemberInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.group_meetings_dialog import GroupMeetingsDialog
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import error_label, lay_out


class MemberDialog(QDialog):
    """Member fields as in the workbook format; saving calls the members service."""

    def __init__(self, ctx: AppContext, member_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.setWindowTitle(tr("Edit member") if member_id else tr("New member"))
        self.setMinimumWidth(520)
        with ctx.session() as session:
            info = members.get_member(session, member_id) if member_id else None
            groups = members.list_groups(session)
            suggested = members.suggest_next_number(session)
        self.number = QLineEdit(info.number if info else suggested)
        self.name = QLineEdit(info.name if info else "")
        self.nik = QLineEdit(info.nik or "" if info else "")
        self.nik.setMaxLength(16)
        self.nik.setPlaceholderText(tr("16 digits"))
        self.gender = QComboBox()
        self.gender.addItem(tr("Female"), "F")
        self.gender.addItem(tr("Male"), "M")
        if info and info.gender == "M":
            self.gender.setCurrentIndex(1)
        self.birth_date = DateEdit(info.birth_date if info else None, optional=True)
        self.address = QPlainTextEdit(info.address or "" if info else "")
        self.address.setFixedHeight(60)
        self.phone = QLineEdit(info.phone or "" if info else "")
        self.group = QComboBox()
        self.group.addItem(tr("(no group)"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        if info and info.group_id:
            self.group.setCurrentIndex(self.group.findData(info.group_id))
        self.join_date = DateEdit(info.join_date if info else None)
        self.head = QCheckBox(tr("Head of household"))
        self.head.setChecked(bool(info and info.head_of_household))
        form = QFormLayout()
        form.addRow(tr("Member number"), self.number)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("NIK"), self.nik)
        form.addRow(tr("Gender"), self.gender)
        form.addRow(tr("Birth date"), self.birth_date)
        form.addRow(tr("Address"), self.address)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Group"), self.group)
        form.addRow(tr("Join date"), self.join_date)
        form.addRow("", self.head)
        self.error, buttons = lay_out(self, [form], self.save, tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def data(self) -> MemberInput:
        return MemberInput(
            number=self.number.text(),
            name=self.name.text(),
            join_date=self.join_date.value(),
            nik=self.nik.text(),
            gender=self.gender.currentData(),
            birth_date=self.birth_date.value(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            group_id=self.group.currentData(),
            head_of_household=self.head.isChecked(),
        )

    def save(self) -> None:
        """Save and close, or show what to fix and stay open."""
        try:
            with self.ctx.session() as session:
                if self.member_id:
                    members.update_member(session, self.member_id, self.data())
                else:
                    self.member_id = members.create_member(session, self.data())
        except KoperasiError as exc:
            self.error.setText("\n".join(exc.problems) or exc.message)
            return
        self.accept()


class GroupsDialog(QDialog):
    """List, add and rename member groups."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Member groups"))
        self.setMinimumSize(380, 360)
        self.groups = QListWidget()
        self.error = error_label()
        add = QPushButton(tr("Add group…"))
        rename = QPushButton(tr("Rename…"))
        meetings = QPushButton(tr("Meetings…"))
        close = QPushButton(tr("Close"))
        add.clicked.connect(self._add)
        rename.clicked.connect(self._rename)
        meetings.clicked.connect(self._meetings)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, rename, meetings):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout()
        layout.addWidget(self.groups)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.reload()

    def reload(self) -> None:
        self.groups.clear()
        with self.ctx.session() as session:
            for group in members.list_groups(session):
                item = QListWidgetItem(tr("{name} ({n} members)", name=group.name, n=group.members))
                item.setData(256, (group.id, group.name))
                self.groups.addItem(item)

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Add group"), tr("Group name"))
        if ok:
            self._run(lambda session: members.create_group(session, name))

    def _rename(self) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        group_id, old = item.data(256)
        name, ok = QInputDialog.getText(self, tr("Rename group"), tr("Group name"), text=old)
        if ok:
            self._run(lambda session: members.rename_group(session, group_id, name))

    def _meetings(self) -> None:
        item = self.groups.currentItem()
        if item is not None:
            run_modal(GroupMeetingsDialog(self.ctx, item.data(256)[0], self))

    def _run(self, action) -> None:
        try:
            with self.ctx.session() as session:
                action(session)
        except KoperasiError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        self.reload()
