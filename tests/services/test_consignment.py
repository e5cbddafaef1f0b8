"""Producer settlement: what is owed, paid in cash or to her voluntary savings, statements."""

from __future__ import annotations

import pytest

from desktop_app.db.models import JournalEntry, Member
from desktop_app.domain.accounts import KAS, SIMPANAN_SUKARELA, UTANG_KONSINYASI
from desktop_app.errors import ValidationError
from desktop_app.services import consignment, ledger, market_days, reversals
from desktop_app.services.check import check_book
from tests.inventory_book import DAY, build, counts
from tests.services.test_inventory import _Borrowed


@pytest.fixture
def shop(session):
    shop = build(session)
    day = market_days.open_market_day(session, DAY, "Pasar Pandansari")
    market_days.record_sale(session, shop.kue, 10, market_day_id=day)  # 50,000: owed 45,000
    return shop


def lines_of(session, entry_id):
    return sorted((ln.account.code, ln.amount, ln.member_id)
                  for ln in session.get(JournalEntry, entry_id).lines)


def test_owed_is_the_producers_share_of_her_sales(session, shop):
    assert consignment.owed(session, shop.siti) == 45_000
    assert consignment.total_owed(session) == 45_000


def test_cash_settlement(session, shop):
    entry = consignment.settle(session, shop.siti, 40_000, DAY, consignment.CASH)
    assert lines_of(session, entry) == sorted([(UTANG_KONSINYASI, 40_000, shop.siti),
                                               (KAS, -40_000, None)])
    assert consignment.owed(session, shop.siti) == 5_000
    assert check_book(session) == []


def test_settlement_to_voluntary_savings(session, shop):
    entry = consignment.settle(session, shop.siti, 45_000, DAY, consignment.SAVINGS)
    assert lines_of(session, entry) == sorted([(UTANG_KONSINYASI, 45_000, shop.siti),
                                               (SIMPANAN_SUKARELA, -45_000, shop.siti)])
    assert ledger.member_balances(session, shop.siti)[SIMPANAN_SUKARELA] == -45_000
    assert consignment.owed(session, shop.siti) == 0


@pytest.mark.parametrize("amount, message", [(45_001, "owed only"), (0, "above zero"),
                                             (-5, "above zero")])
def test_bad_settlements_are_refused_and_write_nothing(session, shop, amount, message):
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        consignment.settle(session, shop.siti, amount, DAY)
    assert counts(session) == before


def test_a_producer_who_left_is_paid_in_cash_not_to_savings(session, shop):
    session.get(Member, shop.siti).status = "left"
    session.commit()
    with pytest.raises(ValidationError, match="has left"):
        consignment.settle(session, shop.siti, 1_000, DAY, consignment.SAVINGS)
    assert consignment.settle(session, shop.siti, 1_000, DAY, consignment.CASH)


def test_statement_lists_sales_since_the_last_settlement(session, shop):
    first = consignment.statement(session, shop.siti)
    assert first.since is None
    assert [(ln.market, ln.quantity, ln.amount, ln.commission, ln.owed) for ln in first.lines] == [
        ("Pasar Pandansari", 10, 50_000, 5_000, 45_000)]
    consignment.settle(session, shop.siti, 45_000, DAY)
    day = market_days.open_market_day(session, DAY, "Bazar UMKM Balikpapan")
    market_days.record_sale(session, shop.kue, 2, market_day_id=day)
    after = consignment.statement(session, shop.siti)
    assert after.since == DAY
    assert [(ln.market, ln.amount) for ln in after.lines] == [("Bazar UMKM Balikpapan", 10_000)]
    assert (after.total_amount, after.total_commission, after.owed_now) == (10_000, 1_000, 9_000)


def test_a_reversed_settlement_does_not_count_as_the_last(session, shop):
    entry = consignment.settle(session, shop.siti, 45_000, DAY)
    reversals.reverse(session, entry, DAY, "salah bayar")
    statement = consignment.statement(session, shop.siti)
    assert statement.since is None and statement.owed_now == 45_000


def test_producer_list_shows_what_each_is_owed(session, shop):
    rows = consignment.producer_rows(lambda: _Borrowed(session))
    assert rows.fetch(0, 10) == [("A001", "Siti Aminah", 1, 45_000, shop.siti)]
    assert consignment.producer_rows(lambda: _Borrowed(session), "zzz").count() == 0
