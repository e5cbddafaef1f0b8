"""Tabs of a member's detail page: her business (with her consignment products) and
her trainings."""

from __future__ import annotations

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
from desktop_app.i18n import tr
from desktop_app.services import attendance, business_profiles
from desktop_app.services.business_profiles import BusinessData
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.programme_dialogs import FormDialog
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.date_edit import DateEdit

TRAINING_COLUMNS = (
    Column(lambda: tr("Date"), "date"), Column(lambda: tr("Training")),
    Column(lambda: tr("Programme")), Column(lambda: tr("Status")),
    Column(lambda: tr("Attended")), Column(lambda: tr("Completed")),
    Column(lambda: tr("Certificate number")),
)


class BusinessDialog(FormDialog):
    def __init__(self, ctx: AppContext, member_id: int, current: BusinessData | None,
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Business profile"), parent)
        self.member_id = member_id
        self.kind = QLineEdit(current.kind if current else "")
        self.kind.setPlaceholderText(tr("for example: snacks, woven bags, tailoring"))
        self.products = QLineEdit(current.products or "" if current else "")
        self.sells_at = QLineEdit(current.sells_at or "" if current else "")
        self.started = DateEdit(current.started_on if current else None, optional=True)
        for title, field in ((tr("Kind of business"), self.kind),
                             (tr("Products"), self.products),
                             (tr("Where she sells"), self.sells_at),
                             (tr("Started"), self.started)):
            self.form.addRow(title, field)

    def save(self, session) -> None:
        business_profiles.save_business(session, self.member_id, BusinessData(
            self.kind.text(), self.products.text(), self.sells_at.text(),
            self.started.value()))


class BusinessTab(QWidget):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.form = QFormLayout()
        edit = QPushButton(tr("Edit business…"))
        edit.setEnabled(ctx.can(Permission.EDIT_MASTER))
        edit.clicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            self.view = business_profiles.business_of(session, self.member_id)
        while self.form.rowCount():
            self.form.removeRow(0)
        profile = self.view.profile
        products = ", ".join(f"{code} {name}" + ("" if active else f" ({tr('inactive')})")
                             for code, name, active in self.view.consignment_products)
        rows = [(tr("Kind of business"), profile.kind if profile else tr("Not recorded yet")),
                (tr("Products"), profile.products or "-" if profile else "-"),
                (tr("Where she sells"), profile.sells_at or "-" if profile else "-"),
                (tr("Started"), format_date(profile.started_on)
                 if profile and profile.started_on else "-"),
                (tr("Consignment products"), products or tr("None in the inventory"))]
        for title, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            self.form.addRow(title, text)

    def edit(self) -> None:
        if run_modal(BusinessDialog(self.ctx, self.member_id, self.view.profile, self)):
            self.reload()


def trainings_model(ctx: AppContext, member_id: int, parent: QWidget) -> PagedTableModel:
    with ctx.session() as session:
        rows = attendance.member_trainings(session, member_id)
    mark = lambda flag: "✓" if flag else ""
    return PagedTableModel(TRAINING_COLUMNS, ListSource([
        (t.date, t.title, t.programme, attendance.status_label(t.status), mark(t.attended),
         mark(t.completed), t.certificate_no or "") for t in rows]), 0, parent)
