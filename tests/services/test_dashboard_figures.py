"""The start page's figures agree with the journal."""

from datetime import date

from report_book import CASH_END_2024, build

from desktop_app.domain import accounts as acc
from desktop_app.services import ledger
from desktop_app.services.dashboard import dashboard


def test_dashboard_figures_on_the_known_book(session):
    build(session)
    figures = dashboard(session, date(2025, 1, 20))
    assert figures.cash == CASH_END_2024 + 20_000
    assert (figures.pokok, figures.wajib, figures.sukarela) == (300_000, 380_000, 400_000)
    assert figures.loans_outstanding == 900_000
    assert figures.overdue_this_week == 0 and figures.low_stock == []
    assert [p.month_end for p in figures.history][:2] == [date(2024, 2, 29), date(2024, 3, 31)]
    assert figures.history[-1].month_end == date(2025, 1, 31)
    for point in figures.history:
        savings = -sum(ledger.account_balance_as_of(session, c, point.month_end)
                       for c in acc.SAVINGS_ACCOUNTS)
        loans = ledger.account_balance_as_of(session, acc.PIUTANG_PINJAMAN, point.month_end)
        assert (point.savings, point.loans) == (savings, loans)


def test_dashboard_of_an_empty_book(session):
    figures = dashboard(session, date(2025, 1, 20))
    assert figures.cash == figures.savings == figures.loans_outstanding == 0
    assert figures.par30 is None
    assert len(figures.history) == 12
