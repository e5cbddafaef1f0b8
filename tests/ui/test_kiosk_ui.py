"""The member kiosk window: only her own data, lockout, and the return to the start."""

from __future__ import annotations

import pytest
from kiosk_book import TODAY, two_members
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
)

from desktop_app.db.models import Member
from desktop_app.services import passwords
from desktop_app.ui.kiosk import KioskWindow
from desktop_app.ui.session_flow import SessionWindow


@pytest.fixture
def people(session):
    return two_members(session)


@pytest.fixture
def kiosk(qtbot, book, people):
    window = KioskWindow(book, idle_ms=500, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.begin()
    return window


def log_in(window: KioskWindow, number: str, pin: str) -> None:
    window.number.setText(number)
    window.pin.setText(pin)
    window.ok_button.click()


def every_text(widget) -> str:
    """All text the window holds: labels, fields, buttons and every cell of every table."""
    texts = []
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QLineEdit):
        texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        texts.append(child.text())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        for column in range(model.columnCount()):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.data(index, role)))
    return "\n".join(texts)


def test_kiosk_shows_only_the_logged_in_members_data(kiosk, people, qtmodeltester):
    sri, dewi = people
    log_in(kiosk, sri.number, sri.pin)
    shown = every_text(kiosk)
    for hers in ("Sri Wahyuni", "A001", "Rp 100.000", "Rp 60.000", "Rp 257.500",
                 "Rp 417.500", "Rp 45.000", "Rp 436.000", "P-0001", "1.000.000", "218.000",
                 "Setoran sukarela"):
        assert hers in shown
    for not_hers in ("Dewi", "Kartika", "A002", "9.876.543", "P-0002", "Setoran Dewi",
                     "1.500.000", "545.000", dewi.pin, sri.pin):
        assert not_hers not in shown
    qtmodeltester.check(kiosk.movements_model)
    qtmodeltester.check(kiosk.loans_model)


def test_kiosk_has_no_menus_and_no_way_to_the_books(kiosk, people):
    sri, _ = people
    log_in(kiosk, sri.number, sri.pin)
    assert kiosk.findChildren(QMenuBar) == []
    assert kiosk.findChildren(QMainWindow) == []
    buttons = {b.text() for b in kiosk.findChildren(QAbstractButton) if b.isVisible()}
    assert buttons == {"Print my passbook page", "My trainings", "Done"}


def test_wrong_pin_shows_a_calm_message_and_no_data(kiosk, people):
    sri, dewi = people
    log_in(kiosk, sri.number, dewi.pin)
    assert kiosk.member_id is None and kiosk.view_page is None
    assert "does not match" in kiosk.message.text()
    assert kiosk.pin.text() == ""  # the PIN typed is never kept on screen


def test_wrong_pins_lock_the_member_number_in_the_window(kiosk, people):
    sri, _ = people
    for _ in range(passwords.FREE_TRIES):
        log_in(kiosk, sri.number, "000000")
    log_in(kiosk, sri.number, sri.pin)
    assert kiosk.member_id is None
    assert "too many wrong tries" in kiosk.message.text()


def test_keypad_types_the_pin(kiosk, people):
    sri, _ = people
    kiosk.number.setFocus()
    for key in sri.number[1:]:  # digits go to the field in use
        kiosk.press(key)
    assert kiosk.number.text() == "001"
    kiosk.number.setText(sri.number)
    kiosk.pin.setFocus()
    for key in sri.pin[:5] + "9⌫" + sri.pin[5]:  # a slip, corrected
        kiosk.press(key)
    assert kiosk.pin.text() == sri.pin
    kiosk.press("OK")
    assert kiosk.member_id == sri.id


def test_done_forgets_her_and_returns(kiosk, people, qtbot):
    sri, _ = people
    log_in(kiosk, sri.number, sri.pin)
    with qtbot.waitSignal(kiosk.finished, timeout=1000):
        next(b for b in kiosk.findChildren(QAbstractButton) if b.text() == "Done").click()
    assert kiosk.member_id is None
    qtbot.wait(1)  # let deleteLater run
    assert "Sri Wahyuni" not in every_text(kiosk) and "257.500" not in every_text(kiosk)


def test_idle_minute_returns_to_the_start_screen(qtbot, book, people):
    sri, _ = people
    window = SessionWindow(book, idle_lock_ms=10_000, kiosk_idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    window.start.kiosk_button.click()
    assert window.currentWidget() is window.kiosk
    assert window.kiosk.idle.timer.interval() == 60_000 and window.kiosk.idle.timer.isActive()
    window.kiosk.today = TODAY
    log_in(window.kiosk, sri.number, sri.pin)
    assert window.kiosk.member_id == sri.id
    window.kiosk.idle.timer.timeout.emit()  # a minute without a touch
    assert window.currentWidget() is window.start
    assert window.kiosk.member_id is None


def test_typing_keeps_the_kiosk_awake(kiosk, qtbot):
    qtbot.keyClicks(kiosk.number, "A0")
    assert kiosk.idle.timer.isActive()
    qtbot.wait(300)
    qtbot.keyClicks(kiosk.number, "01")
    assert kiosk.idle.timer.remainingTime() > 300
    with qtbot.waitSignal(kiosk.finished, timeout=2000):
        pass  # left alone, the short test timeout fires
    assert kiosk.number.text() == ""


def test_print_passbook_page_has_her_movements_only(kiosk, people):
    sri, _ = people
    printed = []
    kiosk.print_document = lambda html: printed.append(html) or True
    log_in(kiosk, sri.number, sri.pin)
    next(b for b in kiosk.findChildren(QAbstractButton)
         if b.text() == "Print my passbook page").click()
    (html,) = printed
    assert "Sri Wahyuni" in html and "257.500" in html and "417.500" in html
    assert "Dewi" not in html and "9.876.543" not in html
    assert "take your page" in kiosk.print_message.text()


def test_no_printer_says_so_calmly(kiosk, people):
    sri, _ = people
    kiosk.print_document = lambda html: False
    log_in(kiosk, sri.number, sri.pin)
    kiosk.print_passbook()
    assert "Ask the treasurer" in kiosk.print_message.text()


def test_keypad_ok_after_the_number_moves_to_the_pin_and_counts_no_try(kiosk, people):
    sri, _ = people
    kiosk.number.setFocus()
    for key in sri.number:
        kiosk.number.insert(key)
    kiosk.press("OK")
    assert kiosk.pin.hasFocus()
    assert kiosk.message.text() == ""  # no "does not match"
    kiosk.press("OK")  # OK again with no PIN typed: asked for, not tried
    assert kiosk.message.text() == "Now type your PIN."
    for key in sri.pin:
        kiosk.press(key)
    kiosk.press("OK")
    assert kiosk.member_id == sri.id
    with kiosk.book.session() as session:
        assert session.get(Member, sri.id).pin_failures == 0


def test_ok_without_a_member_number_asks_for_it(kiosk):
    kiosk.pin.setText("123456")
    kiosk.ok_button.click()
    assert kiosk.message.text() == "Type your member number first."
    assert kiosk.number.hasFocus() and kiosk.member_id is None


def test_the_number_hint_looks_like_this_books_numbers(kiosk, people):
    sri, dewi = people
    hint = kiosk.number.placeholderText()
    assert hint.startswith("for example ")
    example = hint.removeprefix("for example ")
    assert len(example) == len(sri.number) and example not in (sri.number, dewi.number)
