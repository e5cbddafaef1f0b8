"""Settings > Users: who may use the books, their passwords, the idle lock, member PINs.

The chair adds users, resets passwords and deactivates; anyone changes her own password;
the treasurer gives members a kiosk PIN (shown once, on screen and on a printed slip).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError, ValidationError
from desktop_app.i18n import tr
from desktop_app.services import kiosk, users
from desktop_app.services.rows import ListSource
from desktop_app.ui import printing
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.first_user import FirstUserForm, password_field
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.forms import error_label

COLUMNS = (
    Column(lambda: tr("User name")),
    Column(lambda: tr("Full name")),
    Column(lambda: tr("Role")),
    Column(lambda: tr("Status")),
)


def _status(info: users.UserInfo) -> str:
    if not info.active:
        return tr("Deactivated")
    if info.locked_until and info.locked_until > datetime.now():
        return tr("Locked until {time}", time=info.locked_until.strftime("%H:%M"))
    return tr("Active")


class _ServiceDialog(QDialog):
    """A small form whose OK calls a service; a refusal shows inline and keeps it open."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.problem = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def apply(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.apply()
        except KoperasiError as exc:
            self.problem.setText(exc.message)
            return
        super().accept()


class AddUserDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, tr("Add a user"), parent)
        self.form = FirstUserForm()
        self.form.role.addItem(tr("Auditor (pengawas): reads everything, changes nothing"),
                               "auditor")
        self.body.addWidget(self.form)
        self.finish_layout()

    def apply(self) -> None:
        self.form.check()
        with self.ctx.session() as session:
            users.add_user(session, self.form.username.text(), role=self.form.role.currentData(),
                           password=self.form.password.text(),
                           full_name=self.form.full_name.text())


class PasswordDialog(_ServiceDialog):
    """The chair's reset (`old` is None) or a user's change of her own password."""

    def __init__(self, ctx: AppContext, username: str, own: bool, parent: QWidget | None = None):
        super().__init__(ctx, tr("New password for {name}", name=username), parent)
        self.username, self.own = username, own
        self.old = password_field()
        self.new = password_field()
        self.repeat = password_field()
        form = QFormLayout()
        if own:
            form.addRow(tr("Current password"), self.old)
        form.addRow(tr("New password"), self.new)
        form.addRow(tr("Password again"), self.repeat)
        self.body.addLayout(form)
        self.finish_layout()

    def apply(self) -> None:
        if self.new.text() != self.repeat.text():
            raise ValidationError(tr("The two passwords are not the same."))
        with self.ctx.session() as session:
            if self.own:
                users.change_password(session, self.username, self.old.text(), self.new.text())
            else:
                users.reset_password(session, self.username, self.new.text())


