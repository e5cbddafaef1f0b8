"""The small pieces every page and dialog builds its form from.

A table view, the message line under a form, the red error line plus Save/Cancel under a
dialog, the Yes/No question asked before something irreversible, and date conversion.
Colours are not set here: a widget is marked with the dynamic property `state`
("error" or "ok") and `resources/styles/koperasi.qss` says how each state looks, so the
app has one red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.models.paged import ROW_ROLE

ERROR, OK = "error", "ok"


def to_qdate(value: date | QDate) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


def set_state(widget: QWidget, state: str = "") -> None:
    """Mark `widget` ERROR, OK or plain (""); the stylesheet colours it.

    Qt reads a dynamic property only when it polishes a widget, so it is polished again."""
    if (widget.property("state") or "") == state:
        return
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class MessageLine(QLabel):
    """A line under a form for results (green) and refusals (red), never a traceback."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        set_state(self, ERROR if error else OK)
        self.setText(text)

    def error(self, text: str) -> None:
        self.say(text, error=True)

    @property
    def is_error(self) -> bool:
        return self.property("state") == ERROR


def error_label(parent: QWidget | None = None) -> QLabel:
    """A label that only ever shows what is wrong (red, wrapped)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    set_state(label, ERROR)
    return label


def dialog_buttons(dialog: QDialog, accept: Callable[[], object],
                   accept_text: str | None = None,
                   kind: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
                   ) -> QDialogButtonBox:
    """`kind` (Save, Ok, Open …) and Cancel: the first calls `accept` (which closes the
    dialog itself once the form checks out), Cancel rejects it."""
    buttons = QDialogButtonBox(kind | QDialogButtonBox.StandardButton.Cancel)
    if accept_text is not None:
        buttons.button(kind).setText(accept_text)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def lay_out(dialog: QDialog, parts: Sequence[QWidget | QLayout], accept: Callable[[], object],
            accept_text: str | None = None,
            kind: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
            error: QLabel | None = None) -> tuple[QLabel, QDialogButtonBox]:
    """The skeleton of a form dialog: `parts` stacked, then the red error line, then
    Save/Cancel (see `dialog_buttons`). Returns (error line, button box)."""
    error = error if error is not None else error_label()
    buttons = dialog_buttons(dialog, accept, accept_text, kind)
    layout = QVBoxLayout(dialog)
    for part in (*parts, error, buttons):
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return error, buttons


def confirm(parent: QWidget, title: str, text: str, *, default_no: bool = False) -> bool:
    """Ask Yes/No before something irreversible; True for Yes. `default_no` makes Enter
    answer No (for questions where Yes is the slip)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    if default_no:
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    else:
        answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


FIT_ROWS = 25  # rows measured to fit a column: ResizeToContents measured every loaded row


def table_view(model: QAbstractItemModel, stretch: int | None = None, *, fit: bool = True,
               sortable: bool = False, one_row: bool = True, alternate: bool = False,
               wrap: bool = True) -> QTableView:
    """A list shown as a table: no row numbers; columns as wide as their contents (`fit`)
    with column `stretch` (default: the last) taking the room left; `one_row` selects a
    whole row at a time; `sortable` sorts by a click on a column title."""
    view = QTableView()
    view.setModel(model)
    if one_row:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(sortable)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    if fit:
        header.setResizeContentsPrecision(FIT_ROWS)  # measure a screenful, not every row
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns_once(view: QTableView) -> None:
    """Fit the columns now sized to their contents once, when the view is first on screen
    with rows (to their titles while it has none), and again only when a click sorts by
    another column; the user may drag them.

    For a table a search re-fills on every keystroke: ResizeToContents re-measured every
    column at each fill, a cost paid per letter typed (on a 10,000-member book). A title
    keeps room for the sort arrow only where the arrow is: Qt's hint keeps it on every
    column, which pushed the members page's last column off a 1366-pixel screen."""
    _ColumnFit(view)


class _ColumnFit(QObject):
    """`fit_columns_once`'s watcher; a child of the view, so it goes with it."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.fitted = False
        header = view.horizontalHeader()
        self.columns = [
            column for column in range(header.count())
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents]
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.model().modelReset.connect(self._first_rows)
        view.model().rowsInserted.connect(self._first_rows)
        header.sortIndicatorChanged.connect(self.fit)  # the arrow moves to another title
        view.installEventFilter(self)
        self._first_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._first_rows()
        return False

    def _first_rows(self) -> None:
        if not self.fitted and self.view.isVisible():
            self.fit()
            self.fitted = self.view.model().rowCount() > 0

    def fit(self) -> None:
        """Measured only on screen: a view not shown yet may measure short."""
        if not self.view.isVisible():
            return
        header = self.view.horizontalHeader()
        arrow = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        header.setSortIndicatorShown(False)
        titles = {column: header.sectionSizeHint(column) for column in self.columns}
        header.setSortIndicatorShown(arrow >= 0)
        if arrow in titles:
            titles[arrow] = header.sectionSizeHint(arrow)
        for column in self.columns:  # FIT_ROWS rows, as ResizeToContents did
            header.resizeSection(column, max(self.view.sizeHintForColumn(column),
                                             titles[column]))


def sorted_by(view: QTableView, column: int, order: Qt.SortOrder) -> QTableView:
    """`view` sorted by `column` from the start, and by a click on any column title."""
    view.horizontalHeader().setSortIndicator(column, order)
    view.setSortingEnabled(True)
    return view


def selected_row(view: QTableView):
    """The row object behind the selected line of a paged table, or None."""
    rows = view.selectionModel().selectedRows()
    return view.model().data(rows[0], ROW_ROLE) if rows else None
