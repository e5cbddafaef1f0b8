"""The audit log viewer (chair and auditor): who did what and when, filtered, exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.saved_notice import show_saved
from desktop_app.ui.screen_fit import compact
from desktop_app.ui.widgets.date_edit import DateEdit

COLUMNS = (
    Column(lambda: tr("When")),
    Column(lambda: tr("Who")),
    Column(lambda: tr("Action")),
    Column(lambda: tr("Object")),
    Column(lambda: tr("Details")),
)


def _date_filter(label: str) -> tuple[QCheckBox, DateEdit]:
    check = QCheckBox(label)
    edit = DateEdit()
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class AuditPage(Page):
    key = "audit"

    @classmethod
    def title(cls) -> str:
        return tr("Audit log")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.source = audit.AuditSource(ctx.session)
        self.model = PagedTableModel(COLUMNS, self.source, parent=self)

        self.who = QComboBox()
        self.action = QComboBox()
        self.use_since, self.since = _date_filter(tr("From"))
        self.use_until, self.until = _date_filter(tr("Until"))
        self.total = QLabel()
        csv_button = QPushButton(tr("Export CSV…"))
        csv_button.clicked.connect(lambda: self.ask_and_export("csv"))
        xlsx_button = QPushButton(tr("Export Excel…"))
        xlsx_button.clicked.connect(lambda: self.ask_and_export("xlsx"))

        compact(self.who, 10)
        compact(self.action, 14)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("User")))
        filters.addWidget(self.who)
        filters.addWidget(QLabel(tr("Action")))
        filters.addWidget(self.action)
        for widget in (self.use_since, self.since, self.use_until, self.until):
            filters.addWidget(widget)
        filters.addStretch(1)
        bottom = QHBoxLayout()  # below the table, so the filters fit a 1280-wide window
        bottom.addWidget(self.total, 1)
        bottom.addWidget(csv_button)
        bottom.addWidget(xlsx_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        layout = QVBoxLayout()
        intro = QLabel(tr("Every change to the books, newest first. Nothing here "
                          "can be edited or deleted."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setLayout(layout)

        self._fill_choices()
        for combo in (self.who, self.action):
            combo.currentIndexChanged.connect(self.apply_filters)
        for widget in (self.use_since, self.use_until):
            widget.toggled.connect(self.apply_filters)
        for widget in (self.since, self.until):
            widget.dateChanged.connect(self.apply_filters)
        self._show_total()

    def _fill_choices(self) -> None:
        with self.ctx.session() as session:
            actors, actions = audit.filter_choices(session)
        for combo, everyone, values, label in (
            (self.who, tr("All users"), actors, str),
            (self.action, tr("All actions"), actions, audit.action_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.source.actor = self.who.currentData()
        self.source.action = self.action.currentData()
        self.source.since = self.since.date().toPython() if self.use_since.isChecked() else None
        self.source.until = self.until.date().toPython() if self.use_until.isChecked() else None
        self.model.reload()
        self._show_total()

    def _show_total(self) -> None:
        self.total.setText(tr("{n} entries", n=self.model.total()))

    def refresh(self) -> None:
        self._fill_choices()
        self.apply_filters()

    def export_to(self, path: Path) -> int:
        """Write what the filters show to `path` (.csv or .xlsx); return the row count."""
        with self.ctx.session() as session:
            return audit.export_entries(session, path, **self.source.filters())

    def ask_and_export(self, kind: str) -> None:
        pattern = tr("CSV files (*.csv)") if kind == "csv" else tr("Excel workbooks (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, tr("Export the audit log"),
                                              f"audit-log.{kind}", pattern)
        if not name:
            return
        try:
            count = self.export_to(Path(name))
        except (KoperasiError, OSError) as exc:
            QMessageBox.warning(self, tr("Export failed"), str(exc))
            return
        show_saved(self, Path(name), tr("{n} entries written.", n=count))
