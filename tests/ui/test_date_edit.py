"""The one date field: dates typed as people type them, blank birth dates, calendars in
the UI language near a sensible date, and the question before posting in the future."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget

from desktop_app.i18n import set_language
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date

TODAY = date(2026, 12, 1)


@pytest.fixture
def form(qtbot):
    """A window with a date field, an optional (birth) date field and another field."""
    window = QWidget()
    layout = QVBoxLayout(window)
    window.on = DateEdit(TODAY, today=TODAY)
    window.birth = DateEdit(optional=True, today=TODAY)
    window.other = QLineEdit()
    for widget in (window.on, window.birth, window.other):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(qtbot, field: DateEdit, text: str, leave=Qt.Key.Key_Return) -> None:
    field.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, leave)


@pytest.mark.parametrize("typed", ["28/11/2026", "28-11-2026", "28112026", "28/11/26"])
def test_typing_a_date_gives_that_date(form, qtbot, typed):
    type_into(qtbot, form.on, typed)
    assert form.on.date() == QDate(2026, 11, 28)
    assert form.on.text() == "28/11/2026"


def test_leaving_the_field_with_tab_or_a_click_reads_it_too(form, qtbot):
    type_into(qtbot, form.on, "5/1/2026", leave=Qt.Key.Key_Tab)
    assert form.on.value() == date(2026, 1, 5)
    form.on.line.setFocus()
    form.on.line.selectAll()
    qtbot.keyClicks(form.on.line, "6/1/2026")
    form.other.setFocus()
    assert form.on.value() == date(2026, 1, 6)


def test_a_text_that_is_no_date_is_refused_and_the_date_stays(form, qtbot):
    type_into(qtbot, form.on, "31/02/2026")
    assert form.on.value() == TODAY and form.on.text() == "01/12/2026"
    assert form.on.refusal == "'31/02/2026' is not a date (write it as 21/03/2025)"
    assert form.on.line.toolTip() == form.on.refusal
    type_into(qtbot, form.on, "2/2/2026")
    assert form.on.refusal == "" and form.on.value() == date(2026, 2, 2)


def test_a_birth_date_can_be_typed_and_cleared_again(form, qtbot):
    assert form.birth.value() is None and form.birth.text() == ""
    type_into(qtbot, form.birth, "17/08/65")
    assert form.birth.value() == date(1965, 8, 17)
    form.birth.line.selectAll()
    qtbot.keyClick(form.birth.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.birth.line, Qt.Key.Key_Return)
    assert form.birth.value() is None and form.birth.text() == ""


def test_up_and_down_step_one_day(form, qtbot):
    form.on.setFocus()
    qtbot.keyClick(form.on.line, Qt.Key.Key_Up)
    assert form.on.value() == date(2026, 12, 2)
    qtbot.keyClick(form.on.line, Qt.Key.Key_Down)
    qtbot.keyClick(form.on.line, Qt.Key.Key_Down)
    assert form.on.value() == date(2026, 11, 30)


def test_calendars_open_near_a_sensible_date(form):
    form.birth.show_calendar()
    calendar = form.birth.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (1991, 12)
    calendar.hide()
    form.on.setDate(date(2025, 3, 9))
    form.on.show_calendar()
    assert form.on.calendar.selectedDate() == QDate(2025, 3, 9)
    form.on.calendar.clicked.emit(QDate(2025, 3, 10))
    assert form.on.value() == date(2025, 3, 10) and not form.on.calendar.isVisible()


def test_the_calendar_speaks_indonesian_and_shows_every_week_row(qtbot):
    set_language("id")
    field = DateEdit(date(2026, 11, 28))
    qtbot.addWidget(field)
    field.show()
    field.show_calendar()
    locale = field.calendar.locale()
    assert locale.dayName(1) == "Senin" and locale.monthName(1) == "Januari"
    assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert field.calendar.height() > field.calendar.sizeHint().height()
    field.calendar.hide()


def test_a_posting_date_after_today_asks_and_no_means_no(monkeypatch, qtbot):
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert confirm_posting_date(parent, TODAY, today=TODAY)
    assert confirm_posting_date(parent, date(2026, 11, 28), today=TODAY)
    assert asked == []
    assert not confirm_posting_date(parent, date(2026, 12, 28), today=TODAY)
    assert asked == ["The date 28/12/2026 is 27 day(s) after today (01/12/2026). "
                     "Post it on that date anyway?"]
