"""The one date field of the app, and the question asked before posting on a future date.

Qt's QDateEdit edits a date section by section: a typed `/` jumped over a section, so
`28/11/2026` became 28/12/2026, and an empty birth date could not be typed at all. This
field is a line of text read by `domain.dates.parse_typed_date` when it is left (Enter,
Tab, a click elsewhere), so `28/11/2026`, `28-11-2026`, `28112026` and `28/11/26` all give
the 28th of November. Up/Down change the day, the button opens a calendar in the UI
language that starts near a sensible date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from desktop_app.domain.dates import DateError, format_date, parse_typed_date
from desktop_app.i18n import language, tr
from desktop_app.ui.widgets.forms import ERROR, confirm, set_state, to_qdate

EARLIEST = QDate(1900, 1, 1)
LATEST = QDate(9999, 12, 31)
BIRTH_YEARS_BACK = 35  # an empty optional date (a birth date) opens its calendar here


def ui_locale() -> QLocale:
    """Day and month names of the UI language (Senin, Januari … in Indonesian)."""
    if language() == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class DateEdit(QWidget):
    """A dd/mm/yyyy field with a calendar button; an `optional` one may be left blank.

    The API follows QDateEdit (`date`, `setDate`, `dateChanged`, minimum/maximum) so the
    forms read it the same way; `value()` is the Python date (None when blank). `today`
    is where an empty field's calendar opens (tests fix it)."""

    dateChanged = Signal(QDate)

    def __init__(self, value: date | QDate | None = None, *, optional: bool = False,
                 today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self._today = today
        self._date: QDate | None = None
        self._minimum, self._maximum = EARLIEST, LATEST
        self.refusal = ""  # why the last typed text was refused, shown as a tooltip
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("dd/mm/yyyy"))
        self.line.setMaxLength(20)
        self.line.editingFinished.connect(self.commit)
        self.line.textEdited.connect(lambda _text: self._mark(None))
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(tr("Choose on a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00/00/0000") + 18)
        self.setMaximumWidth(self.line.minimumWidth() + 90)
        if value is not None:
            self.setDate(to_qdate(value))
        elif not optional:
            self.setDate(to_qdate(self.today()))

    def today(self) -> date:
        return self._today or date.today()

    # -- QDateEdit's API
    def date(self) -> QDate:
        """The date shown (text still being typed is read first); a blank optional
        field answers an invalid QDate."""
        self.commit()
        return QDate(self._date) if self._date is not None else QDate()

    def setDate(self, value: date | QDate | None) -> None:
        new = None if value is None else to_qdate(value)
        if new is not None:
            new = max(self._minimum, min(self._maximum, new))
        elif not self.optional:
            return
        changed = new != self._date
        self._date = new
        self._show()
        if changed and new is not None:
            self.dateChanged.emit(QDate(new))

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def setMinimumDate(self, value: date | QDate) -> None:
        self._minimum = to_qdate(value)
        if self._date is not None and self._date < self._minimum:
            self.setDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def setMaximumDate(self, value: date | QDate) -> None:
        self._maximum = to_qdate(value)
        if self._date is not None and self._date > self._maximum:
            self.setDate(self._maximum)

    def text(self) -> str:
        return self.line.text()

    def value(self) -> date | None:
        """The Python date shown, or None for an optional field left blank."""
        self.commit()
        return self._date.toPython() if self._date is not None else None

    # -- typing
    def commit(self) -> bool:
        """Read the typed text. A text that is no date is refused: the field turns red,
        a tooltip says how to write it, and the previous date stays. False then."""
        text = self.line.text().strip()
        if text == self._shown_text():
            return True
        if not text and self.optional:
            self._mark(None)
            self.setDate(None)
            return True
        try:
            typed = to_qdate(parse_typed_date(text, self.today()))
            if not self._minimum <= typed <= self._maximum:
                raise DateError(tr("{date} is outside {first} … {last}",
                                   date=format_date(typed.toPython()),
                                   first=format_date(self._minimum.toPython()),
                                   last=format_date(self._maximum.toPython())))
        except DateError as refusal:
            self._mark(str(refusal))
            self._show()
            return False
        self._mark(None)
        self.setDate(typed)
        return True

    def eventFilter(self, watched, event) -> bool:
        """Up/Down step a day (Page Up/Down a month); Alt+Down or F4 open the calendar."""
        if watched is self.line and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.show_calendar()
                return True
            steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                     Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
            if key in steps and self.commit():
                days, months = steps[key]
                start = self._date or to_qdate(self.today())
                self.setDate(start.addDays(days).addMonths(months))
                return True
        return super().eventFilter(watched, event)

    def _shown_text(self) -> str:
        return format_date(self._date.toPython()) if self._date is not None else ""

    def _show(self) -> None:
        self.line.setText(self._shown_text())

    def _mark(self, refusal: str | None) -> None:
        self.refusal = refusal or ""
        set_state(self.line, ERROR if refusal else "")
        self.line.setToolTip(self.refusal)
        if refusal and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), refusal, self.line)

    # -- the calendar
    def show_calendar(self) -> None:
        """A calendar in the UI language at the shown date, or near a sensible one: today,
        or ~35 years ago for an empty optional date (a birth date), not January 1900."""
        self.commit()
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setLocale(ui_locale())
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        self.calendar.setDateRange(self._minimum, self._maximum)
        if self._date is not None:
            self.calendar.setSelectedDate(self._date)
        else:
            near = self.today()
            years_back = BIRTH_YEARS_BACK if self.optional else 0
            self.calendar.setCurrentPage(near.year - years_back, near.month)
        hint = self.calendar.sizeHint()
        # room for all six week rows: a popup at the bare hint cut the last one off
        self.calendar.resize(hint.width() + 40, hint.height() + 40)
        self.calendar.move(self._popup_position())
        self.calendar.show()
        self.calendar.setFocus()

    def _popup_position(self) -> QPoint:
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        size = self.calendar.size()
        x = min(below.x(), screen.right() - size.width())
        y = below.y() if below.y() + size.height() <= screen.bottom() \
            else self.mapToGlobal(QPoint(0, 0)).y() - size.height()
        return QPoint(max(screen.left(), x), max(screen.top(), y))

    def _picked(self, picked: QDate) -> None:
        self.calendar.hide()
        self._mark(None)
        self.setDate(picked)
        self.line.setFocus()


def confirm_posting_date(parent: QWidget, on: date, today: date | None = None) -> bool:
    """True unless `on` is later than today and the user does not confirm it.

    Every posting form asks this before it posts: a month or a year typed one too far is
    the usual slip, and a posting in the future would otherwise go through silently."""
    today = today or date.today()
    if on <= today:
        return True
    return confirm(
        parent, tr("Date later than today"),
        tr("The date {date} is {days} day(s) after today ({today}). Post it on that "
           "date anyway?", date=format_date(on), days=(on - today).days,
           today=format_date(today)),
        default_no=True)
