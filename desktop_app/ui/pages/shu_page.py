"""The SHU tab: the per-member table for the RAT, the RAT package, and posting the
distribution once the chair confirms."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.services.aggregates import fiscal_year_of
from desktop_app.services.report_documents import ReportDocument, rat_package, shu_document
from desktop_app.services.shu import ShuResult, compute_shu, post_shu_distribution
from desktop_app.ui.pages.report_export import Build, Exporter
from desktop_app.ui.pages.report_view import ReportView
from desktop_app.ui.widgets.forms import MessageLine, confirm
from desktop_app.ui.workers import Task, run_with_progress


class ShuPanel(QWidget):
    def __init__(self, page):
        super().__init__()
        self.ctx = page.ctx
        self.result: ShuResult | None = None
        self.rat_documents: list[ReportDocument] | None = None
        with self.ctx.session() as session:
            last_year = fiscal_year_of(session, date.today()) - 1
        self.year = QSpinBox()
        self.year.setRange(1990, 2200)
        self.year.setValue(last_year)
        self.show_button = QPushButton(tr("Compute SHU"))
        self.members_to = QComboBox()
        self.members_to.addItem(tr("Credit members' voluntary savings"), "savings")
        self.members_to.addItem(tr("Pay members in cash"), "cash")
        self.post_button = QPushButton(tr("Post distribution…"))
        self.post_button.setEnabled(self.ctx.can(Permission.CLOSE_PERIOD))
        self.message = MessageLine()
        self.view = ReportView()
        self.exporter = Exporter(self, self.message.say)
        self.rat_exporter = RatExporter(self)
        rat_pdf = QPushButton(tr("RAT package: PDF…"))
        rat_pdf.clicked.connect(self.rat_exporter.pdf)
        rat_excel = QPushButton(tr("RAT package: Excel…"))
        rat_excel.clicked.connect(self.rat_exporter.excel)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Fiscal year")))
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.members_to)
        top.addWidget(self.post_button)
        output = QHBoxLayout()
        for button in [*self.exporter.buttons(), rat_pdf, rat_excel]:
            output.addWidget(button)
        output.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addLayout(output)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.setLayout(layout)

        self.show_button.clicked.connect(self.compute)
        self.post_button.clicked.connect(self.post)

    def documents(self) -> list[ReportDocument]:
        return [shu_document(self.result)] if self.result else []

    def compute(self) -> Task:
        """Compute the year's SHU on a worker (seconds for thousands of members)."""
        year, ctx = self.year.value(), self.ctx

        def work(progress):
            progress(0, 0)
            with ctx.session() as session:
                result = compute_shu(session, year)
            progress(1, 1)  # a Cancel pressed meanwhile drops it here
            return result

        return run_with_progress(self, tr("Compute SHU"),
                                 tr("Computing the SHU of {year}…", year=year), work,
                                 self._computed, on_failure=self._refused)

    def _computed(self, result: ShuResult) -> None:
        self.result = result
        self.view.show_document(self.documents()[0], self.ctx.money.minor_digits)
        self.message.say("")

    def _refused(self, message: str) -> None:
        self.result = None
        self.view.show_document(None)
        self.message.say(message, error=True)

    def post(self) -> Task:
        """Compute the SHU afresh, ask the chair, then post it (on a worker too)."""
        task = self.compute()
        task.succeeded.connect(lambda _: self._confirm_and_post())
        return task

    def _confirm_and_post(self) -> None:
        if self.result is None:
            return
        year, target = self.result.year, self.members_to.currentData()
        question = tr(
            "Post the SHU of {year} ({amount})? The year's income and expenses are closed "
            "into SHU Belum Dibagi and members receive {members}. This cannot be undone "
            "except by reversal.",
            year=year, amount=self.ctx.money.amount(self.result.shu),
            members=self.ctx.money.amount(sum(m.total for m in self.result.members)),
        )
        if not confirm(self, tr("Post SHU distribution"), question):
            return
        ctx = self.ctx

        def work(progress):
            with ctx.session() as session:
                post_shu_distribution(session, year, target)

        def posted(_) -> None:
            self.compute().succeeded.connect(lambda _: self.message.say(
                tr("The SHU of {year} has been posted.", year=year)))

        run_with_progress(self, tr("Post SHU distribution"),
                          tr("Posting the SHU of {year}…", year=year), work, posted,
                          cancellable=False,
                          on_failure=lambda message: self.message.say(message, error=True))


class RatExporter(Exporter):
    """The RAT package: balance sheet, income statement, SHU table and member list."""

    def __init__(self, panel: ShuPanel):
        super().__init__(panel, panel.message.say)
        self.panel = panel

    def ready(self) -> bool:
        return True  # built on the worker; a year without figures is refused there

    def build(self) -> Build:
        year = self.panel.year.value()
        return lambda session: rat_package(session, year)

    def _name(self, suffix: str) -> str:
        return f"RAT-{self.panel.year.value()}.{suffix}"
