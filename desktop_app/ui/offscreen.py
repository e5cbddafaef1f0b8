"""A Qt application for commands that draw documents without a window (PDFs, charts)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gui_application() -> Iterator[None]:
    """Run the body with a QApplication: the running one, or an offscreen one of our own
    (a command line needs no display) with the UI language's translators installed."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        yield
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.i18n import language
    from desktop_app.ui.translator import install_translators

    app = QApplication([])
    install_translators(app, language())
    yield
