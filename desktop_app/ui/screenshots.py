"""`koperasi screenshot DIR`: render every main page to a PNG, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.db.book import Book


def render_pages(book: Book, directory: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import language
    from desktop_app.services.context import SYSTEM_ACTOR
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.style import apply_style
    from desktop_app.ui.translator import install_translators

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    install_translators(app, language())
    directory.mkdir(parents=True, exist_ok=True)
    window = MainWindow(AppContext(book, SYSTEM_ACTOR))
    window.show()
    written = []
    for index, key in enumerate(window.page_keys, start=1):
        window.show_page(key)
        app.processEvents()
        target = directory / f"{index:02d}-{key}.png"
        window.grab().save(str(target))
        written.append(target)
    window.close()
    return written
