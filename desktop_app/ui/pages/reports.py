"""The Reports page: choose a report and a period, read it, print it, export it.

Tabs: the reports, the SHU for the annual meeting, and closing periods (chair).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import add_months
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.aggregates import fiscal_year, fiscal_year_of
from desktop_app.services.periods import month_end
from desktop_app.services.report_documents import REPORTS, ReportDocument, build_report
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.period_close import PeriodClosePanel
from desktop_app.ui.pages.report_export import Exporter
from desktop_app.ui.pages.report_view import ReportView
from desktop_app.ui.pages.shu_page import ShuPanel
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import MessageLine


class ReportsPanel(QWidget):
    """Report chooser, period and the report on screen."""

    _setting_preset = False

    def __init__(self, page: ReportsPage):
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.document: ReportDocument | None = None
        self.chooser = QListWidget()
        self.chooser.setFixedWidth(260)
        self.chooser.setSpacing(4)
        self.chooser.setWordWrap(True)
        for kind in REPORTS:
            item = QListWidgetItem(kind.title())
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.chooser.addItem(item)
        today = date.today()
        self.preset = QComboBox()
        for label, key in ((tr("This month"), "month"), (tr("Last month"), "last_month"),
                           (tr("This fiscal year"), "year"), (tr("Last fiscal year"), "last_year"),
                           (tr("Custom"), "custom")):
            self.preset.addItem(label, key)
        self.start = DateEdit(today.replace(day=1))
        self.end = DateEdit(today)
        self.show_button = QPushButton(tr("Show"))
        self.show_button.setDefault(True)
        self.message = MessageLine()
        self.view = ReportView()
        self.exporter = Exporter(self, self.message.say)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Period")))
        controls.addWidget(self.preset)
        controls.addWidget(QLabel(tr("From")))
        controls.addWidget(self.start)
        controls.addWidget(QLabel(tr("To")))
        controls.addWidget(self.end)
        controls.addWidget(self.show_button)
        controls.addStretch(1)
        output = QHBoxLayout()
        output.addWidget(self.message, 1)
        for button in self.exporter.buttons():
            output.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(controls)
        right.addLayout(output)
        right.addWidget(self.view, 1)
        layout = QHBoxLayout()
        layout.addWidget(self.chooser)
        layout.addLayout(right, 1)
        self.setLayout(layout)

        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.chooser.currentRowChanged.connect(lambda _: self.show_report())
        self.show_button.clicked.connect(self.show_report)
        self.start.dateChanged.connect(self._custom)
        self.end.dateChanged.connect(self._custom)
        self._apply_preset()

    # the Exporter asks its page for these
    def documents(self) -> list[ReportDocument]:
        return [self.document] if self.document else []

    def _custom(self) -> None:
        if not self._setting_preset:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        today = date.today()
        with self.ctx.session() as session:
            year = fiscal_year_of(session, today)
            span = {
                "month": (today.replace(day=1), today),
                "last_month": (add_months(today.replace(day=1), -1),
                               month_end(add_months(today.replace(day=1), -1))),
                "year": (fiscal_year(session, year)[0], today),
                "last_year": fiscal_year(session, year - 1),
            }.get(key)
        if span:
            self.set_period(*span)

    def set_period(self, start: date, end: date) -> None:
        self._setting_preset = True
        self.start.setDate(start)
        self.end.setDate(end)
        self._setting_preset = False

    def select(self, key: str) -> None:
        for row in range(self.chooser.count()):
            if self.chooser.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.chooser.setCurrentRow(row)

    def show_report(self) -> None:
        item = self.chooser.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        try:
            with self.ctx.session() as session:
                self.document = build_report(
                    session, key, self.start.value(), self.end.value()
                )
                digits = settings.get_profile(session).minor_digits
        except KoperasiError as exc:
            self.document = None
            self.view.show_document(None)
            self.message.say(exc.message, error=True)
            return
        self.message.say("")
        self.view.show_document(self.document, digits)


class ReportsPage(Page):
    key = "reports"

    @classmethod
    def title(cls) -> str:
        return tr("Reports")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.reports = ReportsPanel(self)
        self.shu = ShuPanel(self)
        self.periods = PeriodClosePanel(self)
        self.tabs.addTab(self.reports, tr("Reports"))
        self.tabs.addTab(self.shu, tr("SHU and RAT"))
        self.tabs.addTab(self.periods, tr("Close period"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.periods.refresh()
