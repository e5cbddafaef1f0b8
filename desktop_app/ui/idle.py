"""Notice when nobody has touched a window for a while (kiosk return, session lock)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleTimer(QObject):
    """Calls `on_idle` after `timeout_ms` without keyboard or mouse input in `watched`
    (or in a dialog it opened).

    The single-shot `timer` is public so tests can fire it without waiting.

    The filter sits on the application, so it is the application's child, not the
    watched widget's: as a child of the widget, its Python side was cleared while the
    widget was being torn down, yet Qt still passed it the events sent during that
    teardown ("'IdleTimer' object has no attribute 'timer'"). It takes itself off when
    the widget is destroyed.
    """

    def __init__(self, watched: QWidget, timeout_ms: int, on_idle: Callable[[], None]):
        app = QApplication.instance()
        super().__init__(app)
        self._watched = weakref.ref(watched)  # the application must not keep it alive
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(on_idle)
        app.installEventFilter(self)
        watched.destroyed.connect(self._unwatch)

    def _unwatch(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.deleteLater()

    def set_timeout(self, timeout_ms: int) -> None:
        self.timer.setInterval(timeout_ms)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self.timer.isActive()
            and event.type() in _INPUT_EVENTS
            and isinstance(obj, QWidget)
            and belongs_to(obj, self._watched())
        ):
            self.timer.start()
        return False


def belongs_to(widget: QWidget, owner: QWidget) -> bool:
    """True if `widget` is `owner` or inside it, including dialogs it opened."""
    while widget is not None and owner is not None:
        if widget is owner:
            return True
        widget = widget.parentWidget()
    return False
