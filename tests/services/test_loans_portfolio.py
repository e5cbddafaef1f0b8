"""Arrears, the loans list, the due list, PAR30 and the loan checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text

from desktop_app.services import check, loans
from desktop_app.services.loan_lists import DueListSource, LoanListSource
from desktop_app.services.loan_portfolio import portfolio_summary
from tests.loan_book import add_member, add_product, running_loan

D = date(2025, 1, 10)


def three_loans(session):
    product = add_product(session)
    good = running_loan(session, add_member(session, "A001", "Siti"), product)
    late = running_loan(session, add_member(session, "A002", "Rina"), product)
    very_late = running_loan(session, add_member(session, "A003", "Ani"), product,
                             principal=600_000)
    for month in (2, 3, 4, 5):
        loans.repay(session, good, date(2025, month, 10), 118_000)
    loans.repay(session, late, date(2025, 2, 10), 118_000)
    return good, late, very_late


def test_days_past_due_buckets_and_par30(book, session):
    good, late, very_late = three_loans(session)
    as_of = date(2025, 5, 20)
    source = LoanListSource(book.session, as_of)
    rows = {row[0]: row for row in source.fetch(0, 10)}
    assert source.count() == 3
    by_id = {row[-1]: row for row in rows.values()}
    assert by_id[good][8] == 0 and by_id[good][9] == "Current (Lancar)"
    assert by_id[late][8] == 71 and by_id[late][9] == "61–90 days"  # since 10 March
    assert by_id[late][7] == 3 * 118_000  # March, April, May installments unpaid
    assert by_id[very_late][8] == 99 and by_id[very_late][9] == "91–180 days"

    summary = portfolio_summary(session, as_of)
    assert summary.outstanding == 800_000 + 1_100_000 + 600_000
    assert summary.par30_amount == 1_700_000
    assert summary.par30_ratio == Decimal(1_700_000) / Decimal(2_500_000)
    assert summary.overdue_count == 2
    assert summary.by_bucket["61-90"] == (1, 1_100_000)
    assert summary.by_bucket["current"] == (1, 800_000)


def test_list_filters_by_bucket_status_and_search(book, session):
    good, late, very_late = three_loans(session)
    source = LoanListSource(book.session, date(2025, 5, 20))
    source.bucket = "61-90"
    assert [r[-1] for r in source.fetch(0, 10)] == [late]
    source.bucket = "current"
    assert [r[-1] for r in source.fetch(0, 10)] == [good]
    source.bucket, source.search = None, "rin"
    assert source.count() == 1
    source.search, source.status = "", "paid"
    assert source.count() == 0
    source.status = None
    source.sort(8, True)
    assert source.fetch(0, 1)[0][-1] == very_late


def test_list_search_ignores_case_and_takes_wildcards_literally(book, session):
    product = add_product(session)
    siti = running_loan(session, add_member(session, "A-01", "Siti Aminah"), product)
    nur = running_loan(session, add_member(session, "b_02", "NUR HASANAH"), product)
    sri = running_loan(session, add_member(session, "0003", "Sri 100% Wahyuni"), product)
    source = LoanListSource(book.session, date(2025, 5, 20))
    loan_number = source.fetch(0, 10)[0].number  # the newest loan's: Sri's

    def found(words: str) -> list[int]:
        source.search = words
        ids = [row.loan_id for row in source.fetch(0, 10)]
        assert source.count() == len(ids)
        return ids

    assert found("siti") == found("SITI") == found("  sItI ") == [siti]
    assert found("hasan") == [nur] and found("B_0") == [nur] and found("a-0") == [siti]
    assert found("_") == [nur] and found("%") == [sri]  # literally, not any text
    assert found(loan_number.lower()) == found(loan_number) == [sri]
    assert found("nur  hasanah") == [] and found("zz") == []


def test_due_this_week_list_has_late_and_soon_due_loans(book, session):
    good, late, very_late = three_loans(session)
    source = DueListSource(book.session, date(2025, 6, 5), days_ahead=7)
    rows = source.fetch(0, 10)
    assert [r[-1] for r in rows] == [very_late, late, good]  # oldest due date first
    assert rows[2][4] == date(2025, 6, 10) and rows[2][5] == 0
    assert portfolio_summary(session, date(2025, 6, 5)).due_this_week_count == 1


def test_checks_catch_installments_out_of_step(session):
    good, *_ = three_loans(session)
    assert check.check_book(session) == []
    session.execute(text("UPDATE loan_installment SET paid_interest = paid_interest + 1 "
                         "WHERE loan_id = :l AND number = 1"), {"l": good})
    session.execute(text("UPDATE loan SET outstanding = outstanding + 5 WHERE id = :l"),
                    {"l": good})
    problems = check.check_book(session)
    assert any("installments show" in p for p in problems)
    assert any("outstanding" in p and "journal says" in p for p in problems)
