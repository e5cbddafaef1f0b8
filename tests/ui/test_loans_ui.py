"""The loans page, the loan detail, the application and repayment dialogs, the
simulator and the loan products tab, driven as a treasurer and a chair would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QPushButton
from sqlalchemy import func, select

from desktop_app.db.models import Loan, LoanProduct
from desktop_app.domain.roles import Role
from desktop_app.services import loans
from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.loan_application_dialog import LoanApplicationDialog
from desktop_app.ui.dialogs.loan_simulator import LoanSimulatorDialog
from desktop_app.ui.dialogs.repayment_dialog import RepaymentDialog
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.pages.loan_products_tab import LoanProductsTab
from desktop_app.ui.pages.loans import LoansPage
from tests.loan_book import add_member, add_product, running_loan

TREASURER = Actor("ani", Role.TREASURER)
CHAIR = Actor("siti", Role.CHAIR)


@pytest.fixture
def setup(session):
    product = add_product(session, limit_savings_multiple=Decimal(3))
    siti = add_member(session, "A001", "Siti Aminah", savings=1_000_000)
    rina = add_member(session, "A002", "Rina Wahyuni", savings=500_000)
    return product, siti, rina


def test_simulator_shows_the_schedule_for_any_terms(qtbot, book, qtmodeltester):
    dialog = LoanSimulatorDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    dialog.amount.setText("1.200.000")
    dialog.rate.setText("1,5")
    dialog.months.setValue(12)
    dialog.method.setCurrentIndex(dialog.method.findData("flat"))
    assert dialog.model.rowCount() == 12
    assert dialog.model.index(0, 4).data() == "118.000"
    assert "Rp 1.416.000" in dialog.summary.text()  # total to repay
    qtmodeltester.check(dialog.model)
    assert "118.000" in dialog.html()
    dialog.amount.setText("abc")
    assert dialog.model.rowCount() == 0 and dialog.message.text()
    assert not dialog.print_button.isEnabled()
    dialog.amount.setText("1.000.000")
    dialog.rate.setText("12")
    assert "very high" in dialog.message.text()


def test_simulator_takes_a_product_s_terms(qtbot, book, setup):
    dialog = LoanSimulatorDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    dialog.product.setCurrentIndex(1)
    assert dialog.rate.text() == "1,5" and dialog.months.maximum() == 12


def test_application_dialog_records_an_application(qtbot, book, session, setup):
    product, siti, _ = setup
    dialog = LoanApplicationDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    dialog.member.setText("A001")
    dialog.amount.setText("2.000.000")
    dialog.term.setValue(10)
    dialog.purpose.setText("modal warung")
    assert "Admin fee Rp 10.000" in dialog.preview.text()
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    loan = session.get(Loan, dialog.loan_id)
    assert (loan.member_id, loan.principal, loan.term_months, loan.status) == (
        siti, 2_000_000, 10, "applied")


def test_application_dialog_shows_refusals_and_writes_nothing(qtbot, book, session, setup):
    dialog = LoanApplicationDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "Choose the member" in dialog.error.text()
    dialog.member.setText("A002")
    dialog.amount.setText("5.000.000")  # 3 × Rp 500.000 is the limit
    dialog.purpose.setText("")
    dialog.guarantor.setText("A002")
    dialog.submit()
    text = dialog.error.text()
    assert "limit" in text and "for" in text and "own guarantor" in text
    assert session.scalar(select(func.count(Loan.id))) == 0


def test_repayment_dialog_defaults_to_the_installment_shows_split(qtbot, book, session, setup):
    product, siti, _ = setup
    loan_id = running_loan(session, siti, product)
    dialog = RepaymentDialog(AppContext(book, TREASURER), loan_id, on=QDate(2025, 2, 10))
    qtbot.addWidget(dialog)
    assert dialog.amount.amount() == 118_000
    assert "Interest (jasa) Rp 18.000" in dialog.split.text()
    assert "Principal Rp 100.000" in dialog.split.text()
    dialog.amount.setText("99.999.999")
    assert "more than" in dialog.error.text()
    dialog.amount.setText("150.000")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    session.expire_all()
    assert session.get(Loan, loan_id).outstanding == 1_200_000 - 114_000


def test_repayment_dialog_pays_off_at_the_quote(qtbot, book, session, setup):
    product, siti, _ = setup
    loan_id = running_loan(session, siti, product)
    dialog = RepaymentDialog(AppContext(book, TREASURER), loan_id, on=QDate(2025, 2, 15))
    qtbot.addWidget(dialog)
    dialog.payoff.setChecked(True)
    assert dialog.amount.amount() == 1_218_000
    dialog.submit()
    session.expire_all()
    assert session.get(Loan, loan_id).status == "paid"


def test_loans_page_lists_filters_and_summarises(qtbot, book, session, setup, qtmodeltester):
    product, siti, rina = setup
    running_loan(session, siti, product)
    late = running_loan(session, rina, product, principal=600_000)
    page = LoansPage(AppContext(book, TREASURER), today=date(2025, 4, 1))
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert "Outstanding Rp 1.800.000 in 2 loans" in page.summary.text()
    assert "PAR30 100,0%" in page.summary.text()
    page.search.setText("rina")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 8).data() == "50"
    page.search.setText("")
    page.bucket.setCurrentIndex(page.bucket.findData("current"))
    assert page.model.rowCount() == 0
    assert page.due_model.rowCount() == 0  # read when its tab opens, not on first paint
    page.tabs.setCurrentIndex(1)
    assert page.due_model.rowCount() == 2
    assert "Rina Wahyuni" in page.due_html()
    loans.repay(session, late, date(2025, 3, 31), 309_000)
    page.refresh()
    assert page.model.rowCount() == 1


def test_loan_detail_buttons_follow_the_role_and_state(qtbot, book, session, setup):
    product, siti, _ = setup
    loan_id = loans.apply_for_loan(session, loans.Application(
        siti, product, 1_000_000, 10, "modal", date(2025, 1, 10)))
    chair = LoanDetailDialog(AppContext(book, CHAIR), loan_id, today=date(2025, 1, 11))
    qtbot.addWidget(chair)
    assert not chair.buttons["approve"].isHidden() and chair.buttons["disburse"].isHidden()
    treasurer = LoanDetailDialog(AppContext(book, TREASURER), loan_id, today=date(2025, 1, 11))
    qtbot.addWidget(treasurer)
    assert treasurer.buttons["approve"].isHidden()
    loans.approve(session, loan_id, date(2025, 1, 11))
    loans.disburse(session, loan_id, date(2025, 1, 11))
    loans.repay(session, loan_id, date(2025, 2, 11), 115_000)
    treasurer.reload()
    assert not treasurer.buttons["repay"].isHidden()
    assert treasurer.buttons["write_off"].isHidden()
    assert treasurer.schedule.model().index(0, 6).data() == "Paid"
    assert treasurer.payments.model().rowCount() == 1
    assert "Outstanding: Rp 900.000" in treasurer.status.text()


def test_loan_products_tab_saves_and_refuses_bad_input(qtbot, book):
    tab = LoanProductsTab(AppContext(book, TREASURER))
    qtbot.addWidget(tab)
    tab.name.setText("Pinjaman Musiman")
    tab.rate.setText("0")
    assert tab.save() is None and "above zero" in tab.error.text()
    tab.rate.setText("2,5")
    tab.method.setCurrentIndex(tab.method.findData("anuitas"))
    tab.max_term.setValue(18)
    tab.limit.setText("4")
    product_id = tab.save()
    assert product_id is not None and tab.model.rowCount() == 1
    with book.session() as check:
        saved = check.get(LoanProduct, product_id)
        assert (saved.monthly_rate, saved.method, saved.limit_savings_multiple) == (
            Decimal("2.5"), "anuitas", Decimal(4))
    tab.rate.setText("15")
    assert tab.save(confirm_high_rate=False) is None and "very high" in tab.error.text()
    assert tab.save(confirm_high_rate=True) == product_id


def test_auditor_cannot_edit_products(qtbot, book):
    tab = LoanProductsTab(AppContext(book, Actor("pengawas", Role.AUDITOR)))
    qtbot.addWidget(tab)
    assert not tab.save_button.isEnabled()
    assert not tab.new_button.isEnabled()


def test_an_application_says_it_waits_for_the_chair_and_shows_the_planned_schedule(
        qtbot, book, session, setup):
    product, siti, _ = setup
    loan_id = loans.apply_for_loan(session, loans.Application(
        siti, product, 1_000_000, 10, "modal", date(2025, 1, 10)))
    for actor in (TREASURER, CHAIR):  # the chair sees the schedule before approving
        dialog = LoanDetailDialog(AppContext(book, actor), loan_id, today=date(2025, 1, 11))
        qtbot.addWidget(dialog)
        assert "waiting for the chair's approval" in dialog.status.text()
        assert dialog.next_step.text().startswith("Waiting for the chair's approval.")
        assert "schedule below is planned" in dialog.next_step.text()
        schedule = dialog.schedule.model()
        assert schedule.rowCount() == 10
        assert schedule.index(0, 1).data() == "11/02/2025"  # a month after today
    loans.approve(session, loan_id, date(2025, 1, 11))
    dialog.reload()
    assert dialog.next_step.text().startswith("Approved: waiting to be paid out.")
    loans.disburse(session, loan_id, date(2025, 1, 12))
    dialog.reload()
    assert dialog.next_step.isHidden() and dialog.schedule.model().rowCount() == 10
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    close.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_applications_are_listed_by_default_and_under_waiting(qtbot, book, session, setup):
    product, siti, rina = setup
    running_loan(session, siti, product)
    loans.apply_for_loan(session, loans.Application(
        rina, product, 500_000, 5, "modal", date(2025, 3, 10)))
    page = LoansPage(AppContext(book, TREASURER), today=date(2025, 4, 1))
    qtbot.addWidget(page)
    assert page.status.currentText() == "Active and waiting"
    statuses = {page.model.index(r, 10).data() for r in range(page.model.rowCount())}
    assert statuses == {"Active", "Applied"}
    page.status.setCurrentIndex(page.status.findText("Waiting for approval or pay-out"))
    assert page.model.rowCount() == 1 and page.model.index(0, 2).data() == "Rina Wahyuni"
    page.status.setCurrentIndex(page.status.findData("paid"))
    assert page.model.rowCount() == 0


def test_the_guarantor_field_says_when_the_product_requires_one(qtbot, book, session, setup):
    product, _, _ = setup
    session.get(LoanProduct, product).guarantor_required = True
    session.commit()
    dialog = LoanApplicationDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    assert dialog.guarantor.placeholderText() == (
        "Guarantor: member number or name (required for this product)")
