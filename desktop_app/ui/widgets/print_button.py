"""A button that prints a document or saves it as PDF (the document is built on click)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop_app.i18n import tr
from desktop_app.ui import printing


class PrintButton(QPushButton):
    def __init__(self, text: str, html: Callable[[], str | None], suggested_name: Callable[[], str],
                 parent: QWidget):
        super().__init__(text, parent)
        self._html = html
        self._name = suggested_name
        menu = QMenu(self)
        menu.addAction(tr("Print…"), self._print)
        menu.addAction(tr("Save as PDF…"), self._pdf)
        self.setMenu(menu)

    def _print(self) -> None:
        html = self._html()
        if html:
            printing.print_html(self, html)

    def _pdf(self) -> None:
        html = self._html()
        if html:
            printing.ask_and_save_pdf(self, html, self._name())
