"""Products and stock movements: stock is the sum of movements, never below zero, and
coop goods are always in Persediaan at cost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.db.models import JournalEntry
from desktop_app.domain import journal
from desktop_app.domain.accounts import (
    BEBAN_OPERASIONAL,
    EKUITAS_SALDO_AWAL,
    HPP,
    KAS,
    PERSEDIAAN,
)
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import inventory_lists, ledger, products, reversals, settings, stock
from desktop_app.services.check import check_book
from desktop_app.services.context import Actor, set_actor, transaction
from desktop_app.services.inventory_lists import ProductFilter
from desktop_app.services.products import ProductInput
from tests.inventory_book import DAY, build, counts


@pytest.fixture
def shop(session):
    return build(session)


def lines_of(session, entry_id):
    return sorted((ln.account.code, ln.amount, ln.member_id, ln.product_id)
                  for ln in session.get(JournalEntry, entry_id).lines)


def test_opening_stock_of_coop_goods_is_persediaan_against_opening_equity(session, shop):
    assert stock.stock_of(session, shop.beras) == 20
    assert ledger.account_balance(session, PERSEDIAAN) == 20 * 12_000
    assert ledger.account_balance(session, EKUITAS_SALDO_AWAL) == -20 * 12_000
    assert check_book(session) == []


def test_receiving_consignment_goods_posts_nothing(session, shop):
    before = counts(session)[0]
    assert stock.receive(session, shop.kue, 5, DAY) is None
    assert counts(session)[0] == before
    assert stock.stock_of(session, shop.kue) == 35


def test_purchase_of_coop_goods_is_persediaan_against_cash_at_cost(session, shop):
    entry = stock.receive(session, shop.beras, 10, DAY, "Toko Sumber Rejeki")
    assert lines_of(session, entry) == sorted(
        [(PERSEDIAAN, 120_000, None, shop.beras), (KAS, -120_000, None, shop.beras)]
    )
    assert stock.stock_of(session, shop.beras) == 30
    assert check_book(session) == []


def test_adjustment_of_coop_goods_posts_the_loss_at_cost(session, shop):
    entry = stock.adjust(session, shop.beras, -2, DAY, "Karung sobek kena hujan")
    assert lines_of(session, entry) == sorted(
        [(PERSEDIAAN, -24_000, None, shop.beras), (BEBAN_OPERASIONAL, 24_000, None, shop.beras)]
    )
    assert stock.stock_of(session, shop.beras) == 18
    assert check_book(session) == []


def test_stock_count_turns_differences_into_adjustments(session, shop):
    results = stock.count_stock(session, [(shop.beras, 17), (shop.kue, 30)], DAY)
    assert [(r.code, r.expected, r.difference) for r in results] == [
        ("BRS", 20, -3), ("KUE", 30, 0)]
    assert stock.stock_of(session, shop.beras) == 17
    assert ledger.account_balance(session, PERSEDIAAN) == 17 * 12_000
    assert check_book(session) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda s, p: stock.adjust(s, p.beras, -21, DAY, "hilang"),
        lambda s, p: stock.adjust(s, p.beras, -1, DAY, "   "),
        lambda s, p: stock.adjust(s, p.beras, 0, DAY, "nol"),
        lambda s, p: stock.receive(s, p.beras, 0, DAY),
        lambda s, p: stock.receive(s, p.beras, -4, DAY),
        lambda s, p: stock.opening_stock(s, p.beras, -1, DAY),
        lambda s, p: stock.count_stock(s, [(p.beras, 19), (p.kue, -1)], DAY),
        # goods that arrived on 1 March cannot leave on 28 February
        lambda s, p: stock.adjust(s, p.beras, -1, date(2025, 2, 28), "hilang"),
    ],
    ids=["beyond-stock", "no-reason", "zero", "zero-qty", "negative-qty", "negative-opening",
         "negative-count", "before-it-arrived"],
)
def test_bad_stock_movements_are_refused_and_write_nothing(session, shop, call):
    before = counts(session)
    with pytest.raises(ValidationError):
        call(session, shop)
    assert counts(session) == before
    assert stock.stock_of(session, shop.beras) == 20


def test_a_backdated_outflow_may_not_make_later_stock_negative(session, shop):
    stock.adjust(session, shop.kue, -25, date(2025, 3, 5), "diambil produsen")
    stock.receive(session, shop.kue, 10, date(2025, 3, 2))
    # on 3 March there are 40, but after 5 March only 15 remain
    with pytest.raises(ValidationError, match="Only 15"):
        stock.adjust(session, shop.kue, -16, date(2025, 3, 3), "rusak")
    stock.adjust(session, shop.kue, -15, date(2025, 3, 3), "rusak")
    assert stock.stock_of(session, shop.kue) == 0


def test_movements_in_a_closed_period_are_refused(session, shop):
    with transaction(session):
        settings.set_closed_through(session, date(2025, 3, 31))
    before = counts(session)
    with pytest.raises(ValidationError, match="closed through"):
        stock.receive(session, shop.kue, 1, date(2025, 3, 31))
    assert counts(session) == before


# ------------------------------------------------------------------ products


def test_product_create_audits_and_reads_back(session, shop):
    product = products.get_product(session, shop.kue)
    assert (product.code, product.owner_number, product.commission_percent, product.stock) == (
        "KUE", "A001", Decimal(10), 30)
    assert product.consignment and not products.get_product(session, shop.beras).consignment
    from desktop_app.services.audit import list_entries
    assert {"product.create"} <= {row.action for row in list_entries(session)}


@pytest.mark.parametrize(
    "change, message",
    [
        ({"code": "brs"}, "already used"),
        ({"code": "  "}, "code"),
        ({"name": ""}, "name"),
        ({"sale_price": -1}, "negative"),
        ({"cost_price": -5}, "negative"),
        ({"min_stock": -1}, "minimum"),
        ({"owner_number": "A001", "commission_percent": Decimal("100.5")}, "between 0 and 100"),
        ({"owner_number": "A001", "commission_percent": Decimal(-1)}, "between 0 and 100"),
        ({"owner_number": "A002"}, "has left"),
        ({"owner_number": "X999"}, "no member"),
    ],
)
def test_bad_products_are_refused_and_write_nothing(session, shop, change, message):
    data = replace(ProductInput("NEW", "Sabun", 4_000, 3_000), **change)
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        products.create_product(session, data)
    assert counts(session) == before


def test_commission_of_0_and_100_percent_is_accepted(session, shop):
    for code, percent in (("K0", 0), ("K100", 100)):
        products.create_product(session, ProductInput(code, code, 1_000, owner_number="A001",
                                                       commission_percent=Decimal(percent)))
    assert products.find_product(session, "k100").commission_percent == 100


def test_owner_of_a_product_with_history_cannot_change(session, shop):
    data = ProductInput("KUE", "Kue Bingka", 5_000, owner_number=None)
    with pytest.raises(ValidationError, match="cannot change"):
        products.update_product(session, shop.kue, data)
    assert products.get_product(session, shop.kue).owner_number == "A001"


def test_new_cost_price_revalues_coop_stock(session, shop):
    data = ProductInput("BRS", "Beras 5 kg", 16_000, 12_500, unit="karung", min_stock=5)
    products.update_product(session, shop.beras, data, on=DAY)
    assert ledger.account_balance(session, PERSEDIAAN) == 20 * 12_500
    assert ledger.account_balance(session, HPP) == -20 * 500
    assert products.get_product(session, shop.beras).sale_price == 16_000
    assert check_book(session) == []


def test_a_reader_may_not_create_products(session, shop):
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        products.create_product(session, ProductInput("X", "X", 1))


# ------------------------------------------------------------------ lists and reports


def _list(session, **flt):
    rows = inventory_lists.product_rows(lambda: _Borrowed(session), ProductFilter(**flt))
    return [row[0] for row in rows.fetch(0, 50)], rows.count()


class _Borrowed:
    """The test's own session, usable in `with` without closing it."""

    def __init__(self, session):
        self.session = session

    def __enter__(self):
        return self.session

    def __exit__(self, *exc):
        return False


