"""The main window: navigation on the left, the current page on the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages import page_specs


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("Koperasi"))
        self.resize(1200, 780)
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.page_keys: list[str] = []
        for spec in page_specs():
            self.nav.addItem(spec.title())
            self.stack.addWidget(spec.factory(ctx))
            self.page_keys.append(spec.key)
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        path = ctx.book.path or tr("(in memory)")
        self.statusBar().showMessage(tr("Book: {path}", path=path))
        self.nav.setCurrentRow(0)

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.page_keys.index(key))
        return self.stack.currentWidget()
