"""The main pages, in navigation order. Each entry: key, translated title, page factory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtWidgets import QWidget

from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.base import NotBuiltPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[AppContext], QWidget]
    needs: Permission | None = None  # a page only some roles may see (the audit log)

    def visible_for(self, ctx: AppContext) -> bool:
        return self.needs is None or ctx.can(self.needs)


def _not_built(title: Callable[[], str]) -> Callable[[AppContext], QWidget]:
    return lambda ctx: NotBuiltPage(ctx, title())


def page_specs() -> list[PageSpec]:
    """Built on demand so that page modules import only when the window opens."""
    return [
        PageSpec("dashboard", lambda: tr("Dashboard"),
                 lambda ctx: import_module("desktop_app.ui.pages.dashboard").DashboardPage(ctx)),
        PageSpec("members", lambda: tr("Members"),
                 lambda ctx: import_module("desktop_app.ui.pages.members").MembersPage(ctx)),
        PageSpec("savings", lambda: tr("Savings"),
                 lambda ctx: import_module("desktop_app.ui.pages.savings").SavingsPage(ctx)),
        PageSpec("loans", lambda: tr("Loans"),
                 lambda ctx: import_module("desktop_app.ui.pages.loans").LoansPage(ctx)),
        PageSpec("inventory", lambda: tr("Inventory"),
                 lambda ctx: import_module("desktop_app.ui.pages.inventory").InventoryPage(ctx)),
        PageSpec("programmes", lambda: tr("Programmes"),
                 lambda ctx: import_module("desktop_app.ui.pages.programmes").ProgrammesPage(ctx)),
        PageSpec("cashbook", lambda: tr("Cash book"),
                 lambda ctx: import_module("desktop_app.ui.pages.cashbook").CashbookPage(ctx)),
        PageSpec("reports", lambda: tr("Reports"),
                 lambda ctx: import_module("desktop_app.ui.pages.reports").ReportsPage(ctx)),
        PageSpec("audit", lambda: tr("Audit log"),
                 lambda ctx: import_module("desktop_app.ui.pages.audit").AuditPage(ctx),
                 Permission.READ_AUDIT),
        PageSpec("spreadsheets", lambda: tr("Excel"),
                 lambda ctx: import_module("desktop_app.ui.pages.spreadsheets").SpreadsheetsPage(ctx)),
        PageSpec("settings", lambda: tr("Settings"),
                 lambda ctx: import_module("desktop_app.ui.pages.settings").SettingsPage(ctx)),
    ]
