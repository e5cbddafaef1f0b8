"""Receipt numbers run 1, 2, 3 … per series and year, whatever else is posted between."""

from __future__ import annotations

from datetime import date

import pytest
from loan_book import add_product, running_loan
from sqlalchemy import select

from desktop_app.db.models import JournalLine
from desktop_app.domain.accounts import BEBAN_OPERASIONAL, KAS, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.postings import deposit_draft
from desktop_app.domain.savings import SavingsType
from desktop_app.errors import ValidationError
from desktop_app.services import ledger, loans, members, savings
from desktop_app.services.ledger import Posting
from desktop_app.services.members import MemberInput
from desktop_app.services.receipt_numbers import receipt_no


@pytest.fixture
def member(session):
    return members.create_member(session, MemberInput("0001", "Siti Aminah", date(2024, 1, 5)))


def expense(session, on):
    return ledger.post(session, EntryDraft(on, EntryKind.EXPENSE, "listrik",
                                           [debit(BEBAN_OPERASIONAL, 5_000), credit(KAS, 5_000)]))


def test_savings_receipts_follow_each_other_without_gaps(session, member):
    first = savings.deposit(session, member, SavingsType.SUKARELA, 50_000, date(2025, 3, 1))
    expense(session, date(2025, 3, 1))
    expense(session, date(2025, 3, 2))
    second = savings.withdraw(session, member, 10_000, date(2025, 3, 2))
    third = savings.deposit(session, member, SavingsType.WAJIB, None, date(2025, 3, 3), months=1)
    assert [receipt_no(session, e) for e in (first, second, third)] == [
        "SP-2025-00001", "SP-2025-00002", "SP-2025-00003"]
    assert savings.receipt(session, third).receipt_no == "SP-2025-00003"


def test_a_refused_posting_takes_no_number(session, member):
    savings.deposit(session, member, SavingsType.SUKARELA, 50_000, date(2025, 3, 1))
    with pytest.raises(ValidationError):
        savings.withdraw(session, member, 90_000, date(2025, 3, 2))
    with pytest.raises(ValidationError):
        ledger.post(session, EntryDraft(date(2025, 3, 2), EntryKind.DEPOSIT, "x",
                                        [debit(KAS, 1), credit(KAS, 2)]))
    entry = savings.withdraw(session, member, 20_000, date(2025, 3, 2))
    assert receipt_no(session, entry) == "SP-2025-00002"


def test_each_year_starts_again_at_one(session, member):
    savings.deposit(session, member, SavingsType.SUKARELA, 1_000, date(2024, 12, 31))
    savings.deposit(session, member, SavingsType.SUKARELA, 1_000, date(2024, 12, 31))
    new_year = savings.deposit(session, member, SavingsType.SUKARELA, 1_000, date(2025, 1, 2))
    late = savings.deposit(session, member, SavingsType.SUKARELA, 1_000, date(2024, 12, 30))
    assert receipt_no(session, new_year) == "SP-2025-00001"
    assert receipt_no(session, late) == "SP-2024-00003"


def test_repayments_have_their_own_series(session, member):
    savings.deposit(session, member, SavingsType.SUKARELA, 300_000, date(2025, 1, 5))
    loan = running_loan(session, member, add_product(session))
    first = loans.repay(session, loan, date(2025, 2, 10), 110_000)
    savings.deposit(session, member, SavingsType.SUKARELA, 1_000, date(2025, 2, 10))
    second = loans.repay(session, loan, date(2025, 3, 10), 110_000)
    assert [receipt_no(session, e) for e in (first, second)] == ["AN-2025-00001", "AN-2025-00002"]


def test_bulk_postings_are_numbered_by_date(session, member):
    posting = Posting(session, "demo")
    posting.add_all(deposit_draft(member, SavingsType.SUKARELA, 1_000 * d,
                                  date(2025, 5, d)) for d in (5, 1, 3))
    posting.finish()
    session.commit()
    by_amount = dict(session.execute(select(JournalLine.amount, JournalLine.entry_id)
                                     .where(JournalLine.amount > 0)).all())
    assert [receipt_no(session, by_amount[a]) for a in (1_000, 3_000, 5_000)] == [
        "SP-2025-00001", "SP-2025-00002", "SP-2025-00003"]
    single = savings.deposit(session, member, SavingsType.SUKARELA, 1_000, date(2025, 5, 9))
    assert receipt_no(session, single) == "SP-2025-00004"


def test_other_entries_have_no_receipt_number(session):
    assert receipt_no(session, expense(session, date(2025, 3, 1))) == ""
