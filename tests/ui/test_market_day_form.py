"""The market-day sales form: code, quantity, Enter; the sale is listed and counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.domain.roles import Role
from desktop_app.services import market_days, stock
from desktop_app.services.context import SYSTEM_ACTOR, Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages import market_day as market_day_module
from desktop_app.ui.pages.market_day import MarketDaySalesForm
from tests.inventory_book import DAY, build, counts


@pytest.fixture
def shop(session):
    return build(session)


@pytest.fixture
def day(session, shop):
    return market_days.open_market_day(session, DAY, "Pasar Pandansari")


@pytest.fixture
def form(qtbot, book, day):
    widget = MarketDaySalesForm(AppContext(book, SYSTEM_ACTOR), day)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def read(book, fn, *args):
    """Read through a short session of its own: the form's sessions share the in-memory
    connection, so the test must not hold a transaction open."""
    with book.session() as s:
        return fn(s, *args)


def sell(qtbot, form, product: str, quantity: str, price: str | None = None) -> None:
    qtbot.keyClicks(form.product_edit, product)
    qtbot.keyClick(form.product_edit, Qt.Key.Key_Return)
    form.quantity.lineEdit().selectAll()
    qtbot.keyClicks(form.quantity.lineEdit(), quantity)
    if price is not None:
        form.price.setText(price)
    qtbot.keyClick(form.quantity, Qt.Key.Key_Return)


def test_code_quantity_enter_records_the_sale(qtbot, book, form, session, shop):
    qtbot.keyClicks(form.product_edit, "kue")
    qtbot.keyClick(form.product_edit, Qt.Key.Key_Return)
    assert form.price.text() == "5.000"  # the product's sale price by default
    assert "in stock: 30" in form.product_info.text()
    form.quantity.lineEdit().selectAll()
    qtbot.keyClicks(form.quantity.lineEdit(), "3")
    qtbot.keyClick(form.quantity, Qt.Key.Key_Return)

    assert form.model.rowCount() == 1
    assert [form.model.index(0, c).data() for c in range(6)] == [
        "KUE", "Kue Bingka", "Siti Aminah", "3", "5.000", "15.000"]
    assert read(book, stock.stock_of, shop.kue) == 27
    assert "3 items sold" in form.totals.text() and "Rp 15.000" in form.totals.text()
    assert "27 left" in form.message.text()
    assert form.product_edit.text() == "" and form.quantity.value() == 1


def test_product_by_name_and_a_changed_price(qtbot, book, form, session, shop):
    sell(qtbot, form, "Beras 5 kg", "2", "14.000")
    sell(qtbot, form, "KUE", "1")
    assert form.model.rowCount() == 2
    assert "Rp 33.000" in form.totals.text()
    assert read(book, stock.stock_of, shop.beras) == 18


def test_a_sale_beyond_stock_is_refused_on_screen(qtbot, book, form, session, shop):
    before = read(book, counts)
    sell(qtbot, form, "KUE", "31")
    assert "Only 30" in form.message.text()
    assert form.model.rowCount() == 0
    assert read(book, counts) == before


def test_an_unknown_product_is_refused(qtbot, book, form, session):
    before = read(book, counts)
    sell(qtbot, form, "XYZ", "1")
    assert "product code or name" in form.message.text()
    assert read(book, counts) == before


def test_cancelling_a_sale_puts_the_goods_back(qtbot, book, form, session, shop, monkeypatch):
    sell(qtbot, form, "KUE", "4")
    form.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("salah hitung", True))
    form.reverse_selected()
    assert read(book, stock.stock_of, shop.kue) == 30
    assert form.model.rowCount() == 2  # the sale and its return
    assert "0 items sold" in form.totals.text()


def test_closing_shows_the_summary_and_stops_sales(qtbot, book, form, session, shop, monkeypatch):
    sell(qtbot, form, "KUE", "2")
    shown = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(market_day_module.SummaryDialog, "exec",
                        lambda self: shown.append(self.html) or 0)
    form.close_day()
    assert shown and "Rp 10.000" in shown[0] and "Siti Aminah" in shown[0]
    assert not form.record_button.isEnabled() and not form.product_edit.isEnabled()
    assert read(book, market_days.get_market_day, form.market_day_id).status == "closed"


def test_a_reader_sees_the_sales_but_cannot_sell(qtbot, book, day):
    widget = MarketDaySalesForm(AppContext(book, Actor("pengawas", Role.AUDITOR)), day)
    qtbot.addWidget(widget)
    assert not widget.record_button.isEnabled()


def test_sales_model_passes_the_model_tester(qtbot, qtmodeltester, form):
    sell(qtbot, form, "KUE", "2")
    qtmodeltester.check(form.model)
