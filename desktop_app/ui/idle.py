"""Notice when nobody has touched a window for a while (kiosk return, session lock)."""

from __future__ import annotations

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
    """

    def __init__(self, watched: QWidget, timeout_ms: int, on_idle: Callable[[], None]):
        super().__init__(watched)
        self.watched = watched
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(on_idle)
        QApplication.instance().installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timer.setInterval(timeout_ms)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            self.timer.isActive()
            and event.type() in _INPUT_EVENTS
            and isinstance(obj, QWidget)
            and belongs_to(obj, self.watched)
        ):
            self.timer.start()
        return False


def belongs_to(widget: QWidget, owner: QWidget) -> bool:
    """True if `widget` is `owner` or inside it, including dialogs it opened."""
    while widget is not None:
        if widget is owner:
            return True
        widget = widget.parentWidget()
    return False
