"""Every widget of every page and dialog is owned by its Qt parent alone (see
tests/qt_ownership.py for the crash this prevents), and a loan dialog opened, closed and
garbage-collected leaves the app alive."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desktop_app.db.models import JournalEntry, Loan, MarketDay, Member, Product
from desktop_app.services import demo, market_days
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.ui.consolidation_window import ConsolidationWindow
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.cash_entry_dialog import CashEntryDialog
from desktop_app.ui.dialogs.exit_dialog import ExitDialog
from desktop_app.ui.dialogs.loan_application_dialog import LoanApplicationDialog
from desktop_app.ui.dialogs.loan_simulator import LoanSimulatorDialog
from desktop_app.ui.dialogs.member_dialog import GroupsDialog, MemberDialog
from desktop_app.ui.dialogs.new_book_wizard import NewBookWizard
from desktop_app.ui.dialogs.product_dialog import ProductDialog
from desktop_app.ui.dialogs.repayment_dialog import RepaymentDialog
from desktop_app.ui.dialogs.reversal import ReverseDialog
from desktop_app.ui.dialogs.settlement_dialog import SettlementDialog
from desktop_app.ui.dialogs.stock_count_dialog import StockCountDialog
from desktop_app.ui.dialogs.stock_movement_dialog import StockMovementDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.pages.market_day import MarketDaySalesForm, SummaryDialog
from desktop_app.ui.pages.member_detail import MemberDetailDialog
from desktop_app.ui.pages.users_tab import AddUserDialog, PasswordDialog
from desktop_app.ui.session_flow import SessionWindow
from tests.qt_ownership import doubly_owned

TODAY = date(2025, 6, 15)


@pytest.fixture(scope="module")
def demo_book():
    from desktop_app.services.books import DEFAULT_PROFILE, create_book
    from desktop_app.services.context import set_actor

    book = create_book(None, DEFAULT_PROFILE)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        demo.generate(session, members=12, years=1, seed=4, today=TODAY)
    yield book
    book.close()


@pytest.fixture
def window(qtbot, demo_book):
    window = MainWindow(AppContext(demo_book, SYSTEM_ACTOR))
    qtbot.addWidget(window)
    return window


def test_every_page_s_widgets_are_owned_by_qt_alone(qtbot, window, demo_book):
    for key in window.page_keys:
        window.show_page(key)
    assert doubly_owned(window) == []
    shared_pc = SessionWindow(demo_book)  # start screen, kiosk, first-user screen
    qtbot.addWidget(shared_pc)
    assert doubly_owned(shared_pc) == []


def _first(session, column, *where):
    return session.scalars(select(column).where(*where).limit(1)).first()


def test_every_dialog_s_widgets_are_owned_by_qt_alone(window, demo_book, tmp_path):
    ctx = window.ctx
    with demo_book.session() as s:
        member = _first(s, Member.id, Member.status == "active")
        loan = _first(s, Loan.id, Loan.status == "active")
        product = _first(s, Product.id)
        entry = s.get(JournalEntry, _first(s, JournalEntry.id))
        market_day = _first(s, MarketDay.id)
        summary = market_days.market_day_summary(s, market_day)
    dialogs = [
        CashEntryDialog(ctx, "in", window), ExitDialog(ctx, member, TODAY, window),
        LoanApplicationDialog(ctx, window), LoanSimulatorDialog(ctx, window),
        MemberDialog(ctx, member, window), GroupsDialog(ctx, window),
        NewBookWizard(tmp_path / "new.sqlite3", window), ProductDialog(ctx, product, window),
        RepaymentDialog(ctx, loan, window),
        ReverseDialog(ctx, entry.id, entry.date, "entry", window),
        SettlementDialog(ctx, member, window), StockCountDialog(ctx, window),
        StockMovementDialog(ctx, product, window), LoanDetailDialog(ctx, loan, window, TODAY),
        MarketDaySalesForm(ctx, market_day, window), SummaryDialog(summary, 0, window),
        MemberDetailDialog(ctx, member, window), AddUserDialog(ctx, window),
        PasswordDialog(ctx, "bendahara", own=False, parent=window),
        ConsolidationWindow(window),
    ]
    assert {type(d).__name__: doubly_owned(d) for d in dialogs} == {
        type(d).__name__: [] for d in dialogs}


def test_a_loan_opened_closed_and_collected_leaves_the_app_alive(qtbot, window):
    """The crash of issue 12: open a loan, close it, and a garbage collection later the
    process died ("shared QObject was deleted directly")."""
    page = window.show_page("loans")
    for row in range(3):
        page.table.selectRow(row)
        QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
        page.open_selected()
        gc.collect()
        qtbot.wait(10)  # the closed dialog is deleted, not kept hidden under the page
        gc.collect()
    assert not [d for d in page.children() if isinstance(d, QDialog)]