def test_product_list_searches_and_filters(session, shop):
    stock.adjust(session, shop.beras, -15, DAY, "rusak")  # 5 left = at minimum
    assert _list(session) == (["BRS", "KUE"], 2)
    assert _list(session, search="bingka") == (["KUE"], 1)
    assert _list(session, owner="coop") == (["BRS"], 1)
    assert _list(session, owner="consignment") == (["KUE"], 1)
    assert _list(session, producer_id=shop.siti) == (["KUE"], 1)
    assert _list(session, category="Sembako") == (["BRS"], 1)
    assert _list(session, low_only=True) == (["BRS"], 1)
    assert [p.code for p in inventory_lists.low_stock_products(session)] == ["BRS"]


def test_stock_rows_value_coop_goods_at_cost_and_consignment_at_zero(session, shop):
    rows = {r.code: r for r in inventory_lists.stock_rows(session)}
    assert (rows["BRS"].owner, rows["BRS"].stock, rows["BRS"].value) == ("", 20, 240_000)
    assert (rows["KUE"].owner, rows["KUE"].stock, rows["KUE"].value) == ("A001", 30, 0)
    assert inventory_lists.stock_rows(session, as_of=date(2025, 2, 28))[0].stock == 0
    assert stock.stock_value(session) == 240_000


# ------------------------------------------------------------------ reversal and checks


def test_reversing_a_purchase_takes_the_goods_out_again(session, shop):
    entry = stock.receive(session, shop.beras, 10, DAY)
    reversals.reverse(session, entry, DAY, "salah catat")
    assert stock.stock_of(session, shop.beras) == 20
    assert ledger.account_balance(session, PERSEDIAAN) == 240_000
    assert check_book(session) == []


def test_check_finds_persediaan_out_of_step_with_stock(session, shop):
    ledger.post(session, journal.EntryDraft(DAY, "stock", "manual", [
        journal.debit(PERSEDIAAN, 1_000), journal.credit(KAS, 1_000)]))
    assert any("Persediaan" in problem for problem in check_book(session))
