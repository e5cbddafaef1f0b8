"""The app's look: one calm stylesheet and a large base font."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop_app.resources import resource_path

BASE_POINT_SIZE = 11


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    if app.style().name().lower() != "fusion":  # the same look on Windows and Linux
        app.setStyle("Fusion")  # (once: switching styles under live widgets is unsafe)
    app.setStyleSheet(stylesheet())


def stylesheet() -> str:
    """The stylesheet, with `{icons}` pointing at the icons folder (Qt resolves a
    relative url() against the working directory, not the stylesheet)."""
    text = resource_path("styles", "koperasi.qss").read_text(encoding="utf-8")
    return text.replace("{icons}", resource_path("icons").as_posix())
