"""The Loans page: the portfolio at a glance, the loans list with filters, and the
"due this week / overdue" list a treasurer prints for the group meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.loan_rules import BUCKETS
from desktop_app.domain.money import format_number
from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.loan_lists import DueListSource, LoanListSource
from desktop_app.services.loan_portfolio import (
    CURRENT,
    STATUSES,
    WAITING,
    portfolio_summary,
)
from desktop_app.services.loan_state import status_label
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.loan_application_dialog import LoanApplicationDialog
from desktop_app.ui.dialogs.loan_simulator import LoanSimulatorDialog
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.models.paged import ROW_ROLE, Column, PagedTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.printing import escape
from desktop_app.ui.widgets.forms import fit_columns_once, sorted_by, table_view
from desktop_app.ui.widgets.print_button import PrintButton

LOAN_COLUMNS = [
    Column(lambda: tr("Loan no.")), Column(lambda: tr("Member no.")), Column(lambda: tr("Name")),
    Column(lambda: tr("Product")), Column(lambda: tr("Paid out"), "date"),
    Column(lambda: tr("Amount"), "money"), Column(lambda: tr("Outstanding"), "money"),
    Column(lambda: tr("Overdue"), "money"), Column(lambda: tr("Days late"), "int"),
    Column(lambda: tr("Arrears")), Column(lambda: tr("Status")),
]
# what a treasurer looks at first, left to right, so it shows on a 1366-wide screen;
# member no., product, paid-out date and amount follow (the model keeps its order)
FIRST_COLUMNS = (0, 2, 6, 7, 8, 9, 10)
DUE_COLUMNS = [
    Column(lambda: tr("Member no.")), Column(lambda: tr("Name")), Column(lambda: tr("Group")),
    Column(lambda: tr("Loan no.")), Column(lambda: tr("Due since"), "date"),
    Column(lambda: tr("Days late"), "int"), Column(lambda: tr("Amount due"), "money"),
    Column(lambda: tr("Outstanding"), "money"),
]


class LoansPage(Page):
    loads_when_built = True
    key = "loans"

    @classmethod
    def title(cls) -> str:
        return tr("Loans")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        self.today = today or date.today()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt;")
        # loans list
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search loan no., member no. or name"))
        self.status = QComboBox()
        self.status.addItem(tr("Active and waiting"), CURRENT)
        self.status.addItem(tr("Waiting for approval or pay-out"), WAITING)
        self.status.addItem(tr("All statuses"), None)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.bucket = QComboBox()
        self.bucket.addItem(tr("All arrears"), None)
        for bucket in BUCKETS:
            self.bucket.addItem(bucket.label(), bucket.key)
        self.source = LoanListSource(ctx.session, self.today)
        self.source.status = CURRENT
        # read once the table has set its sort order (sorting would read it again)
        self.model = PagedTableModel(LOAN_COLUMNS, self.source, parent=self, load=False)
        self.table = sorted_by(table_view(self.model, wrap=False), 0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        for position, column in enumerate(FIRST_COLUMNS):
            header.moveSection(header.visualIndex(column), position)
        fit_columns_once(self.table)  # not on every letter of a search
        self.model.reload()
        self.table.doubleClicked.connect(self.open_selected)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.bucket)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New application…"))
        self.new_button.clicked.connect(self.new_application)
        self.new_button.setVisible(ctx.can(Permission.POST))
        self.open_button = QPushButton(tr("Open loan"))
        self.open_button.clicked.connect(self.open_selected)
        self.simulator_button = QPushButton(tr("Loan simulator…"))
        self.simulator_button.clicked.connect(
            lambda: run_modal(LoanSimulatorDialog(self.ctx, self)))
        for button in (self.new_button, self.open_button, self.simulator_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        loans_tab = QWidget()
        loans_layout = QVBoxLayout()
        loans_layout.addLayout(filters)
        loans_layout.addWidget(self.table, 1)
        loans_layout.addLayout(buttons)
        loans_tab.setLayout(loans_layout)
        # due / overdue list
        self.due_source = DueListSource(ctx.session, self.today)
        # read when its tab is first shown: the first paint shows the loans list only
        self.due_model = PagedTableModel(DUE_COLUMNS, self.due_source, parent=self, load=False)
        self.due_table = sorted_by(table_view(self.due_model, wrap=False), 4,
                                   Qt.SortOrder.AscendingOrder)
        self.due_table.doubleClicked.connect(self.open_selected)
        due_tab = QWidget()
        due_layout = QVBoxLayout()
        due_layout.addWidget(QLabel(tr("Loans with an installment due in the next 7 days or "
                                       "already late, oldest first.")))
        due_layout.addWidget(self.due_table, 1)
        due_buttons = QHBoxLayout()
        due_buttons.addWidget(PrintButton(tr("Print list"), self.due_html,
                                          lambda: tr("due-list.pdf"), self))
        due_buttons.addStretch(1)
        due_layout.addLayout(due_buttons)
        due_tab.setLayout(due_layout)
        self.tabs = QTabWidget()
        self.tabs.addTab(loans_tab, tr("All loans"))
        self.tabs.addTab(due_tab, tr("Due this week / overdue"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._load_due_list)
        self.search.textChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.bucket.currentIndexChanged.connect(self.apply_filters)
        self._show_summary()
        self._show_count()

    def apply_filters(self) -> None:
        self.source.search = self.search.text()
        self.source.status = self.status.currentData()
        self.source.bucket = self.bucket.currentData()
        self.model.reload()
        self._show_count()

    def refresh(self) -> None:
        self.model.reload()
        if self.due_model.loaded:
            self.due_model.reload()
        self._show_summary()
        self._show_count()

    def _load_due_list(self, tab: int) -> None:
        if tab == 1 and not self.due_model.loaded:
            self.due_model.reload()

    def _show_count(self) -> None:
        self.count.setText(tr("{n} loans", n=format_number(self.model.total())))

    def _show_summary(self) -> None:
        with self.ctx.session() as session:
            s = portfolio_summary(session, self.today)
        self.summary.setText(tr(
            "Outstanding {outstanding} in {n} loans · late {late} · PAR30 {par}% · "
            "due this week {week}",
            outstanding=self.ctx.money.amount(s.outstanding), n=s.active_count,
            late=s.overdue_count,
            par=f"{s.par30_ratio * 100:.1f}".replace(".", ","), week=s.due_this_week_count))

    def selected_loan_id(self) -> int | None:
        table = self.due_table if self.tabs.currentIndex() == 1 else self.table
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return table.model().data(rows[0], ROW_ROLE).loan_id

    def open_selected(self) -> None:
        loan_id = self.selected_loan_id()
        if loan_id is not None:
            self.open_loan(loan_id)

    def open_loan(self, loan_id: int) -> None:
        dialog = LoanDetailDialog(self.ctx, loan_id, self, self.today)
        run_modal(dialog)
        if dialog.changed:
            self.refresh()

    def new_application(self) -> None:
        dialog = LoanApplicationDialog(self.ctx, self)
        if run_modal(dialog) and dialog.loan_id is not None:
            self.refresh()
            self.open_loan(dialog.loan_id)

    def due_html(self) -> str:
        rows = self.due_source.fetch(0, self.due_source.count())
        with self.ctx.session() as session:
            name = settings.get_profile(session).name
        titles = "".join(f"<th>{escape(c.title())}</th>" for c in DUE_COLUMNS)
        number = self.ctx.money.number
        body = "".join(
            f"<tr><td>{escape(r[0])}</td><td>{escape(r[1])}</td><td>{escape(r[2])}</td>"
            f"<td>{escape(r[3])}</td><td>{format_date(r[4])}</td><td class='num'>{r[5]}</td>"
            f"<td class='num'>{number(r[6])}</td><td class='num'>{number(r[7])}</td>"
            "</tr>"
            for r in rows
        )
        return (f"<h1>{escape(name)}</h1><h2>{escape(tr('Due this week / overdue'))} — "
                f"{format_date(self.today)}</h2><table><tr>{titles}</tr>{body}</table>")
