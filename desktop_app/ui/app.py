"""Start the GUI: language, the book, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import config
from desktop_app.errors import KoperasiError
from desktop_app.i18n import DEFAULT_LANGUAGE, set_language, tr
from desktop_app.services.context import SYSTEM_ACTOR


def run_gui(db: Path | None, lang: str | None) -> int:
    set_language(lang or DEFAULT_LANGUAGE)
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop_app.db.book import open_book
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow

    path = db or config.default_book_path()
    try:
        book = open_book(path)
    except KoperasiError as exc:
        QMessageBox.critical(None, tr("Koperasi"), exc.message)
        return 1
    window = MainWindow(AppContext(book, SYSTEM_ACTOR))
    window.show()
    if os.environ.get("KOPERASI_EXIT_AFTER_SHOW"):
        # build_installer.py times the frozen app's start: quit once the window is shown.
        QTimer.singleShot(0, app.quit)
    return app.exec()
