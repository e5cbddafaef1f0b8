"""A loan's schedule as a table (the simulator's, a loan's stored installments with their
state) and its payments."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.domain.dates import format_date
from desktop_app.domain.schedule import ScheduleRow
from desktop_app.i18n import tr
from desktop_app.services.loan_portfolio import LoanDetail, RepaymentView
from desktop_app.ui.context import Money

STATE_COLOURS = {"late": "#fde2e1", "part": "#fff4d6", "paid": "#e3f4e1"}


def state_label(state: str) -> str:
    return {"paid": tr("Paid"), "part": tr("Part paid"), "late": tr("Late"),
            "due": tr("Not yet due"),
            "waived": tr("Closed early"), "written_off": tr("Written off")}.get(state, state)


class ScheduleTableModel(QAbstractTableModel):
    """A loan schedule (a short list: at most 120 rows), with an optional state column."""

    def __init__(self, money: Money, rows: list[ScheduleRow] | None = None,
                 states: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.money = money
        self.rows = rows or []
        self.states = states

    def set_rows(self, rows: list[ScheduleRow], states: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.states = rows, states
        self.endResetModel()

    def _titles(self) -> list[str]:
        titles = [tr("No."), tr("Due date"), tr("Principal"), tr("Interest (jasa)"),
                  tr("Installment"), tr("Balance")]
        return titles + [tr("State")] if self.states is not None else titles

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = self._titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 6:
                return self.states[index.row()] if self.states else None
            number = self.money.number
            values = (row.number, format_date(row.due_date), number(row.principal),
                      number(row.interest), number(row.installment), number(row.balance))
            return str(values[column]) if column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class InstallmentTableModel(ScheduleTableModel):
    """The stored schedule with the paid/late state of each installment."""

    def __init__(self, money: Money, detail: LoanDetail, parent=None):
        balance = detail.principal
        rows = []
        for i in detail.installments:
            balance -= i.principal
            rows.append(ScheduleRow(i.number, i.due_date, i.principal, i.interest, i.installment,
                                    balance))
        super().__init__(money, rows, [state_label(i.state) for i in detail.installments],
                         parent)
        self.raw_states = [i.state for i in detail.installments]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            colour = STATE_COLOURS.get(self.raw_states[index.row()])
            return QColor(colour) if colour else None
        return super().data(index, role)


class RepaymentTableModel(QAbstractTableModel):
    def __init__(self, money: Money, rows: list[RepaymentView], receipt_nos: dict[int, str],
                 parent=None):
        super().__init__(parent)
        self.money = money
        self.rows = rows
        self.receipt_nos = receipt_nos

    def _titles(self):
        return [tr("Date"), tr("Amount"), tr("Penalty (denda)"), tr("Interest (jasa)"),
                tr("Principal"), tr("Receipt no."), tr("Note")]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            note = tr("REVERSED") + (" " + r.note if r.note else "") if r.reversed else r.note
            number = self.money.number
            return (format_date(r.date), number(r.amount), number(r.penalty),
                    number(r.interest), number(r.principal),
                    self.receipt_nos.get(r.entry_id, ""), note)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.reversed:
            return QColor("#888888")
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= index.column() <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
