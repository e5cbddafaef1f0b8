"""The Programmes page's Kiosk requests tab: members' training requests from the kiosk,
approved or declined (with a reason the member sees) by the board."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton, QVBoxLayout

from desktop_app.i18n import tr
from desktop_app.services import attendance
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.programme_rows import RequestLine
from desktop_app.ui.pages.programme_tab import ProgrammeTab, button_row
from desktop_app.ui.widgets.forms import selected_row, table_view

REQUEST_COLUMNS = (
    Column(lambda: tr("Asked on"), "date"), Column(lambda: tr("Member No")),
    Column(lambda: tr("Name")), Column(lambda: tr("Training")),
    Column(lambda: tr("Training date"), "date"), Column(lambda: tr("Free places"), "int"),
)


class RequestsTab(ProgrammeTab):
    """Members' kiosk requests waiting for the board."""

    def __init__(self, ctx: AppContext, today: date):
        super().__init__(ctx, today)
        self.model = PagedTableModel(REQUEST_COLUMNS, ListSource(), 0, self)
        self.table = table_view(self.model, 3, sortable=True)
        self.count = QLabel()
        approve = QPushButton(tr("Approve"))
        decline = QPushButton(tr("Decline…"))
        for button in (approve, decline):
            button.setEnabled(self.editable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        layout.addWidget(button_row(approve, decline))
        approve.clicked.connect(self.approve)
        decline.clicked.connect(self.decline)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            rows = attendance.pending_requests(session)
        self.model.source.rows = [
            RequestLine(r.requested_at.date(), r.member_number, r.member_name, r.training,
                        r.training_date, r.free_places, r.registration_id) for r in rows]
        self.model.reload()
        self.count.setText(tr("{count} request(s) from the kiosk wait for the board.",
                              count=len(rows)))

    def _selected(self) -> int | None:
        row = selected_row(self.table)
        return row.registration_id if row else None

    def approve(self) -> None:
        request = self._selected()
        if request is not None and self.run(
                lambda s: attendance.approve_request(s, request, self.today)):
            self.refresh()

    def decline(self) -> None:
        request = self._selected()
        if request is None:
            return
        reason, ok = QInputDialog.getText(self, tr("Decline the request"),
                                          tr("Why? The member sees this at the kiosk."))
        if ok and self.run(lambda s: attendance.decline_request(s, request, reason)):
            self.refresh()
