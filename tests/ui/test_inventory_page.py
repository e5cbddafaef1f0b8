"""The inventory page: product list with low stock flagged, dialogs, producers, reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.roles import Role
from desktop_app.services import consignment, market_days, products, stock
from desktop_app.services.context import SYSTEM_ACTOR, Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.product_dialog import ProductDialog
from desktop_app.ui.dialogs.settlement_dialog import SettlementDialog
from desktop_app.ui.dialogs.stock_count_dialog import StockCountDialog
from desktop_app.ui.dialogs.stock_movement_dialog import StockMovementDialog
from desktop_app.ui.models.stock_count import COUNTED
from desktop_app.ui.pages.inventory import InventoryPage
from tests.inventory_book import DAY, build, counts
from tests.ui.test_market_day_form import read


@pytest.fixture
def shop(session):
    shop = build(session)
    day = market_days.open_market_day(session, DAY, "Pasar Pandansari")
    market_days.record_sale(session, shop.kue, 28, market_day_id=day)  # 2 left, min 3: low
    return shop


@pytest.fixture
def ctx(book):
    return AppContext(book, SYSTEM_ACTOR)


@pytest.fixture
def page(qtbot, ctx, shop):
    widget = InventoryPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_products_list_flags_low_stock(page, qtmodeltester):
    tab = page.products
    assert column(tab.model, 0) == ["BRS", "KUE"]
    assert column(tab.model, 7) == ["20", "2"]
    assert "KUE" in tab.low_banner.text() and "BRS" not in tab.low_banner.text()
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    qtmodeltester.check(tab.model)


def test_products_search_and_filters(page, qtbot):
    tab = page.products
    qtbot.keyClicks(tab.search, "bingka")
    assert column(tab.model, 0) == ["KUE"]
    tab.search.clear()
    tab.owner.setCurrentIndex(tab.owner.findData("coop"))
    assert column(tab.model, 0) == ["BRS"]
    tab.owner.setCurrentIndex(0)
    tab.category.setCurrentIndex(tab.category.findData("Kue"))
    assert column(tab.model, 0) == ["KUE"]
    tab.category.setCurrentIndex(0)
    tab.low_only.setChecked(True)
    assert column(tab.model, 0) == ["KUE"]


def test_product_dialog_creates_consignment_goods(qtbot, ctx, book, shop):
    dialog = ProductDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("AMP")
    dialog.name.setText("Amplang")
    dialog.sale_price.setText("20.000")
    dialog.member.setChecked(True)
    dialog.owner.setText("A001")
    dialog.commission.setValue(12.5)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    product = read(book, products.find_product, "AMP")
    assert (product.sale_price, product.owner_number, str(product.commission_percent)) == (
        20_000, "A001", "12.5")


def test_product_dialog_refuses_a_duplicate_code_and_writes_nothing(qtbot, ctx, book, shop):
    before = read(book, counts)
    dialog = ProductDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("BRS")
    dialog.name.setText("Beras lain")
    dialog.sale_price.setText("10.000")
    dialog.save()
    assert "already used" in dialog.error.text()
    assert read(book, counts) == before


def test_product_dialog_edits_an_existing_product(qtbot, ctx, book, shop):
    dialog = ProductDialog(ctx, shop.kue)
    qtbot.addWidget(dialog)
    assert dialog.member.isChecked() and dialog.owner.text().startswith("A001")
    dialog.sale_price.setText("6.000")
    dialog.save()
    assert read(book, products.get_product, shop.kue).sale_price == 6_000


def test_stock_movement_dialog_receives_and_refuses_too_much_out(qtbot, ctx, book, shop):
    dialog = StockMovementDialog(ctx, shop.beras, on=DAY)
    qtbot.addWidget(dialog)
    dialog.quantity.setValue(5)
    assert dialog.effect.text() == ("Posts Rp 60.000 at cost: debit Persediaan Barang, "
                                    "credit Kas.")
    dialog.save()
    assert read(book, stock.stock_of, shop.beras) == 25
    out = StockMovementDialog(ctx, shop.beras, on=DAY)
    qtbot.addWidget(out)
    out.kind.setCurrentIndex(out.kind.findData("remove"))
    out.quantity.setValue(26)
    assert out.effect.text() == ("Posts Rp 312.000 at cost: debit Beban Operasional, "
                                 "credit Persediaan Barang.")
    out.reason.setText("hilang")
    out.save()
    assert "Only 25" in out.error.text()
    assert read(book, stock.stock_of, shop.beras) == 25



def test_stock_movement_dialog_says_consignment_goods_post_nothing(qtbot, ctx, shop):
    dialog = StockMovementDialog(ctx, shop.kue, on=DAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("opening"))
    assert dialog.effect.text() == ("Consignment goods belong to the producer: nothing is "
                                    "posted to the books.")

def test_stock_count_dialog_records_differences(qtbot, qtmodeltester, ctx, book, shop):
    dialog = StockCountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.on.setDate(QDate(2025, 3, 2))
    qtmodeltester.check(dialog.model)
    row = [r[1] for r in dialog.model.rows].index("BRS")
    assert dialog.model.setData(dialog.model.index(row, COUNTED), "18")
    assert not dialog.model.setData(dialog.model.index(row, COUNTED), "-1")
    assert dialog.model.index(row, COUNTED + 1).data() == -2
    dialog.save()
    assert read(book, stock.stock_of, shop.beras) == 18


def test_market_days_tab_opens_a_day_and_shows_its_form(qtbot, page):
    tab = page.market_days
    page.tabs.setCurrentWidget(tab)
    tab.on.setDate(QDate(2025, 3, 8))
    tab.market.setCurrentText("Bazar UMKM Balikpapan")
    tab.open_day()
    assert tab.stack.currentWidget() is tab.form
    assert "Bazar UMKM Balikpapan" in tab.form.heading.text()
    tab.form.back_requested.emit()
    assert column(tab.model, 1) == ["Bazar UMKM Balikpapan", "Pasar Pandansari"]
    assert column(tab.model, 4) == ["0", "140.000"]


def test_producers_tab_and_settlement_dialog(qtbot, page, ctx, book, shop):
    page.tabs.setCurrentWidget(page.producers)
    assert column(page.producers.model, 3) == ["126.000"]  # 140,000 less 10%
    assert "Rp 126.000" in page.producers.total.text()
    dialog = SettlementDialog(ctx, shop.siti)
    qtbot.addWidget(dialog)
    assert "Kue Bingka" in dialog.html and "Rp 126.000" in dialog.html
    dialog.amount.setText("200.000")
    dialog.settle()
    assert "owed only" in dialog.error.text()
    dialog.amount.setText("100.000")
    dialog.savings.setChecked(True)
    dialog.on.setDate(QDate(2025, 3, 2))
    dialog.settle()
    assert read(book, consignment.owed, shop.siti) == 26_000


def test_reports_tab_groups_sales(qtbot, page):
    tab = page.reports
    page.tabs.setCurrentWidget(tab)
    tab.start.setDate(QDate(2025, 1, 1))
    tab.end.setDate(QDate(2025, 12, 31))
    tab.by.setCurrentIndex(tab.by.findData("producer"))
    assert column(tab.model, 0) == ["A001 Siti Aminah"]
    assert column(tab.model, 2) == ["140.000"]
    assert "Rp 240.000" in tab.valuation.text()


def test_a_reader_cannot_add_products_or_move_stock(qtbot, book, shop):
    widget = InventoryPage(AppContext(book, Actor("pengawas", Role.AUDITOR)))
    qtbot.addWidget(widget)
    assert not widget.products.stock_button.isEnabled()
    assert not widget.products.edit_button.isEnabled()



def test_selecting_a_product_shows_its_stock_card(page, qtmodeltester):
    tab = page.products
    tab.table.selectRow(1)  # KUE: received 30, sold 28
    assert "Kue Bingka" in tab.card_title.text()
    assert column(tab.card, 1) == ["Sale", "Received"]
    assert column(tab.card, 2) == ["-28", "30"]
    qtmodeltester.check(tab.card)
