"""The main pages, in navigation order. Each entry: key, translated title, page factory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtWidgets import QWidget

from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    module: str  # the page class's module: imported on first use, or ahead while idle
    class_name: str
    needs: Permission | None = None  # a page only some roles may see (the audit log)

    def visible_for(self, ctx: AppContext) -> bool:
        return self.needs is None or ctx.can(self.needs)

    def factory(self, ctx: AppContext) -> QWidget:
        return getattr(import_module(self.module), self.class_name)(ctx)


def page_specs() -> list[PageSpec]:
    """Built on demand so that page modules import only when the window opens."""
    return [
        PageSpec("dashboard", lambda: tr("Dashboard"),
                 "desktop_app.ui.pages.dashboard", "DashboardPage"),
        PageSpec("members", lambda: tr("Members"),
                 "desktop_app.ui.pages.members", "MembersPage"),
        PageSpec("savings", lambda: tr("Savings"),
                 "desktop_app.ui.pages.savings", "SavingsPage"),
        PageSpec("loans", lambda: tr("Loans"),
                 "desktop_app.ui.pages.loans", "LoansPage"),
        PageSpec("inventory", lambda: tr("Inventory"),
                 "desktop_app.ui.pages.inventory", "InventoryPage"),
        PageSpec("programmes", lambda: tr("Programmes"),
                 "desktop_app.ui.pages.programmes", "ProgrammesPage"),
        PageSpec("cashbook", lambda: tr("Cash book"),
                 "desktop_app.ui.pages.cashbook", "CashbookPage"),
        PageSpec("reports", lambda: tr("Reports"),
                 "desktop_app.ui.pages.reports", "ReportsPage"),
        PageSpec("audit", lambda: tr("Audit log"),
                 "desktop_app.ui.pages.audit", "AuditPage",
                 Permission.READ_AUDIT),
        PageSpec("spreadsheets", lambda: tr("Excel"),
                 "desktop_app.ui.pages.spreadsheets", "SpreadsheetsPage"),
        PageSpec("settings", lambda: tr("Settings"),
                 "desktop_app.ui.pages.settings", "SettingsPage"),
    ]
