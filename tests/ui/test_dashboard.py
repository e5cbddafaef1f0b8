"""The start page shows the book's figures and draws its chart."""

from datetime import date

import pytest
from report_book import build

from desktop_app.services import loans
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.services.dashboard import MonthPoint
from desktop_app.ui.context import AppContext, Money
from desktop_app.ui.pages.dashboard import DashboardPage, TrendChart, _nice_step
from tests.loan_book import add_member, add_product


@pytest.fixture
def ctx(book, session):
    build(session)
    return AppContext(book, SYSTEM_ACTOR)


def test_dashboard_shows_cash_savings_and_loans(qtbot, ctx):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert page.cash.value.text() == "Rp 1.407.655"
    assert page.savings.value.text() == "Rp 1.080.000"
    assert "Sukarela Rp 400.000" in page.savings.detail.text()
    assert page.loans.value.text() == "Rp 900.000"
    assert page.stock.value.text() == "0"
    assert len(page.chart.points) == 12
    image = page.grab().toImage()
    assert not image.isNull() and image.width() == 1000


def test_dashboard_of_an_empty_book(qtbot, book):
    page = DashboardPage(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(page)
    page.show()
    assert page.cash.value.text() == "Rp 0"
    assert page.par.value.text() == "–"
    page.grab()  # the chart draws with no data


def test_chart_grid_steps_are_round():
    assert [_nice_step(v) for v in (0.5, 3, 13, 260, 4_000_001)] == [1, 5, 20, 500, 5_000_000]


def test_applications_waiting_for_the_chair_are_counted(qtbot, book, session):
    product = add_product(session)
    siti = add_member(session, "A001", "Siti Aminah", savings=1_000_000)
    loans.apply_for_loan(session, loans.Application(siti, product, 500_000, 5, "modal",
                                                    date.today()))
    page = DashboardPage(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(page)
    assert "1 applications waiting for the chair's approval" in page.loans.detail.text()


def test_the_chart_axis_has_room_for_a_large_books_figures(qtbot):
    chart = TrendChart(Money())
    qtbot.addWidget(chart)
    chart.set_points([MonthPoint(date(2026, m, 28), 12_345_678_901, 9_000_000_000)
                      for m in range(1, 13)])
    metrics = chart.fontMetrics()
    assert chart.axis_width(metrics) > metrics.horizontalAdvance("15.000.000.000")
