"""The loan cycle: application refusals, disbursement, repayments, payoff, reversal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry, JournalLine, Loan, LoanInstallment, LoanRepayment
from desktop_app.domain import journal
from desktop_app.domain.accounts import (
    KAS,
    PENDAPATAN_ADMIN,
    PENDAPATAN_DENDA,
    PENDAPATAN_JASA,
    PIUTANG_PINJAMAN,
)
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import check, ledger, loan_history, loans, reversals, settings
from desktop_app.services.context import Actor, set_actor
from desktop_app.services.loan_portfolio import loan_detail
from tests.loan_book import add_member, add_product, running_loan

D = date(2025, 1, 10)


@pytest.fixture
def siti(session):
    return add_member(session, "A001", "Siti Aminah", savings=2_000_000)


@pytest.fixture
def product(session):
    return add_product(session)


def counts(session):
    return (session.scalar(select(func.count(Loan.id))),
            session.scalar(select(func.count(JournalEntry.id))),
            session.scalar(select(func.count(LoanInstallment.id))))


def lines_of(session, entry_id):
    rows = session.execute(
        select(JournalLine.account_id, JournalLine.amount, JournalLine.member_id,
               JournalLine.loan_id).where(JournalLine.entry_id == entry_id)).all()
    codes = dict(session.execute(select(ledger.Account.id, ledger.Account.code)).all())
    return {(codes[a], amount, m, loan) for a, amount, m, loan in rows}


def test_disbursement_posts_the_entry_and_stores_the_schedule(session, siti, product):
    loan_id = loans.apply_for_loan(session, loans.Application(
        siti, product, 1_200_000, 12, "modal warung", D))
    loans.approve(session, loan_id, D)
    entry_id = loans.disburse(session, loan_id, D)
    assert lines_of(session, entry_id) == {
        (PIUTANG_PINJAMAN, 1_200_000, siti, loan_id),
        (KAS, -1_190_000, None, None),
        (PENDAPATAN_ADMIN, -10_000, siti, loan_id),
    }
    detail = loan_detail(session, loan_id, D)
    assert detail.status == "active" and detail.outstanding == 1_200_000
    assert len(detail.installments) == 12
    assert detail.installments[0].due_date == date(2025, 2, 10)
    assert detail.installments[0].installment == 118_000
    assert check.check_book(session) == []


def test_repayment_splits_into_income_lines_with_member_and_loan(session, siti, product):
    loan_id = running_loan(session, siti, product)
    entry_id = loans.repay(session, loan_id, date(2025, 2, 10), 150_000)
    assert lines_of(session, entry_id) == {
        (KAS, 150_000, None, None),
        (PENDAPATAN_JASA, -36_000, siti, loan_id),
        (PIUTANG_PINJAMAN, -114_000, siti, loan_id),
    }
    detail = loan_detail(session, loan_id, date(2025, 2, 10))
    assert detail.outstanding == 1_200_000 - 114_000
    assert [i.state for i in detail.installments[:3]] == ["paid", "part", "due"]
    assert detail.next_due_date == date(2025, 3, 10)
    assert check.check_book(session) == []


def test_penalty_is_charged_first_and_credited_to_denda(session, siti):
    product = add_product(session, name="Darurat", penalty_kind="fixed",
                          penalty_value=Decimal(5_000), admin_fee_amount=0)
    loan_id = running_loan(session, siti, product, principal=600_000, months=6)
    entry_id = loans.repay(session, loan_id, date(2025, 2, 20), 20_000)
    assert (PENDAPATAN_DENDA, -5_000, siti, loan_id) in lines_of(session, entry_id)
    assert (PENDAPATAN_JASA, -9_000, siti, loan_id) in lines_of(session, entry_id)


def test_paying_everything_closes_the_loan_and_more_is_refused(session, siti, product):
    loan_id = running_loan(session, siti, product, principal=300_000, months=3)
    total = 3 * (100_000 + 4_500)
    with pytest.raises(ValidationError, match="more than"):
        loans.repay(session, loan_id, D, total + 1)
    loans.repay(session, loan_id, D, total)
    assert session.get(Loan, loan_id).status == "paid"
    with pytest.raises(ValidationError, match="not running"):
        loans.repay(session, loan_id, D, 1_000)


def test_early_payoff_quote_and_payoff(session, siti, product):
    loan_id = running_loan(session, siti, product)
    loans.repay(session, loan_id, date(2025, 2, 10), 118_000)
    quote = loans.payoff_quote(session, loan_id, date(2025, 3, 15))
    assert (quote.principal, quote.interest, quote.penalty) == (1_100_000, 18_000, 0)
    loans.pay_off(session, loan_id, date(2025, 3, 15))
    loan = session.get(Loan, loan_id)
    assert (loan.status, loan.outstanding, loan.closed_on) == ("paid", 0, date(2025, 3, 15))
    assert ledger.account_balance(session, PIUTANG_PINJAMAN) == 0
    assert check.check_book(session) == []


def test_reversal_recomputes_the_installments_from_the_remaining_repayments(session, siti, product):
    loan_id = running_loan(session, siti, product)
    first = loans.repay(session, loan_id, date(2025, 2, 10), 118_000)
    loans.repay(session, loan_id, date(2025, 3, 10), 118_000)
    reversals.reverse(session, first, date(2025, 3, 12), "salah catat")
    detail = loan_detail(session, loan_id, date(2025, 3, 12))
    assert [i.state for i in detail.installments[:2]] == ["paid", "late"]
    assert detail.outstanding == 1_100_000
    assert detail.next_due_date == date(2025, 3, 10)
    assert [r.reversed for r in detail.repayments] == [True, False]
    assert ledger.account_balance(session, PIUTANG_PINJAMAN) == 1_100_000
    assert check.check_book(session) == []


def test_reversing_the_payment_that_closed_a_loan_reopens_it(session, siti, product):
    loan_id = running_loan(session, siti, product, principal=300_000, months=3)
    entry = loans.repay(session, loan_id, D, 313_500)
    reversals.reverse(session, entry, D, "uang palsu")
    loan = session.get(Loan, loan_id)
    assert (loan.status, loan.outstanding, loan.closed_on) == ("active", 300_000, None)


@pytest.mark.parametrize(
    "change,message",
    [
        (dict(principal=0), "above zero"),
        (dict(term_months=13), "maximum of 12"),
        (dict(principal=7_000_000), "limit"),
        (dict(purpose=" "), "for"),
    ],
)
def test_bad_applications_are_refused_and_nothing_is_written(session, siti, change, message):
    product = add_product(session, limit_savings_multiple=Decimal(3))
    values = dict(member_id=siti, product_id=product, principal=1_000_000, term_months=12,
                  purpose="modal", applied_on=D)
    values.update(change)
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        loans.apply_for_loan(session, loans.Application(**values))
    assert counts(session) == before


def test_member_who_left_guarantor_rules_and_unpaid_earlier_loan(session, siti, product):
    gone = add_member(session, "A002", "Rina", status="left")
    ani = add_member(session, "A003", "Ani")
    guaranteed = add_product(session, name="Dengan Penjamin", guarantor_required=True)
    with pytest.raises(ValidationError, match="left"):
        loans.apply_for_loan(session, loans.Application(gone, product, 100_000, 6, "x", D))
    with pytest.raises(ValidationError, match="guarantor"):
        loans.apply_for_loan(session, loans.Application(siti, guaranteed, 100_000, 6, "x", D))
    with pytest.raises(ValidationError, match="own guarantor"):
        loans.apply_for_loan(session, loans.Application(siti, guaranteed, 100_000, 6, "x", D, siti))
    with pytest.raises(ValidationError, match="left the cooperative"):
        loans.apply_for_loan(session, loans.Application(siti, guaranteed, 100_000, 6, "x", D, gone))
    loans.apply_for_loan(session, loans.Application(siti, guaranteed, 100_000, 6, "x", D, ani))
    with pytest.raises(ValidationError, match="still has loan"):
        loans.apply_for_loan(session, loans.Application(siti, product, 100_000, 6, "x", D))


def test_roles(book, session, siti, product):
    loan_id = loans.apply_for_loan(session, loans.Application(siti, product, 500_000, 6, "x", D))
    with book.session() as treasurer:
        set_actor(treasurer, Actor("bendahara", Role.TREASURER))
        with pytest.raises(PermissionDenied):
            loans.approve(treasurer, loan_id, D)
    with book.session() as chair:
        set_actor(chair, Actor("ketua", Role.CHAIR))
        loans.approve(chair, loan_id, D)
        with pytest.raises(PermissionDenied):
            loans.disburse(chair, loan_id, D)
    session.expire_all()
    loans.disburse(session, loan_id, D)
    with book.session() as treasurer:
        set_actor(treasurer, Actor("bendahara", Role.TREASURER))
        with pytest.raises(PermissionDenied):
            loans.write_off(treasurer, loan_id, D, "macet")


def test_paying_out_unapproved_or_repaying_in_a_closed_period_is_refused(session, siti, product):
    loan_id = loans.apply_for_loan(session, loans.Application(siti, product, 500_000, 6, "x", D))
    with pytest.raises(ValidationError, match="approved"):
        loans.disburse(session, loan_id, D)
    loans.approve(session, loan_id, D)
    loans.disburse(session, loan_id, D)
    settings.set_closed_through(session, date(2025, 3, 31))
    session.commit()
    before = counts(session)
    with pytest.raises(ValidationError, match="closed"):
        loans.repay(session, loan_id, date(2025, 3, 1), 50_000)
    assert counts(session) == before
    assert session.scalar(select(func.count(LoanRepayment.id))) == 0


def test_write_off_moves_the_outstanding_to_the_expense(session, siti, product):
    loan_id = running_loan(session, siti, product)
    loans.repay(session, loan_id, date(2025, 2, 10), 118_000)
    with pytest.raises(ValidationError, match="reason"):
        loans.write_off(session, loan_id, date(2025, 9, 1), " ")
    loans.write_off(session, loan_id, date(2025, 9, 1), "macet, pindah kota")
    loan = session.get(Loan, loan_id)
    assert (loan.status, loan.outstanding) == ("written_off", 0)
    assert ledger.account_balance(session, PIUTANG_PINJAMAN) == 0
    assert ledger.account_balance(session, "5301") == 1_100_000
    assert check.check_book(session) == []


def test_reschedule_spreads_the_outstanding_over_a_new_term(session, siti, product):
    loan_id = running_loan(session, siti, product)
    loans.repay(session, loan_id, date(2025, 2, 10), 150_000)  # one and a part
    loans.reschedule(session, loan_id, date(2025, 6, 1), 20)
    detail = loan_detail(session, loan_id, date(2025, 6, 1))
    assert detail.outstanding == 1_086_000
    assert len(detail.installments) == 22
    assert sum(i.principal for i in detail.installments) == 1_200_000
    assert detail.installments[2].due_date == date(2025, 7, 1)
    assert detail.next_due_date == date(2025, 7, 1)
    assert check.check_book(session) == []


def test_settle_for_exit_closes_loans_and_returns_credit_lines(session, siti, product):
    loan_id = running_loan(session, siti, product)
    loans.repay(session, loan_id, date(2025, 2, 10), 118_000)
    lines = loans.settle_for_exit(session, siti, date(2025, 3, 1))
    assert lines == [journal.Line(PIUTANG_PINJAMAN, -1_100_000, siti, loan_id)]
    loan = session.get(Loan, loan_id)
    assert (loan.status, loan.outstanding, loan.closed_on) == ("paid", 0, date(2025, 3, 1))


def test_history_loans_for_the_importer(session, siti):
    made = loan_history.create_loans_from_history(session, [loan_history.PastLoan(
        number="LAMA-01", member_id=siti, principal=1_000_000,
        monthly_rate=Decimal(2), term_months=10, method="menurun", admin_fee=0,
        disbursed_on=date(2023, 5, 1))])[0]
    ledger.post_in_transaction(session, made.draft)
    loans.repay_in_transaction(session, made.loan_id, date(2023, 6, 1), 120_000)
    session.commit()
    loan = session.get(Loan, made.loan_id)
    assert (loan.status, loan.product_id, loan.penalty_kind) == ("active", None, "none")
    assert loan.outstanding == 900_000
    assert check.check_book(session) == []
    with pytest.raises(ValidationError, match="already used"):
        loan_history.create_loans_from_history(session, [loan_history.PastLoan(
            number="LAMA-01", member_id=siti, principal=1, monthly_rate=Decimal(1),
            term_months=1, method="flat", admin_fee=0, disbursed_on=date(2023, 5, 1))])[0]


def test_reversals_breaking_a_closed_or_rescheduled_loan_are_refused(session, siti, product):
    loan_id = running_loan(session, siti, product)
    early = loans.repay(session, loan_id, date(2025, 2, 10), 118_000)
    loans.reschedule(session, loan_id, date(2025, 3, 1), 6)
    with pytest.raises(ValidationError, match="rescheduled"):
        reversals.reverse(session, early, date(2025, 3, 2), "salah")
    later = loans.repay(session, loan_id, date(2025, 4, 1), 100_000)
    loans.write_off(session, loan_id, date(2025, 12, 1), "macet")
    with pytest.raises(ValidationError, match="closed"):
        reversals.reverse(session, later, date(2025, 12, 2), "salah")
    assert session.scalar(select(func.count(LoanRepayment.id)).where(
        LoanRepayment.reversed.is_(True))) == 0


def test_reversing_a_write_off_or_a_disbursement_restores_the_loan(session, siti, product):
    loan_id = running_loan(session, siti, product)
    entry = loans.write_off(session, loan_id, date(2025, 9, 1), "macet")
    reversals.reverse(session, entry, date(2025, 9, 2), "anggota kembali membayar")
    loan = session.get(Loan, loan_id)
    assert (loan.status, loan.outstanding) == ("active", 1_200_000)
    disbursement = session.scalar(select(JournalEntry.id).where(
        JournalEntry.kind == "loan_disbursement"))
    reversals.reverse(session, disbursement, date(2025, 9, 3), "salah anggota")
    loan = session.get(Loan, loan_id)
    assert (loan.status, loan.outstanding, len(loan.installments)) == ("approved", 0, 0)
    assert ledger.account_balance(session, PIUTANG_PINJAMAN) == 0
    assert check.check_book(session) == []
