"""After a posting, offer its receipt (kwitansi): print it or save it as PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import tr
from desktop_app.ui import printing


def offer_receipt(parent: QWidget, message: str, html: Callable[[], str],
                  suggested_name: str) -> QMessageBox:
    """A non-blocking box owned by `parent`: `message`, then Print, Save as PDF or Close."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Receipt"), message,
                      QMessageBox.StandardButton.Close, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("receipt-offer")
    print_button = box.addButton(tr("Print receipt…"), QMessageBox.ButtonRole.ActionRole)
    pdf_button = box.addButton(tr("Save receipt as PDF…"), QMessageBox.ButtonRole.ActionRole)
    print_button.clicked.connect(lambda: printing.print_html(parent, html()))
    pdf_button.clicked.connect(lambda: printing.ask_and_save_pdf(parent, html(), suggested_name))
    box.setDefaultButton(print_button)
    box.open()
    return box
