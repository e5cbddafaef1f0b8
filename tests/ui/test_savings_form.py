"""The meeting entry form: member, amount, Enter, next member — and refusals inline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry
from desktop_app.domain.savings import SavingsType
from desktop_app.services import members, reversals, savings, settings
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.services.members import MemberInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.documents.receipts import receipt_html
from desktop_app.ui.pages.savings import WITHDRAW, SavingsPage


@pytest.fixture
def people(session):
    ids = [
        members.create_member(session, MemberInput("0001", "Siti Aminah", date(2024, 1, 5))),
        members.create_member(session, MemberInput("0002", "Nur Hasanah", date(2024, 1, 5))),
    ]
    session.rollback()
    return ids


@pytest.fixture
def page(qtbot, book, people):
    widget = SavingsPage(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def choose(page, qtbot, text: str) -> None:
    page.picker.setFocus()
    qtbot.keyClicks(page.picker, text)
    page.picker.completer().popup().hide()
    qtbot.keyClick(page.picker, Qt.Key.Key_Return)


def entries(session) -> int:
    count = session.scalar(select(func.count(JournalEntry.id)))
    session.rollback()
    return count


def test_enter_posts_shows_the_new_balance_and_returns_to_the_member(page, qtbot, session, people):
    page.action.setCurrentIndex(page.action.findData(SavingsType.SUKARELA))
    choose(page, qtbot, "0001")
    assert page.amount.hasFocus()
    assert page.member_title.text().startswith("0001 — Siti Aminah")
    qtbot.keyClicks(page.amount, "50.000")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert page.balance_labels["sukarela"].text() == "Rp 50.000"
    number = f"SP-{date.today().year}-00001"  # the first receipt of the year, not an id
    assert f"Posted receipt no. {number}: Siti Aminah" in page.message.text()
    assert page.recent.index(0, 0).data() == number
    assert page.receipt_button._name() == f"kwitansi-{number}.pdf"
    assert page.picker.text() == "" and page.picker.hasFocus()
    assert page.receipt_button.isEnabled()
    assert page.recent.rowCount() == 1 and page.recent.index(0, 3).data() == "Siti Aminah"
    assert savings.savings_balances(session, people[0]).sukarela == 50_000
    session.rollback()


def test_wajib_for_three_months_by_name(page, qtbot, session, people):
    choose(page, qtbot, "Hasanah")
    page.months.setValue(3)
    assert page.amount.text() == "60.000"
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert page.balance_labels["wajib"].text() == "Rp 60.000"
    assert savings.savings_balances(session, people[1]).wajib == 60_000
    session.rollback()


@pytest.mark.parametrize(
    ("action", "amount", "message"),
    [
        (WITHDRAW, "10.000", "withdraw at most"),
        (SavingsType.SUKARELA, "0", "above zero"),
        (SavingsType.SUKARELA, "abc", "not an amount"),
        (SavingsType.POKOK, "5.000", "exactly"),
    ],
)
def test_refusals_are_shown_inline_and_nothing_is_posted(page, qtbot, session, action, amount,
                                                         message):
    page.action.setCurrentIndex(page.action.findData(action))
    choose(page, qtbot, "0001")
    page.amount.setText(amount)
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert message in page.message.text()
    assert entries(session) == 0
    assert page.picker.chosen().number == "0001"  # the form keeps what was typed


def test_unknown_member_is_refused(page, qtbot, session):
    choose(page, qtbot, "9999")
    assert "No active member matches" in page.message.text()
    page.post()  # posting says the same: the member is still unknown
    assert page.message.text() == "No active member matches '9999'."
    page.picker.clear()
    page.post()
    assert page.message.text() == "Choose a member first (type her number or name)."
    assert entries(session) == 0


def test_receipt_has_amount_in_words_and_reversal_updates_the_list(page, qtbot, session, people):
    page.action.setCurrentIndex(page.action.findData(SavingsType.SUKARELA))
    choose(page, qtbot, "0002")
    page.amount.setText("12.300.000")
    page.post()
    html = page._last_receipt()
    assert "Dua belas juta tiga ratus ribu rupiah" in html and "Nur Hasanah" in html
    entry_id = page.last_entry_id
    with page.ctx.session() as s:
        assert receipt_html(savings.receipt(s, entry_id)) == html
    with page.ctx.session() as s:
        reversals.reverse(s, entry_id, date.today(), "salah anggota")
    page.reload_recent()
    assert page.recent.index(0, 6).data() == "Reversed"


def test_picking_from_the_completer_moves_on_to_the_amount(page, qtbot):
    page.picker.setFocus()
    qtbot.keyClicks(page.picker, "hasan")
    popup = page.picker.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(page.amount.hasFocus, timeout=2000)
    assert page.picker.chosen().name == "Nur Hasanah"
    assert page.member_title.text().startswith("0002 — Nur Hasanah")


def test_reverse_button_opens_the_shared_dialog_showing_the_entry(page, qtbot, session,
                                                                  people, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.dialogs import reversal

    page.action.setCurrentIndex(page.action.findData(SavingsType.SUKARELA))
    choose(page, qtbot, "0002")
    page.amount.setText("75.000")
    page.post()
    page.recent_view.setCurrentIndex(page.recent.index(0, 0))
    seen = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)

    def fill_in(dialog):
        seen.append(dialog.findChild(reversal.QLabel).text())
        dialog.save()  # no reason yet: refused inline
        seen.append(dialog.problem.text())
        dialog.reason.setText("salah anggota")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(reversal.ReverseDialog, "exec", fill_in)
    before = entries(session)
    page._reverse()
    assert "Nur Hasanah" in seen[0] and "Rp 75.000" in seen[0]
    assert "Give a reason" in seen[1]
    assert entries(session) == before + 1
    assert page.recent.index(0, 6).data() == "Reversed"


def test_the_meeting_date_is_typed_day_first_and_shown_at_the_top(page, qtbot):
    assert page.on.value() == date.today()
    page.on.setFocus()
    page.on.line.selectAll()
    qtbot.keyClicks(page.on.line, "28/11/2026")
    qtbot.keyClick(page.on.line, Qt.Key.Key_Return)
    assert page.on.value() == date(2026, 11, 28)
    form = page.on.parentWidget().layout().itemAt(0)  # the first row of the entry form
    assert form.widget().text() == "Meeting date"


def test_a_date_after_today_asks_before_each_posting(page, qtbot, session, people,
                                                     monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
               QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    later = date.today() + timedelta(days=30)
    page.on.setDate(later)
    assert page.date_note.text() == "later than today: each posting asks first"
    choose(page, qtbot, "0001")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert page.message.text() == (
        f"Not posted: the date {later:%d/%m/%Y} is later than today.")
    assert entries(session) == 0 and page.on.hasFocus()  # to correct the date
    page.amount.setFocus()  # or keep it: she is still chosen
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert "Posted receipt no." in page.message.text() and entries(session) == 1
    choose(page, qtbot, "0002")  # the next member: asked again, not silently kept
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert page.message.text().startswith("Not posted") and entries(session) == 1


def test_a_name_many_members_share_lists_them_to_pick_from(page, qtbot, session):
    for number in range(3, 9):
        members.create_member(session, MemberInput(f"00{number:02d}", f"Hasnah {number}",
                                                   date(2024, 1, 5)))
    session.rollback()
    choose(page, qtbot, "Hasnah")
    assert page.message.text() == "6 members match 'Hasnah': choose one from the list."
    popup = page.picker.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 6
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.amount.hasFocus())
    assert page.member_title.text().startswith("0003 — Hasnah 3")


def test_a_name_nobody_has_says_so(page, qtbot):
    choose(page, qtbot, "Zulaikha")
    assert page.message.text() == "No active member matches 'Zulaikha'."


def change_profile(session, **amounts) -> None:
    settings.save_profile(session, replace(settings.get_profile(session), **amounts))


def test_a_pokok_amount_changed_in_settings_is_what_the_open_page_posts(
        page, qtbot, session, people):
    page.action.setCurrentIndex(page.action.findData(SavingsType.POKOK))
    assert page.amount.text() == "100.000"
    change_profile(session, pokok_amount=150_000, wajib_amount=25_000)
    page.refresh()  # the treasurer comes back to the page from Settings
    assert page.amount.text() == "150.000"
    choose(page, qtbot, "0001")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert "Posted receipt no." in page.message.text() and not page.message.is_error
    assert savings.savings_balances(session, people[0]).pokok == 150_000
    session.rollback()
    page.action.setCurrentIndex(page.action.findData(SavingsType.WAJIB))
    page.months.setValue(2)
    assert page.amount.text() == "50.000"  # 2 × the new wajib amount


def test_the_old_pokok_amount_is_still_refused_after_the_change(page, qtbot, session, people):
    change_profile(session, pokok_amount=150_000)
    page.action.setCurrentIndex(page.action.findData(SavingsType.POKOK))
    choose(page, qtbot, "0001")
    page.amount.setText("100.000")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    assert page.message.is_error
    assert page.message.text() == "Simpanan Pokok is Rp 150.000; enter exactly that amount."
    assert savings.savings_balances(session, people[0]).pokok == 0
    session.rollback()
