"""Reports on a known book tie out with each other and with the journal."""

from datetime import date, timedelta

import pytest
from report_book import CASH_END_2024, SHU_2024, build

from desktop_app.db.models import Loan, LoanInstallment
from desktop_app.domain import accounts as acc
from desktop_app.errors import ValidationError
from desktop_app.services import ledger, reports
from desktop_app.services.aggregates import balances_as_of


@pytest.fixture
def ids(session):
    return build(session)


YEAR = (date(2024, 1, 1), date(2024, 12, 31))


def test_cash_book_runs_from_opening_to_closing(session, ids):
    book = reports.cash_book(session, date(2024, 3, 1), date(2024, 12, 31))
    assert book.opening == 300_000 + 360_000
    assert book.closing == CASH_END_2024
    assert book.opening + book.total_in - book.total_out == book.closing
    assert [r.date for r in book.rows] == sorted(r.date for r in book.rows)
    assert book.rows[-1].balance == book.closing
    loan = next(r for r in book.rows if r.description == "Pinjaman")
    assert (loan.cash_in, loan.cash_out) == (0, 980_000)


def test_balances_as_of_agree_both_ways_with_the_journal(session, ids):
    for day in (date(2023, 12, 31), date(2024, 4, 1), date(2024, 12, 31), date(2030, 1, 1)):
        balances = balances_as_of(session, day)
        for code in (acc.KAS, acc.SIMPANAN_WAJIB, acc.PENDAPATAN_JASA):
            assert balances[code] == ledger.account_balance_as_of(session, code, day)


def test_trial_balance_debits_equal_credits(session, ids):
    tb = reports.trial_balance(session, date(2024, 12, 31))
    assert tb.total_debit == tb.total_credit > 0
    kas = next(r for r in tb.rows if r.code == acc.KAS)
    assert (kas.debit, kas.credit) == (CASH_END_2024, 0)
    assert all(r.debit == 0 or r.credit == 0 for r in tb.rows)


def test_balance_sheet_balances_and_splits_savings(session, ids):
    sheet = reports.balance_sheet(session, date(2024, 12, 31))
    assert sheet.total_assets == sheet.total_liabilities_and_equity
    assert sheet.current_result == SHU_2024 and sheet.earlier_result == 0
    equity = {r.code: r.amount for r in sheet.equity}
    liabilities = {r.code: r.amount for r in sheet.liabilities}
    assert equity[acc.SIMPANAN_POKOK] == 300_000
    assert equity[acc.SIMPANAN_WAJIB] == 360_000
    assert liabilities[acc.SIMPANAN_SUKARELA] == 400_000
    assert acc.SIMPANAN_SUKARELA not in equity


def test_unclosed_earlier_year_shows_separately(session, ids):
    sheet = reports.balance_sheet(session, date(2025, 3, 31))
    assert sheet.current_result == 0
    assert sheet.earlier_result == SHU_2024
    assert sheet.total_assets == sheet.total_liabilities_and_equity


def test_income_statement_result_is_the_shu(session, ids):
    statement = reports.income_statement(session, *YEAR)
    income = {r.code: r.amount for r in statement.income}
    assert income[acc.PENDAPATAN_ADMIN] == 20_000
    assert statement.total_income == 60_000 and statement.total_expenses == 12_345
    assert statement.result == SHU_2024


def test_member_savings_summary(session, ids):
    summary = reports.member_savings(session, date(2024, 12, 31))
    rows = {r.number: r for r in summary.rows}
    assert (rows["A001"].pokok, rows["A001"].wajib, rows["A001"].sukarela) == (
        100_000, 240_000, 400_000)
    assert rows["A004"].total == 0
    assert summary.totals["total"] == -sum(
        ledger.account_balance_as_of(session, c, date(2024, 12, 31)) for c in acc.SAVINGS_ACCOUNTS
    )


def test_indicators(session, ids):
    loan = Loan(number="L1", member_id=ids["A002"], principal=1_000_000, monthly_rate=1,
                term_months=10, method="flat", status="active", applied_on=date(2024, 4, 1),
                disbursed_on=date(2024, 4, 1), outstanding=900_000,
                next_due_date=date(2024, 6, 1))
    session.add(loan)
    session.flush()
    session.add_all([
        LoanInstallment(loan_id=loan.id, number=1, due_date=date(2024, 5, 1), principal=100_000,
                        interest=10_000, paid_principal=100_000, paid_interest=10_000),
        LoanInstallment(loan_id=loan.id, number=2, due_date=date(2024, 6, 1), principal=100_000,
                        interest=10_000),
    ])
    session.commit()
    ind = reports.indicators(session, *YEAR)
    assert (ind.members, ind.women, ind.women_heads_of_household) == (4, 3, 2)
    assert ind.active_borrowers == 1
    assert ind.total_savings == 1_060_000
    assert (ind.loans_disbursed_count, ind.loans_disbursed_amount) == (1, 1_000_000)
    assert ind.repayment_rate == pytest.approx(0.5)
    assert ind.par30 == pytest.approx(1.0)  # 1 June is over 30 days before 31 December
    assert ind.market_sales == 200_000


def test_an_empty_period_gives_zeros(session, ids):
    statement = reports.income_statement(session, date(2020, 1, 1), date(2020, 12, 31))
    assert statement.result == 0
    book = reports.cash_book(session, date(2020, 1, 1), date(2020, 12, 31))
    assert book.rows == [] and book.opening == book.closing == 0
    assert reports.trial_balance(session, date(2020, 1, 1)).rows == []
    ind = reports.indicators(session, date(2020, 1, 1), date(2020, 12, 31))
    assert ind.repayment_rate is None and ind.par30 is None


def test_a_backwards_period_is_refused(session, ids):
    with pytest.raises(ValidationError, match="starts after it ends"):
        reports.income_statement(session, date(2024, 12, 31), date(2024, 1, 1))


def test_month_totals_follow_new_postings_and_odd_ranges(session, ids):
    from desktop_app.domain.accounts import EntryKind
    from desktop_app.domain.journal import EntryDraft, credit, debit
    from desktop_app.services.aggregates import movements

    assert balances_as_of(session, date(2024, 3, 31))[acc.KAS] == 660_000 + 500_000 + 1_000_000
    ledger.post(session, EntryDraft(date(2024, 3, 20), EntryKind.GRANT, "Hibah kecil",
                                    [debit(acc.KAS, 7), credit(acc.MODAL_DONASI, 7)]))
    for day in (date(2024, 3, 19), date(2024, 3, 20), date(2024, 3, 31), date(2024, 6, 30)):
        assert balances_as_of(session, day)[acc.KAS] == ledger.account_balance_as_of(
            session, acc.KAS, day)
    spans = [(date(2024, 2, 15), date(2024, 5, 3)), (date(2024, 3, 2), date(2024, 3, 25)),
             (date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 3, 20), date(2024, 4, 30))]
    for start, end in spans:
        expected = (ledger.account_balance_as_of(session, acc.KAS, end)
                    - ledger.account_balance_as_of(session, acc.KAS, start - timedelta(days=1)))
        assert movements(session, start, end)[acc.KAS] == expected
