"""Frequency, grace and rounding in the loan simulator, the application dialog and the
loan-products tab; a group's meeting day and tanggung renteng in the groups dialog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate

from desktop_app.domain.roles import Role
from desktop_app.services import group_meetings, members
from desktop_app.services.context import Actor
from desktop_app.services.loan_products import get_loan_product
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.group_meetings_dialog import GroupMeetingsDialog
from desktop_app.ui.dialogs.loan_application_dialog import LoanApplicationDialog
from desktop_app.ui.dialogs.loan_simulator import LoanSimulatorDialog
from desktop_app.ui.pages.loan_products_tab import LoanProductsTab
from tests.loan_book import add_product

TREASURER = Actor("ani", Role.TREASURER)


def pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_simulator_weekly_with_grace_and_rounding(qtbot, book):
    dialog = LoanSimulatorDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    dialog.amount.setText("1.000.000")
    dialog.rate.setText("1,3")
    dialog.months.setValue(10)
    pick(dialog.method, "flat")
    dialog.start.setDate(QDate(2025, 1, 7))
    pick(dialog.terms.frequency, "week")
    dialog.terms.grace.setValue(2)
    pick(dialog.terms.rounding_unit, 500)
    pick(dialog.terms.rounding_mode, "up")
    assert dialog.model.rowCount() == 10
    assert dialog.model.index(0, 1).data() == "14/01/2025"
    assert dialog.model.index(0, 2).data() == "0"  # grace: no principal
    assert dialog.model.index(0, 3).data() == "3.000"  # 1,3 % × 12 / 52 = 0,3 % a week
    assert dialog.model.index(2, 4).data() == "128.000"  # 125,000 + 3,000 rounded up to 500
    assert "× 12 / 52 = 0,3% per" in dialog.rate_note.text()
    assert "10 weeks" in dialog.html()


def test_simulator_refuses_a_grace_as_long_as_the_term(qtbot, book):
    dialog = LoanSimulatorDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    dialog.months.setValue(3)
    dialog.terms.grace.setValue(3)
    assert dialog.model.rowCount() == 0
    assert "grace period" in dialog.message.text()
    assert not dialog.print_button.isEnabled()


def test_products_tab_saves_frequency_grace_rounding_and_payoff(qtbot, book):
    tab = LoanProductsTab(AppContext(book, TREASURER))
    qtbot.addWidget(tab)
    tab.name.setText("Usaha Mingguan")
    tab.rate.setText("1,5")
    tab.max_term.setValue(6)
    pick(tab.terms.frequency, "week")
    tab.terms.grace.setValue(2)
    pick(tab.terms.grace_kind, "none")
    pick(tab.terms.rounding_unit, 1000)
    pick(tab.terms.payoff_rule, "months")
    tab.terms.payoff_months.setValue(2)
    product_id = tab.save()
    assert product_id is not None, tab.error.text()
    with book.session() as check:
        saved = get_loan_product(check, product_id)
    assert (saved.frequency, saved.grace_installments, saved.grace_kind, saved.rounding_unit,
            saved.payoff_rule, saved.payoff_months) == ("week", 2, "none", 1000, "months", 2)
    assert tab.model.index(0, 3).data() == "Weekly"
    tab.terms.grace.setValue(40)  # longer than 6 months of weeks (26)
    assert tab.save() is None
    assert "grace period must be shorter" in tab.error.text()


def test_application_dialog_offers_installments_and_a_first_due_date(qtbot, book, session):
    add_product(session, name="Mingguan", frequency="week", max_term_months=6,
                monthly_rate=Decimal("1.3"), admin_fee_amount=0)
    dialog = LoanApplicationDialog(AppContext(book, TREASURER))
    qtbot.addWidget(dialog)
    assert dialog.term.maximum() == 26
    dialog.amount.setText("1.000.000")
    dialog.term.setValue(10)
    dialog.applied_on.setDate(QDate(2025, 1, 7))
    assert "10 weeks" in dialog.preview.text()
    assert "× 12 / 52" in dialog.preview.text()
    dialog.first_due.chosen.setChecked(True)
    dialog.first_due.date.setDate(QDate(2025, 1, 16))
    assert "16/01/2025" in dialog.preview.text()


def test_groups_meeting_day_and_tanggung_renteng(qtbot, book, session):
    group = members.create_group(session, "Melati")
    dialog = GroupMeetingsDialog(AppContext(book, TREASURER), group)
    qtbot.addWidget(dialog)
    pick(dialog.weekday, 3)
    pick(dialog.frequency, "week")
    dialog.joint.setChecked(True)
    dialog.submit()
    session.expire_all()
    saved = group_meetings.get_group_meetings(session, group)
    assert (saved.weekday, saved.frequency, saved.joint_liability) == (3, "week", True)
    assert date(2025, 1, 16).weekday() == saved.weekday


def test_help_explains_the_rate_conversion_in_indonesian():
    from desktop_app.i18n import set_language
    from desktop_app.ui.loan_help import loan_terms_text

    set_language("id")
    try:
        text = loan_terms_text()
    finally:
        set_language("en")
    assert "× 12 / 52" in text and "× 12 / 26" in text
    assert "1,3% per bulan = 0,3% per minggu" in text
    assert "Tanggung renteng" in text
