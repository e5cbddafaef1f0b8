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
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import add_months
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
from desktop_app.ui.workers import Task


class ReportsPanel(QWidget):
    """Report chooser, period and the report on screen. A report is built off the GUI
    thread (a big book takes seconds) with a busy bar and Cancel beside it; choosing
    another report meanwhile drops the one being built."""

    _setting_preset = False

    def __init__(self, page: ReportsPage):
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.document: ReportDocument | None = None
        self.task: Task | None = None
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
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no measure of a build's progress: a moving bar
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.view = ReportView()
        self.exporter = Exporter(self, self.message.say)
        self.export_buttons = self.exporter.buttons()

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
        output.addWidget(self.busy)
        output.addWidget(self.cancel_button)
        for button in self.export_buttons:
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
        self._set_busy(False)

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

    def show_report(self) -> Task | None:
        """Build the chosen report for the period on a worker; shown when it is done."""
        item = self.chooser.currentItem()
        if item is None:
            return None
        self.cancel()
        key, start, end = (item.data(Qt.ItemDataRole.UserRole), self.start.value(),
                           self.end.value())
        ctx = self.ctx

        def work(progress):
            with ctx.session() as session:
                document = build_report(session, key, start, end)
                digits = settings.get_profile(session).minor_digits
            progress(1, 1)  # a Cancel pressed meanwhile drops the report here
            return document, digits

        task = self.task = Task(work, self)
        task.succeeded.connect(lambda built: self._built(task, *built))
        task.failed.connect(lambda message: self._refused(task, message))
        task.finished.connect(lambda: self._ended(task))
        self.message.say(tr("Preparing the report…"))
        self._set_busy(True)
        return task.start()

    def cancel(self) -> None:
        """Drop the report being built (it only reads the book: nothing to undo)."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
            self.message.say("")
            self._set_busy(False)

    def _built(self, task: Task, document: ReportDocument, digits: int) -> None:
        if task is self.task:
            self.document = document
            self.message.say("")
            self.view.show_document(document, digits)

    def _refused(self, task: Task, message: str) -> None:
        if task is self.task:
            self.document = None
            self.view.show_document(None)
            self.message.say(message, error=True)

    def _ended(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in self.export_buttons:
            button.setEnabled(not busy)


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
