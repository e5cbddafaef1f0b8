"""Confirm a member's exit: what she gets back, net of loans, before anything is posted."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import member_exit
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import lay_out


class ExitDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: int, on: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.entry_id: int | None = None
        self.setWindowTitle(tr("Member exit"))
        self.setMinimumWidth(460)
        self.on = DateEdit(on)
        self.on.dateChanged.connect(self._preview)
        self.amounts = {key: QLabel() for key in ("pokok", "wajib", "sukarela", "loans", "pay")}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Exit date"), self.on)
        form.addRow(tr("Simpanan Pokok"), self.amounts["pokok"])
        form.addRow(tr("Simpanan Wajib"), self.amounts["wajib"])
        form.addRow(tr("Simpanan Sukarela"), self.amounts["sukarela"])
        form.addRow(tr("Less outstanding loans"), self.amounts["loans"])
        form.addRow(tr("Cash paid to the member"), self.amounts["pay"])
        self.error, self.buttons = lay_out(self, [self.heading, form], self.confirm,
                                           tr("Confirm exit"), QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self._preview()

    def _preview(self) -> None:
        with self.ctx.session() as session:
            preview = member_exit.exit_preview(session, self.member_id, self.on.value())
        money = self.ctx.money.amount
        self.heading.setText(
            tr("{name} leaves the cooperative. Her savings are paid back in one entry; "
               "this cannot be undone.", name=preview.name)
        )
        for key, value in (("pokok", preview.pokok), ("wajib", preview.wajib),
                           ("sukarela", preview.sukarela), ("loans", -preview.loans)):
            self.amounts[key].setText(money(value))
        self.amounts["pay"].setText(f"<b>{money(preview.cash_out)}</b>")
        refused = preview.cash_out < 0
        self.error.setText(
            tr("Loans exceed savings: she must repay the difference before leaving.")
            if refused else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not refused)

    def confirm(self) -> None:
        if not confirm_posting_date(self, self.on.value()):
            return
        try:
            with self.ctx.session() as session:
                self.entry_id = member_exit.exit_member(
                    session, self.member_id, self.on.value()
                )
        except KoperasiError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