def pin_slip_html(member_number: str, pin: str) -> str:
    esc = printing.escape
    advice = tr("Keep this PIN secret. Use it with your member number at the "
                "Cek Saldo Anggota screen.")
    return (
        f"<h2>{esc(tr('Your kiosk PIN'))}</h2>"
        f"<p>{esc(tr('Member number'))}: <b>{esc(member_number)}</b></p>"
        f"<p style='font-size:20pt'>PIN: <b>{esc(pin)}</b></p>"
        f"<p class='muted'>{esc(advice)}</p>"
    )


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source = ListSource()
        self.model = PagedTableModel(COLUMNS, self.source, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        manage = ctx.can(Permission.MANAGE_USERS)
        self.add_button = self._button(tr("Add user…"), self.add_user, manage)
        self.reset_button = self._button(tr("Reset password…"), self.reset_password, manage)
        self.deactivate_button = self._button(tr("Deactivate"), self.toggle_active, manage)
        own = self._button(tr("Change my password…"), self.change_own_password, True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(own)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(tr(" minutes"))
        save_idle = self._button(tr("Save"), self.save_idle_minutes,
                                 ctx.can(Permission.SETTINGS))
        self.idle_minutes.setEnabled(ctx.can(Permission.SETTINGS))
        idle_box = QGroupBox(tr("Lock the screen when nobody has used it for"))
        idle_row = QHBoxLayout(idle_box)
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(save_idle)
        idle_row.addStretch(1)

        self.member_number = QLineEdit()
        self.member_number.setPlaceholderText(tr("member number"))
        can_pin = ctx.can(Permission.EDIT_MASTER)
        self.member_number.setEnabled(can_pin)
        pin_button = self._button(tr("Give a new PIN…"), self.give_new_pin, can_pin)
        pin_box = QGroupBox(tr("Member kiosk PIN"))
        pin_row = QHBoxLayout(pin_box)
        pin_row.addWidget(QLabel(tr("A new random PIN is shown once and printed on a slip "
                                    "for the member.")), 1)
        pin_row.addWidget(self.member_number)
        pin_row.addWidget(pin_button)

        self.table.selectionModel().selectionChanged.connect(self._name_toggle)
        layout = QVBoxLayout()
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(idle_box)
        layout.addWidget(pin_box)
        self.setLayout(layout)
        self.print_html = printing.print_html
        self.refresh()

    def _button(self, text: str, slot, enabled: bool) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        return button

    def refresh(self) -> None:
        with self.ctx.session() as session:
            self.users = users.list_users(session)
            self.idle_minutes.setValue(users.idle_lock_minutes(session))
        self.source.rows = [(u.username, u.full_name, tr(u.role.value), _status(u))
                            for u in self.users]
        self.model.reload()
        self._name_toggle()

    def _name_toggle(self) -> None:
        user = self.selected()
        active = user is None or user.active
        self.deactivate_button.setText(tr("Deactivate") if active else tr("Activate"))

    def selected(self) -> users.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _say(self, text: str) -> None:
        QMessageBox.information(self, tr("Users"), text)

    def _run(self, dialog: QDialog) -> None:
        if run_modal(dialog):
            self.refresh()

    def add_user(self) -> None:
        self._run(AddUserDialog(self.ctx, self))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            self._say(tr("Choose a user in the list first."))
            return
        self._run(PasswordDialog(self.ctx, user.username, own=False, parent=self))

    def change_own_password(self) -> None:
        self._run(PasswordDialog(self.ctx, self.ctx.actor.username, own=True, parent=self))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            self._say(tr("Choose a user in the list first."))
            return
        try:
            with self.ctx.session() as session:
                (users.deactivate if user.active else users.activate)(session, user.username)
        except KoperasiError as exc:
            self.warn(tr("Users"), exc.message)
        self.refresh()

    def save_idle_minutes(self) -> None:
        try:
            with self.ctx.session() as session:
                users.set_idle_lock_minutes(session, self.idle_minutes.value())
        except KoperasiError as exc:
            self.warn(tr("Users"), exc.message)
            return
        self._say(tr("Saved. The new time applies from the next login."))

    def give_new_pin(self) -> str | None:
        """Set a random PIN for the member number typed; show it once and offer a slip."""
        number = self.member_number.text().strip()
        pin = kiosk.new_pin()
        try:
            with self.ctx.session() as session:
                kiosk.set_pin(session, number, pin)
        except KoperasiError as exc:
            self.warn(tr("Member kiosk PIN"), exc.message)
            return None
        self.member_number.clear()
        if self.show_pin_once(number, pin):
            self.print_html(self, pin_slip_html(number, pin))
        return pin

    def show_pin_once(self, number: str, pin: str) -> bool:
        """Show the new PIN; True if the treasurer asks for the printed slip."""
        box = QMessageBox(QMessageBox.Icon.Information, tr("Member kiosk PIN"),
                          tr("The new PIN of member {number} is {pin}. It is shown only now: "
                             "print the slip or write it down for her.", number=number, pin=pin),
                          parent=self)
        print_slip = box.addButton(tr("Print slip"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is print_slip

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
