"""The cash book page: what the treasurer sees, posts and reverses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import BEBAN_OPERASIONAL, KAS, PENDAPATAN_ADMIN
from desktop_app.domain.roles import Role
from desktop_app.domain.savings import SavingsType
from desktop_app.services import ledger, members, savings
from desktop_app.services.cashbook import CashMovement, Direction, post_cash_movement
from desktop_app.services.context import Actor
from desktop_app.services.members import MemberInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.cash_entry_dialog import CashEntryDialog
from desktop_app.ui.dialogs.reversal import ReverseDialog
from desktop_app.ui.models.paged import PAGE_SIZE
from desktop_app.ui.pages.cashbook import CashbookPage

TODAY = date(2025, 6, 15)
TREASURER = Actor("sri", Role.TREASURER, "Sri")


@pytest.fixture
def ctx(book):
    return AppContext(book, TREASURER)


@pytest.fixture
def filled(session):
    post_cash_movement(session, CashMovement(date(2025, 5, 2), Direction.IN, "3301", 2_000_000, "Hibah LSM"))
    post_cash_movement(session, CashMovement(date(2025, 6, 3), Direction.OUT, BEBAN_OPERASIONAL,
                                             150_000, "ATK rapat"))
    post_cash_movement(session, CashMovement(date(2025, 6, 10), Direction.IN, PENDAPATAN_ADMIN,
                                             25_000, "Biaya admin"))
    return session


@pytest.fixture
def page(qtbot, ctx, filled):
    page = CashbookPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    return page


def shown(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def entries(session):
    """Count entries and end the read (the in-memory book shares one connection)."""
    count = session.scalar(select(func.count(JournalEntry.id)))
    session.commit()
    return count


def test_this_months_cash_with_opening_and_closing_figures(page, qtmodeltester):
    qtmodeltester.check(page.model)
    assert page.period.currentText() == "This month"
    assert shown(page, 3) == ["Biaya admin", "ATK rapat"]
    assert shown(page, 0) == ["10/06/2025", "03/06/2025"]
    assert shown(page, 2) == ["Other income", "Expense"]
    assert shown(page, 5) == ["25.000", ""] and shown(page, 6) == ["", "150.000"]
    assert page.opening.text() == "Cash at the start: Rp 2.000.000"
    assert page.closing.text() == "Cash at the end: Rp 1.875.000"
    assert page.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "4102 Pendapatan Administrasi"


def test_filters_by_period_kind_and_search(page):
    page.period.setCurrentIndex(page.period.findText("Everything"))
    assert page.model.rowCount() == 3 and page.opening.text() == "Cash at the start: Rp 0"
    page.kind.setCurrentIndex(page.kind.findData("grant"))
    assert shown(page, 3) == ["Hibah LSM"]
    page.kind.setCurrentIndex(0)
    page.search.setText("atk")
    page.refresh()  # the search box waits for typing to pause
    assert shown(page, 3) == ["ATK rapat"]


def test_editing_a_date_switches_to_chosen_dates(page):
    page.date_from.setDate(QDate(2025, 5, 1))
    assert page.period.currentText() == "Chosen dates"
    assert shown(page, 3) == ["Biaya admin", "ATK rapat", "Hibah LSM"]
    assert page.filters().date_from == date(2025, 5, 1)


def test_cash_in_dialog_posts_and_the_page_shows_it(page, ctx, filled, qtbot, monkeypatch):
    def fill_and_save(dialog):
        dialog.account.setCurrentIndex(dialog.account.findData(PENDAPATAN_ADMIN))
        dialog.amount.setText("Rp 7.500")
        dialog.description.setText("Biaya buku anggota")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CashEntryDialog, "exec", fill_and_save)
    entry_id = page.post(Direction.IN)
    assert entry_id is not None
    assert shown(page, 3)[0] == "Biaya buku anggota" and shown(page, 5)[0] == "7.500"
    assert page.closing.text() == "Cash at the end: Rp 1.882.500"
    assert ledger.account_balance(filled, KAS) == 1_882_500


@pytest.mark.parametrize(
    ("amount", "description", "message"),
    [("lima ribu", "x", "Amount: 'lima ribu' is not an amount"), ("", "x", "Enter an amount"),
     ("5.000", "", "what the money was for"), ("9.000.000", "x", "only Rp 1.875.000 in cash")],
)
def test_cash_out_dialog_refuses_bad_input_and_posts_nothing(qtbot, ctx, filled, amount,
                                                             description, message):
    dialog = CashEntryDialog(ctx, Direction.OUT, today=TODAY)
    qtbot.addWidget(dialog)
    before = entries(filled)
    dialog.amount.setText(amount)
    dialog.description.setText(description)
    dialog.save()
    assert message in dialog.problem.text()
    assert dialog.result() != CashEntryDialog.DialogCode.Accepted
    assert entries(filled) == before


def test_cash_out_defaults_to_operating_costs_and_today(qtbot, ctx, filled):
    dialog = CashEntryDialog(ctx, Direction.OUT, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.account.currentData() == BEBAN_OPERASIONAL
    assert dialog.on.date().toPython() == TODAY
    assert dialog.windowTitle() == "Cash out"


def test_reversing_the_selected_entry_after_confirmation(page, filled, monkeypatch):
    page.table.selectRow(1)  # ATK rapat
    assert page.reverse.isEnabled()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))

    def give_reason(dialog):
        dialog.save()
        assert "Give a reason" in dialog.problem.text()
        dialog.reason.setText("Tercatat dua kali")
        dialog.save()  # answered No: nothing happens
        assert dialog.reversal_id is None
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReverseDialog, "exec", give_reason)
    reversal = page.reverse_selected()
    assert reversal is not None
    assert shown(page, 7)[0] == "Reverses no. 2"
    assert shown(page, 7)[shown(page, 1).index("2")] == "Reversed"
    assert ledger.account_balance(filled, KAS) == 2_025_000
    reversed_row = shown(page, 1).index("2")
    assert page.model.index(reversed_row, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    page.table.selectRow(reversed_row)
    assert not page.reverse.isEnabled()  # already reversed
    page.table.selectRow(0)
    assert not page.reverse.isEnabled()  # a reversal is not reversed


def test_a_reversal_refused_by_the_books_shows_why(qtbot, ctx, filled, monkeypatch):
    from desktop_app.services import settings
    from desktop_app.services.context import transaction

    with transaction(filled):
        settings.set_closed_through(filled, date(2025, 6, 30))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    dialog = ReverseDialog(ctx, 2, date(2025, 6, 3), "ATK rapat", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.reason.setText("salah")
    dialog.save()
    assert "closed through 30/06/2025" in dialog.problem.text()
    assert dialog.reversal_id is None


def test_read_only_roles_see_no_posting_buttons(qtbot, book, filled):
    page = CashbookPage(AppContext(book, Actor("ani", Role.AUDITOR)), today=TODAY)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    assert all(b.isHidden() for b in (page.cash_in, page.cash_out, page.reverse))


def test_a_long_cash_book_loads_in_pages(qtbot, ctx, session):
    writer = ledger.Posting(session, "test")
    from desktop_app.domain.journal import EntryDraft, credit, debit
    from desktop_app.services.context import transaction

    with transaction(session):
        writer.add_all(
            EntryDraft(date(2025, 6, 1 + n % 14), "income", f"admin {n}",
                       [debit(KAS, 100), credit(PENDAPATAN_ADMIN, 100)])
            for n in range(PAGE_SIZE * 2 + 10)
        )
        writer.finish()
    page = CashbookPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    assert page.model.rowCount() == PAGE_SIZE and page.model.total() == PAGE_SIZE * 2 + 10
    while page.model.canFetchMore():
        page.model.fetchMore()
    numbers = [int(n) for n in shown(page, 1)]
    assert len(set(numbers)) == PAGE_SIZE * 2 + 10
    dates = [page.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(len(numbers))]
    assert dates == sorted(dates, reverse=True)


def test_cash_on_a_date_after_today_is_posted_only_when_confirmed(qtbot, ctx, filled,
                                                                  monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    dialog = CashEntryDialog(ctx, Direction.IN)
    qtbot.addWidget(dialog)
    dialog.on.setDate(date.today() + timedelta(days=1))
    dialog.amount.setText("5.000")
    dialog.description.setText("Iuran")
    before = entries(filled)
    dialog.save()
    assert entries(filled) == before and dialog.entry_id is None
    dialog.save()
    assert entries(filled) == before + 1 and dialog.entry_id is not None


def test_a_members_cash_row_names_her(qtbot, ctx, filled):
    siti = members.create_member(filled, MemberInput("0007", "Siti Aminah", date(2025, 1, 5)))
    savings.deposit(filled, siti, SavingsType.SUKARELA, 50_000, date(2025, 6, 12))
    page = CashbookPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    assert shown(page, 3)[0].endswith(" — 0007 Siti Aminah")
    assert shown(page, 3)[1:] == ["Biaya admin", "ATK rapat"]  # no member, no name
