"""The app fits 1366×768 and 1280×720 screens: no page wider than the screen, the window
maximised on small screens, the treasurer's columns first, one title per page."""

from __future__ import annotations

from datetime import date

import inventory_book
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSpinBox, QTableView, QWidget
from report_book import build

from desktop_app.domain.roles import Role
from desktop_app.i18n import set_language
from desktop_app.resources import resource_path
from desktop_app.services.context import Actor
from desktop_app.ui import screen_fit
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.inventory import InventoryPage
from desktop_app.ui.pages.loans import LoansPage
from desktop_app.ui.style import stylesheet

NAV_AND_MARGINS = 220 + 32 + 20  # the navigation list, the body margins, a window frame


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("role", [Role.TREASURER, Role.CHAIR])
def test_no_page_is_wider_or_taller_than_a_1280_by_720_screen(qtbot, book, session,
                                                              language, role):
    set_language(language)
    build(session)
    window = MainWindow(AppContext(book, Actor("x", role)))
    qtbot.addWidget(window)
    for key in window.page_keys:
        page = window.show_page(key)
        hint = page.minimumSizeHint()
        assert hint.width() <= 1280 - NAV_AND_MARGINS, (key, hint)
        assert hint.height() <= 720 - 160, (key, hint)  # menu, header, status bar


def test_every_page_shows_its_title_once(qtbot, book, session):
    build(session)
    window = MainWindow(AppContext(book, Actor("x", Role.CHAIR)))
    qtbot.addWidget(window)
    for key in window.page_keys:
        page = window.show_page(key)
        title = window.header.text()
        repeats = [label.text() for label in page.findChildren(QLabel)
                   if title in label.text() and label.isVisibleTo(page)]
        assert repeats == [], key


def test_small_screens_open_maximised_and_others_at_a_size_that_fits(qtbot, monkeypatch):
    assert screen_fit.fitting_size(QSize(1366, 728)) == QSize(1280, 728)
    assert screen_fit.fitting_size(QSize(1920, 1040)) == QSize(1280, 800)
    window = QWidget()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(window, "showMaximized", lambda: shown.append("maximised"))
    monkeypatch.setattr(window, "show", lambda: shown.append("normal"))
    screen = window.screen()
    monkeypatch.setattr(type(screen), "availableGeometry",
                        lambda _self: type(screen.geometry())(0, 0, 1366, 738))
    screen_fit.show_fitting(window)
    assert shown == ["maximised"] and window.size() == QSize(1366, 738)


def test_the_loans_list_shows_arrears_days_late_collectibility_and_status_first(qtbot, book):
    page = LoansPage(AppContext(book, Actor("x", Role.TREASURER)), today=date(2025, 4, 1))
    qtbot.addWidget(page)
    header = page.table.horizontalHeader()
    shown = [page.model.headerData(header.logicalIndex(v), header.orientation())
             for v in range(7)]
    assert shown == ["Loan no.", "Name", "Outstanding", "Overdue", "Days late", "Arrears",
                     "Status"]
    page.resize(1366 - 220 - 32, 600)
    page.show()
    qtbot.waitExposed(page)
    status = header.logicalIndex(6)
    assert header.sectionViewportPosition(status) + header.sectionSize(status) \
        <= page.table.viewport().width()


def test_inventory_lists_whole_product_names_and_its_stock_first(qtbot, book, session):
    inventory_book.build(session)
    page = InventoryPage(AppContext(book, Actor("x", Role.TREASURER)))
    qtbot.addWidget(page)
    page.resize(1366 - 220 - 32, 600)
    page.show()
    qtbot.waitExposed(page)
    table = page.products.table
    header = table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(4)] == [0, 1, 7, 8]
    names = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    width = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert header.sectionSize(1) >= width
    assert page.products.card_table.isHidden()  # until a product is chosen


def test_spin_boxes_show_their_arrows(qtbot, qapp):
    assert "{icons}" not in stylesheet()
    assert resource_path("icons", "arrow-up.svg").exists()
    box = QSpinBox()
    box.setStyleSheet(stylesheet())
    qtbot.addWidget(box)
    box.resize(160, 34)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    right = [QColor(image.pixel(x, y)).lightness() for x in range(140, 158)
             for y in range(4, 30)]
    assert min(right) < 80  # a dark arrow is drawn in the button area


@pytest.mark.parametrize("language", ["en", "id"])
def test_no_column_title_is_cut_off(qtbot, book, session, language):
    set_language(language)
    build(session)
    window = MainWindow(AppContext(book, Actor("x", Role.CHAIR)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    cut = []
    for key in window.page_keys:
        page = window.show_page(key)
        qtbot.wait(10)
        for table in page.findChildren(QTableView):
            if not table.isVisible() or table.model() is None:
                continue
            header = table.horizontalHeader()
            for column in range(header.count()):
                if header.isSectionHidden(column):
                    continue
                title = table.model().headerData(column, header.orientation())
                if header.sectionSize(column) < header.sectionSizeHint(column) - 24:
                    cut.append((key, title, header.sectionSize(column)))
    assert cut == []
