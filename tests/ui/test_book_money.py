"""Amounts on screen are written the way the open book writes money: a book kept in a
currency with two decimal digits shows (and reads) cents everywhere, not whole rupiah."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_app.domain.savings import SavingsType
from desktop_app.services import savings
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.services.members import MemberInput, create_member
from desktop_app.ui.context import AppContext, Money
from desktop_app.ui.dialogs.loan_simulator import LoanSimulatorDialog
from desktop_app.ui.dialogs.repayment_dialog import RepaymentDialog
from desktop_app.ui.pages.dashboard import DashboardPage
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.pages.member_detail import MemberDetailDialog
from tests.loan_book import add_member, add_product, running_loan


@pytest.fixture
def book():
    """A book kept in US dollars with cents (this module's `session` acts on it)."""
    cents = create_book(None, replace(DEFAULT_PROFILE, currency="USD", minor_digits=2))
    yield cents
    cents.close()


@pytest.fixture
def ctx(book):
    return AppContext(book, SYSTEM_ACTOR)


def test_the_context_formats_and_reads_by_the_books_profile(ctx):
    assert ctx.money == Money(2, "USD")
    assert ctx.money.amount(125_050) == "USD 1.250,50"
    assert ctx.money.number(-5) == "-0,05"
    assert ctx.money.parse("1.250,50") == 125_050
    assert Money().amount(1_250_000) == "Rp 1.250.000"  # a new rupiah book


def test_the_loan_detail_shows_cents_in_its_terms_schedule_and_payments(qtbot, ctx, session):
    member = add_member(session, "A001", "Siti Aminah", savings=500_000)
    product = add_product(session, admin_fee_amount=1_000)  # USD 10,00
    loan_id = running_loan(session, member, product, principal=120_000)  # USD 1.200,00
    dialog = LoanDetailDialog(ctx, loan_id, today=date(2025, 1, 11))
    qtbot.addWidget(dialog)
    terms = dialog.terms.text()
    assert "USD 1.200,00" in terms and "USD 10,00" in terms
    assert "Outstanding: USD 1.200,00" in dialog.status.text()
    schedule = dialog.schedule.model()
    assert schedule.index(0, 2).data() == "100,00"  # principal of the first installment
    assert schedule.index(0, 4).data() == "118,00"  # with 1,5 % flat interest
    assert "118,00" in dialog.html()


def test_a_repayment_is_typed_and_split_in_cents(qtbot, ctx, session):
    member = add_member(session, "A001", "Siti Aminah", savings=500_000)
    loan_id = running_loan(session, member, add_product(session), principal=120_000)
    dialog = RepaymentDialog(ctx, loan_id, on=QDate(2025, 2, 10))
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "118,00" and dialog.amount.amount() == 11_800
    assert "Principal USD 100,00" in dialog.split.text()
    dialog.amount.setText("50,50")
    assert dialog.amount.amount() == 5_050


def test_the_simulator_reads_and_shows_cents(qtbot, ctx):
    dialog = LoanSimulatorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.amount.setText("1.200,00")
    dialog.rate.setText("1,5")
    dialog.months.setValue(12)
    dialog.method.setCurrentIndex(dialog.method.findData("flat"))
    assert dialog.model.index(0, 4).data() == "118,00"
    assert "USD 1.416,00" in dialog.summary.text()


def test_member_and_dashboard_figures_are_in_the_books_currency(qtbot, ctx, session):
    member = create_member(session, MemberInput("0001", "Siti Aminah", date(2024, 1, 5)))
    savings.deposit(session, member, SavingsType.SUKARELA, 7_525, date(2024, 2, 1))
    session.commit()
    detail = MemberDetailDialog(ctx, member)
    qtbot.addWidget(detail)
    assert detail.balance_labels["sukarela"].text() == "USD 75,25"
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.cash.value.text() == "USD 75,25"
