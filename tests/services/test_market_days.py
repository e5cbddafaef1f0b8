"""Market-day sales: the journal of each sale, the stock, closing, reports, reversals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import (
    HPP,
    KAS,
    KOMISI_KONSINYASI,
    PENJUALAN,
    PERSEDIAAN,
    UTANG_KONSINYASI,
)
from desktop_app.errors import ValidationError
from desktop_app.services import ledger, market_days, products, reversals, stock
from desktop_app.services.check import check_book
from desktop_app.services.products import ProductInput
from tests.inventory_book import DAY, build, counts


@pytest.fixture
def shop(session):
    return build(session)


@pytest.fixture
def day(session, shop):
    return market_days.open_market_day(session, DAY, "Pasar Pandansari")


def lines_of(session, entry_id):
    return sorted((ln.account.code, ln.amount, ln.member_id, ln.product_id)
                  for ln in session.get(JournalEntry, entry_id).lines)


def test_sale_of_coop_goods_posts_sales_and_cost_of_goods(session, shop, day):
    sale = market_days.record_sale(session, shop.beras, 2, market_day_id=day)
    assert (sale.unit_price, sale.amount, sale.stock_left) == (15_000, 30_000, 18)
    assert lines_of(session, sale.entry_id) == sorted([
        (KAS, 30_000, None, None), (PENJUALAN, -30_000, None, shop.beras),
        (HPP, 24_000, None, shop.beras), (PERSEDIAAN, -24_000, None, shop.beras),
    ])
    assert stock.stock_of(session, shop.beras) == 18
    assert session.get(JournalEntry, sale.entry_id).date == DAY
    assert check_book(session) == []


def test_consignment_sale_credits_commission_and_the_producer(session, shop, day):
    sale = market_days.record_sale(session, shop.kue, 7, unit_price=4_500, market_day_id=day)
    # 31,500 x 10% = 3,150 commission; the rest is owed to Siti, both lines carry her id
    assert lines_of(session, sale.entry_id) == sorted([
        (KAS, 31_500, None, None),
        (KOMISI_KONSINYASI, -3_150, shop.siti, shop.kue),
        (UTANG_KONSINYASI, -28_350, shop.siti, shop.kue),
    ])
    assert ledger.member_balances(session, shop.siti)[UTANG_KONSINYASI] == -28_350
    assert stock.stock_of(session, shop.kue) == 23


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"quantity": 31}, "Only 30"),
        ({"quantity": 0}, "above zero"),
        ({"quantity": -2}, "above zero"),
        ({"unit_price": -500}, "above zero"),
        ({"unit_price": 0}, "above zero"),
    ],
)
def test_bad_sales_are_refused_and_write_nothing(session, shop, day, kwargs, message):
    args = {"quantity": 1, **kwargs}
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        market_days.record_sale(session, shop.kue, args.pop("quantity"), market_day_id=day, **args)
    assert counts(session) == before
    assert stock.stock_of(session, shop.kue) == 30


def test_no_sales_on_a_closed_market_day(session, shop, day):
    market_days.record_sale(session, shop.kue, 1, market_day_id=day)
    market_days.close_market_day(session, day)
    before = counts(session)
    with pytest.raises(ValidationError, match="closed"):
        market_days.record_sale(session, shop.kue, 1, market_day_id=day)
    assert counts(session) == before
    with pytest.raises(ValidationError, match="already closed"):
        market_days.close_market_day(session, day)


def test_an_inactive_product_cannot_be_sold(session, shop, day):
    products.update_product(session, shop.kue, ProductInput(
        "KUE", "Kue Bingka", 5_000, owner_number="A001", commission_percent=Decimal(10),
        active=False))
    with pytest.raises(ValidationError, match="no longer active"):
        market_days.record_sale(session, shop.kue, 1, market_day_id=day)


def test_a_market_day_needs_a_name(session, shop):
    with pytest.raises(ValidationError, match="market"):
        market_days.open_market_day(session, DAY, "  ")


def test_closing_summarises_per_product_and_producer(session, shop, day):
    market_days.record_sale(session, shop.kue, 4, market_day_id=day)  # 20,000, comm 2,000
    market_days.record_sale(session, shop.kue, 2, market_day_id=day)  # 10,000, comm 1,000
    market_days.record_sale(session, shop.beras, 1, market_day_id=day)  # 15,000
    summary = market_days.close_market_day(session, day)
    assert summary.cash_taken == 45_000
    assert [(r.label, r.quantity, r.amount) for r in summary.by_product] == [
        ("BRS Beras 5 kg", 1, 15_000), ("KUE Kue Bingka", 6, 30_000)]
    assert [(r.label, r.quantity, r.amount, r.commission) for r in summary.by_producer] == [
        ("Cooperative", 1, 15_000, 0), ("A001 Siti Aminah", 6, 30_000, 3_000)]
    assert market_days.get_market_day(session, day).status == "closed"


def test_reversing_a_sale_returns_the_goods_and_nets_the_summary(session, shop, day):
    sale = market_days.record_sale(session, shop.kue, 5, market_day_id=day)
    keep = market_days.record_sale(session, shop.beras, 3, market_day_id=day)
    reversals.reverse(session, sale.entry_id, DAY, "pembeli membatalkan")
    assert stock.stock_of(session, shop.kue) == 30
    assert ledger.member_balances(session, shop.siti)[UTANG_KONSINYASI] == 0
    summary = market_days.market_day_summary(session, day)
    assert summary.cash_taken == keep.amount
    assert check_book(session) == []
    with pytest.raises(ValidationError, match="already been reversed"):
        reversals.reverse(session, sale.entry_id, DAY, "lagi")


def test_reversing_a_coop_sale_after_a_cost_change_keeps_persediaan_at_cost(session, shop, day):
    sale = market_days.record_sale(session, shop.beras, 4, market_day_id=day)
    products.update_product(session, shop.beras, ProductInput(
        "BRS", "Beras 5 kg", 15_000, 13_000, unit="karung", min_stock=5), on=DAY)
    reversals.reverse(session, sale.entry_id, DAY, "retur")
    assert stock.stock_of(session, shop.beras) == 20
    assert ledger.account_balance(session, PERSEDIAAN) == 20 * 13_000
    assert check_book(session) == []


def test_sales_report_by_market_product_producer_and_period(session, shop):
    a = market_days.open_market_day(session, date(2025, 3, 1), "Pasar Pandansari")
    b = market_days.open_market_day(session, date(2025, 3, 8), "Pasar Klandasan")
    market_days.record_sale(session, shop.kue, 2, market_day_id=a)
    market_days.record_sale(session, shop.kue, 3, market_day_id=b)
    market_days.record_sale(session, shop.beras, 1, market_day_id=b)
    by_market = market_days.sales_report(session, "market")
    assert [(r.label, r.quantity, r.amount) for r in by_market] == [
        ("Pasar Klandasan", 4, 30_000), ("Pasar Pandansari", 2, 10_000)]
    march_8 = market_days.sales_report(session, "product", date(2025, 3, 5), date(2025, 3, 31))
    assert [(r.label, r.quantity) for r in march_8] == [
        ("BRS Beras 5 kg", 1), ("KUE Kue Bingka", 3)]
    siti = market_days.sales_report(session, "day", producer_id=shop.siti)
    assert [(r.label, r.amount) for r in siti] == [("01/03/2025", 10_000), ("08/03/2025", 15_000)]
    assert market_days.sales_report(session, "product", market="Pasar Pandansari")[0].quantity == 2


def test_a_sale_outside_a_market_day_needs_a_date(session, shop):
    with pytest.raises(ValidationError, match="date"):
        market_days.record_sale(session, shop.kue, 1)
    sale = market_days.record_sale(session, shop.kue, 1, DAY)
    assert sale.amount == 5_000


def test_find_or_open_reuses_the_open_day(session, shop):
    first = market_days.find_or_open(session, DAY, "Bazar UMKM")
    assert market_days.find_or_open(session, DAY, "Bazar UMKM") == first
    assert market_days.find_or_open(session, DAY, "Pasar Baru") != first


def test_market_day_and_sale_lists(session, shop, day):
    market_days.record_sale(session, shop.kue, 2, market_day_id=day)
    from tests.services.test_inventory import _Borrowed
    rows = market_days.market_day_rows(lambda: _Borrowed(session))
    assert rows.fetch(0, 10) == [(DAY, "Pasar Pandansari", "Open (selling)", 1, 10_000, day)]  # in words
    sales = market_days.sale_rows(lambda: _Borrowed(session), day)
    assert sales.count() == 1 and sales.fetch(0, 10)[0][:6] == (
        "KUE", "Kue Bingka", "Siti Aminah", 2, 5_000, 10_000)
