"""Import the modules of the next screens while the user is idle.

A page's module (and the services and dialogs it imports) costs more to import than the
page costs to build; importing it on the user's first click made that click slow. Once a
screen is painted, `warm_up` imports the given modules one per turn of the event loop,
so input and painting still get through between them, and the click that follows finds
them loaded. Importing stays on the GUI thread: modules that define widgets are not
imported on another thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 30  # pause between two imports, so a keystroke or a click is never kept waiting


def warm_up(owner: QObject, modules: Iterable[str]) -> None:
    """Import `modules` in turn while `owner` lives (its timer dies with it)."""
    pending = [name for name in modules if name]
    timer = QTimer(owner)
    timer.setInterval(IDLE_MS)

    def next_module() -> None:
        if not pending:
            timer.stop()
            timer.deleteLater()
            return
        import_module(pending.pop(0))

    timer.timeout.connect(next_module)
    timer.start()
