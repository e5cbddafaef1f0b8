"""IdleTimer: restarts on input in its window, fires when idle, and leaves nothing behind
once its window is gone (its app-wide filter used to run on a cleared Python object)."""

import gc

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.idle import IdleTimer


class Window(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        QVBoxLayout(self).addWidget(self.edit)
        self.idled = 0
        self.idle = IdleTimer(self, 60_000, self.on_idle)
        self.idle.start()

    def on_idle(self) -> None:
        self.idled += 1


def _type(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))


def _idle_timers() -> list:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [o for o in QApplication.instance().children() if isinstance(o, IdleTimer)]


def test_input_in_the_window_restarts_the_wait(qtbot):
    window, other = Window(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(other)
    window.show()
    other.show()
    window.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)  # remainingTime to the ms
    window.idle.start()
    qtbot.wait(30)
    waited = window.idle.timer.remainingTime()
    _type(other)  # another window's input does not count
    assert window.idle.timer.remainingTime() <= waited
    _type(window.edit)
    assert window.idle.timer.remainingTime() > waited


def test_silence_calls_on_idle(qtbot):
    window = Window()
    qtbot.addWidget(window)
    window.idle.set_timeout(20)
    window.idle.start()
    qtbot.waitUntil(lambda: window.idled == 1, timeout=5000)


@pytest.mark.parametrize("how", ["del", "deleteLater", "cycle", "child of a window", "close"])
def test_a_deleted_window_leaves_no_filter_behind(qtbot, how):
    bystander = QWidget()
    qtbot.addWidget(bystander)
    bystander.show()
    host = QWidget()
    window = Window(host if how == "child of a window" else None)
    window.show()
    window.edit.setFocus()  # focus moves while the window is torn down: events go by
    qtbot.wait(10)
    with qtbot.capture_exceptions() as raised:
        if how == "deleteLater":
            window.deleteLater()
        elif how == "cycle":
            window.me = window
        elif how == "child of a window":
            host.deleteLater()
        elif how == "close":
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.close()
        del window
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        for _ in range(3):
            _type(bystander)
            QApplication.processEvents()
    assert raised == []
    assert _idle_timers() == []
