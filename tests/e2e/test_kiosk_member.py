"""A member at the kiosk in a real window, in Indonesian and in English: wrong PINs are
refused, her PIN shows her balances, printing says what happened, and the screen returns
to the start by itself when she walks away. Run through tests/e2e/test_real_window.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.db.book import open_book
from desktop_app.i18n import set_language, tr
from desktop_app.services.demo.users import DEMO_PIN
from desktop_app.ui.session_flow import SessionWindow
from desktop_app.ui.translator import install_translators
from tests.e2e.drive import Day, QtWatch, click, type_into, wait_until

IDLE_MS = 3000  # the kiosk's idle return, shortened for the test (60 s in the app)


@pytest.fixture(params=["id", "en"])
def language(request):
    set_language(request.param)
    install_translators(QApplication.instance(), request.param)
    yield request.param
    set_language("en")
    install_translators(QApplication.instance(), "en")


def keypad_key(kiosk, digit: str):
    """The keypad's button for a digit, once the PIN page shows it (slow on a busy machine)."""
    def visible():
        return next((b for b in kiosk.findChildren(type(kiosk.ok_button))
                     if b.text() == digit and b.isVisible()), None)
    wait_until(visible, 10, f"the keypad's {digit}")
    return visible()


def test_a_member_checks_her_balance(qtbot, book_path, language):
    watch = QtWatch()
    book = open_book(book_path)
    with watch.installed():
        day = Day(watch, f"kiosk-{language}")
        window = SessionWindow(book, kiosk_idle_ms=IDLE_MS)
        window.resize(1366, 740)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        kiosk = window.kiosk
        with day.step("open the kiosk"):
            click(window.start.kiosk_button)
            assert window.currentWidget() is kiosk
        with day.step("wrong PINs are refused"):
            for wrong in ("135790", "975310"):
                type_into(kiosk.number, "0001", enter=True)
                for digit in wrong:
                    click(keypad_key(kiosk, digit))
                click(kiosk.ok_button)
                assert kiosk.message.text(), "a wrong PIN says so"
                assert kiosk.view_page is None
        with day.step("her PIN shows her balances"):
            type_into(kiosk.number, "0001", enter=True)
            type_into(kiosk.pin, DEMO_PIN, enter=True)
            wait_until(lambda: kiosk.view_page is not None, 10, "her balances")
            shown = " ".join(label.text() for label in kiosk.view_page.findChildren(
                type(kiosk.message)))
            assert tr("Total savings") in shown and "Rp" in shown
        with day.step("print"):
            printing = next(b for b in kiosk.view_page.findChildren(type(kiosk.ok_button))
                            if b.text() == tr("Print my passbook page"))
            wait_until(printing.isVisible, 10, "the print button")
            click(printing)
            assert kiosk.print_message.text() in (
                tr("Printing… please take your page from the printer."),
                tr("No printer is ready. Ask the treasurer to print your passbook."))
        with day.step("idle return"):
            wait_until(lambda: window.currentWidget() is window.start, IDLE_MS / 1000 + 10,
                       "the start screen after idle time")
            assert kiosk.view_page is None and kiosk.member_id is None
        day.write_times()
    window.close()
    window.deleteLater()
    book.close()
