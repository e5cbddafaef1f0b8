"""Inventory: products and stock, market days, producers' settlements, sales reports.

Each tab is its own module: `products_tab`, `market_days_tab`, `producers_tab`,
`sales_report_tab`."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.i18n import tr
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.market_days_tab import MarketDaysTab
from desktop_app.ui.pages.producers_tab import ProducersTab
from desktop_app.ui.pages.products_tab import ProductsTab
from desktop_app.ui.pages.sales_report_tab import SalesReportTab


class InventoryPage(Page):
    key = "inventory"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        digits = ctx.money.minor_digits
        self.products = ProductsTab(ctx, digits)
        self.market_days = MarketDaysTab(ctx, digits)
        self.producers = ProducersTab(ctx, digits)
        self.reports = SalesReportTab(ctx, digits)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.products, tr("Products"))
        self.tabs.addTab(self.market_days, tr("Market days"))
        self.tabs.addTab(self.producers, tr("Producers"))
        self.tabs.addTab(self.reports, tr("Sales reports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.setStyleSheet("QTableView, QLineEdit, QComboBox, QPushButton { font-size: 11pt; }")

    @classmethod
    def title(cls) -> str:
        return tr("Inventory and market days")

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
