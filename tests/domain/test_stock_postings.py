"""Each builder of `domain/stock_postings` against the sale and stock rows of the
posting-rules table (docs/architecture.md): coop goods move Persediaan at cost, consignment
goods post only their sale (commission to us, the rest owed to the producer)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from desktop_app.domain import stock_postings as sp
from desktop_app.domain.accounts import (
    BEBAN_OPERASIONAL,
    EKUITAS_SALDO_AWAL,
    HPP,
    KAS,
    KOMISI_KONSINYASI,
    PENJUALAN,
    PERSEDIAAN,
    UTANG_KONSINYASI,
    EntryKind,
)
from desktop_app.domain.journal import EntryDraft, debit

ON = date(2025, 3, 10)
PRODUCER = 7
RICE = sp.ProductInfo(4, "BRS", "Beras", None, "kg", sale_price=15_000, cost_price=12_000,
                      min_stock=0, owner_member_id=None, owner_number=None, owner_name=None,
                      commission_percent=Decimal(0), active=True)
CAKE = replace(RICE, id=5, code="KUE", name="Kue", unit="pcs", cost_price=0,
               owner_member_id=PRODUCER, owner_number="A7", commission_percent=Decimal(10))


def lines(draft: EntryDraft) -> list[tuple]:
    """(account, amount, member, product) per line: debit positive, credit negative."""
    assert sum(line.amount for line in draft.lines) == 0, "the entry must balance"
    return [(ln.account, ln.amount, ln.member_id, ln.product_id) for ln in draft.lines]


def test_a_sale_of_coop_goods_is_dr_kas_cr_penjualan_and_moves_its_cost_to_hpp():
    draft = sp.sale_draft(RICE, 3, 15_000, ON)
    assert draft.kind == EntryKind.SALE and draft.reference == "BRS"
    assert lines(draft) == [(KAS, 45_000, None, None), (PENJUALAN, -45_000, None, 4),
                            (HPP, 36_000, None, 4), (PERSEDIAAN, -36_000, None, 4)]
    without_cost = sp.sale_draft(replace(RICE, cost_price=0), 3, 15_000, ON, market_day_id=2)
    assert without_cost.reference == "HP-2"
    assert lines(without_cost) == [(KAS, 45_000, None, None), (PENJUALAN, -45_000, None, 4)]


def test_a_consignment_sale_credits_our_commission_and_owes_the_rest_to_the_producer():
    draft = sp.sale_draft(CAKE, 9, 3_500, ON)
    assert draft.kind == EntryKind.SALE
    assert lines(draft) == [(KAS, 31_500, None, None),
                            (KOMISI_KONSINYASI, -3_150, PRODUCER, 5),
                            (UTANG_KONSINYASI, -28_350, PRODUCER, 5)]
    all_hers = sp.sale_draft(replace(CAKE, commission_percent=Decimal(0)), 2, 1_000, ON)
    assert lines(all_hers) == [(KAS, 2_000, None, None), (UTANG_KONSINYASI, -2_000, PRODUCER, 5)]


def test_commission_rounds_half_up_to_the_unit():
    assert sp.commission_of(25, Decimal(10)) == 3  # 2.5 -> 3
    assert sp.commission_of(24, Decimal(10)) == 2  # 2.4 -> 2
    assert sp.commission_of(1_005, Decimal("12.5")) == 126  # 125.625 -> 126


@hsettings(max_examples=60, deadline=None)
@given(
    quantity=st.integers(1, 500), price=st.integers(1, 2_000_000),
    percent=st.decimals(0, 100, places=2), cost=st.integers(0, 2_000_000),
    consignment=st.booleans(),
)
def test_every_sale_draft_balances_and_takes_the_whole_amount(quantity, price, percent, cost,
                                                              consignment):
    product = sp.ProductInfo(1, "P", "P", None, "pcs", price, cost, 0,
                             PRODUCER if consignment else None, "A7" if consignment else None,
                             None, percent, True, 10**6)
    draft = sp.sale_draft(product, quantity, price, ON, None)
    assert sum(line.amount for line in draft.lines) == 0
    assert all(line.amount != 0 for line in draft.lines)
    assert draft.lines[0] == debit(KAS, quantity * price)
    if consignment:
        assert all(line.member_id == PRODUCER for line in draft.lines[1:])


@pytest.mark.parametrize(("build", "against"), [
    (lambda p, q: sp.purchase_draft(p, q, ON), KAS),
    (lambda p, q: sp.opening_draft(p, q, ON), EKUITAS_SALDO_AWAL),
    (lambda p, q: sp.adjustment_draft(p, q, ON, "rusak"), BEBAN_OPERASIONAL),
    (lambda p, q: sp.revaluation_draft(p, q, 10_000, 10_000 + p.cost_price, ON), HPP),
])
def test_a_stock_event_of_coop_goods_is_persediaan_at_cost_against_its_account(build, against):
    draft = build(RICE, 5)
    assert draft.kind == EntryKind.STOCK and draft.reference == "BRS"
    assert lines(draft) == [(PERSEDIAAN, 60_000, None, 4), (against, -60_000, None, 4)]
    lost = build(RICE, -2)
    assert lines(lost) == [(PERSEDIAAN, -24_000, None, 4), (against, 24_000, None, 4)]
    assert build(CAKE, 5) is None, "consignment goods are not ours: nothing is posted"
    assert build(RICE, 0) is None


def test_a_revaluation_moves_the_held_quantity_by_the_change_in_cost_against_hpp():
    cheaper = sp.revaluation_draft(RICE, 10, 12_000, 11_500, ON)
    assert lines(cheaper) == [(PERSEDIAAN, -5_000, None, 4), (HPP, 5_000, None, 4)]
    assert "12000" in cheaper.description and "11500" in cheaper.description


@pytest.mark.parametrize(("kind", "against"), [
    ("receive", KAS), ("opening", EKUITAS_SALDO_AWAL), ("adjust", BEBAN_OPERASIONAL)])
def test_a_movement_typed_in_by_hand_posts_by_its_kind(kind, against):
    assert lines(sp.movement_draft(RICE, kind, 2, ON)) == [(PERSEDIAAN, 24_000, None, 4),
                                                          (against, -24_000, None, 4)]
    assert sp.movement_draft(CAKE, kind, 2, ON) is None
    assert sp.movement_draft(replace(RICE, cost_price=0), kind, 2, ON) is None
