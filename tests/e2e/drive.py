"""Driving the real app as a user: steps that are timed and checked, and answers to the
modal dialogs the app opens (message boxes, file dialogs, its own forms).

A modal dialog blocks in `exec()` until it is closed, so its answer is arranged *before*
the click that opens it: `answer(kind, handle)` polls for the next visible modal dialog of
that kind and lets `handle` fill it in and press its buttons, exactly as a person would;
nothing in the app is replaced.
"""

from __future__ import annotations

import gc
import json
import os
import re
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from shiboken6 import Shiboken

# Qt's words for an object owned twice, touched from the wrong thread, or deleted under
# someone's feet: any of them fails the scenario.
FATAL_QT_MESSAGES = re.compile(
    "|".join([
        r"Cannot create children for a parent that is in a different thread",
        r"QObject.*deleted",
        r"shared QObject was deleted directly",
        r"QBasicTimer can only be used with threads started with QThread",
        r"Timers cannot be (started|stopped) from another thread",
        r"Cannot send events to objects owned by a different thread",
        r"QPixmap: It is not safe to use pixmaps outside the GUI thread",
        r"Widgets must be created in the GUI thread",
        r"QObject::setParent: Cannot set parent, new parent is in a different thread",
        r"QThread: Destroyed while thread is still running",
        r"Internal C\+\+ object .* already deleted",
    ]))


class QtWatch:
    """Qt's own warnings during a scenario; `bad` are the fatal ones."""

    def __init__(self):
        self.messages: list[str] = []

    def __call__(self, mode: QtMsgType, _context, message: str) -> None:
        self.messages.append(message)

    @property
    def bad(self) -> list[str]:
        return [m for m in self.messages if FATAL_QT_MESSAGES.search(m)]

    @contextmanager
    def installed(self):
        previous = qInstallMessageHandler(self)
        try:
            yield self
        finally:
            qInstallMessageHandler(previous)


class Day:
    """A scenario's steps: each is timed, followed by a garbage collection (a wrapper
    Python and Qt both own dies then, not hours later at a customer's) and a check of
    Qt's warnings."""

    def __init__(self, watch: QtWatch, name: str):
        self.watch = watch
        self.name = name
        self.times: dict[str, float] = {}

    @contextmanager
    def step(self, name: str):
        start = time.perf_counter()
        yield
        self.times[name] = time.perf_counter() - start
        settle()
        gc.collect()
        settle()
        assert not self.watch.bad, f"after '{name}': {self.watch.bad}"

    def write_times(self) -> None:
        """Append the step times to KOPERASI_E2E_TIMES (a JSON-lines file), if set."""
        target = os.environ.get("KOPERASI_E2E_TIMES")
        if target:
            with Path(target).open("a", encoding="utf-8") as out:
                out.write(json.dumps({"scenario": self.name, "seconds": self.times}) + "\n")


def settle(ms: int = 30) -> None:
    """Let the event loop run (deferred deletes, repaints, queued signals)."""
    QApplication.processEvents()
    QTest.qWait(ms)
    QApplication.sendPostedEvents(None, 0)  # includes DeferredDelete


def wait_until(condition: Callable[[], object], timeout: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        QTest.qWait(20)


class Answer(QObject):
    """The pending answer to the next modal dialog of a kind (see `answer`)."""

    def __init__(self, kind: type[QWidget], handle: Callable[[QWidget], None], timeout: float):
        super().__init__(QApplication.instance())
        self.kind, self.handle = kind, handle
        self.deadline = time.monotonic() + timeout
        self.done = False
        self.error: BaseException | None = None
        self.text = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._poll)
        self.timer.start(25)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, self.kind) and dialog.isVisible():
            self.timer.stop()
            self.text = dialog_text(dialog)
            try:
                self.handle(dialog)
            except BaseException as exc:  # noqa: BLE001 - re-raised by wait()
                self.error = exc
                dialog.reject()
            QTimer.singleShot(3000, lambda: self._still_open(dialog))
            self.done = True
        elif time.monotonic() > self.deadline:
            self.timer.stop()
            self.error = AssertionError(f"no {self.kind.__name__} appeared")
            self.done = True

    def _still_open(self, dialog: QWidget) -> None:
        """A form that stays open was refused: say why and close it (no hang)."""
        if Shiboken.isValid(dialog) and dialog.isVisible():
            shown = [label.text() for label in dialog.findChildren(QLabel)
                     if label.isVisible() and label.text()]
            self.error = self.error or AssertionError(
                f"{type(dialog).__name__} stayed open: {shown}")
            dialog.reject()

    def wait(self, timeout: float = 30.0) -> str:
        """Wait until the dialog was answered; its text (for message boxes)."""
        wait_until(lambda: self.done, timeout, f"a {self.kind.__name__}")
        QTest.qWait(50)
        if self.error is not None:
            raise self.error
        return self.text


def answer(kind: type[QWidget], handle: Callable[[QWidget], None],
           timeout: float = 30.0) -> Answer:
    return Answer(kind, handle, timeout)


def dialog_text(dialog: QWidget) -> str:
    if isinstance(dialog, QMessageBox):
        return "\n".join(filter(None, [dialog.text(), dialog.informativeText()]))
    return dialog.windowTitle()


def press(dialog: QWidget, role: QDialogButtonBox.StandardButton | str) -> None:
    """Click a button of `dialog`: a standard button, or the one with that text."""
    if isinstance(role, str):
        button = next(b for b in dialog.findChildren(QAbstractButton)
                      if b.text().replace("&", "") == role and b.isVisible())
    elif isinstance(dialog, QMessageBox):
        button = dialog.button(QMessageBox.StandardButton(role.value))
    else:
        button = dialog.findChild(QDialogButtonBox).button(role)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def accept(form: QWidget) -> None:
    """Click the form's accepting button (Save, Record, OK…), whatever its words."""
    box = form.findChild(QDialogButtonBox)
    button = next(b for b in box.buttons()
                  if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                           QDialogButtonBox.ButtonRole.YesRole,
                                           QDialogButtonBox.ButtonRole.ApplyRole))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(box: QWidget) -> None:
    """Close an information box with Enter, as most people do."""
    QTest.keyClick(box, Qt.Key.Key_Return)


def yes(box: QMessageBox) -> None:
    press(box, QDialogButtonBox.StandardButton.Yes)


def save_as(path: Path) -> Callable[[QFileDialog], None]:
    """Choose `path` in a file dialog and accept it (its Save/Open button), as typing the
    name would: `selectFile` leaves the name field alone once it has the keyboard focus
    (which arrives when the X server gets to it), so the suggested name was saved."""
    def handle(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if name is not None:
            name.setText(str(path))
        dialog.accept()
    return handle


def type_into(widget: QWidget, text: str, enter: bool = False) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    QTest.keyClicks(widget, text)
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.text()} cannot be clicked"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def shortcut(window: QWidget, key: str) -> None:
    """Choose the menu item of `window` whose shortcut is `key` (e.g. 'Ctrl+E'). Under a
    bare X server no window manager hands the keyboard over, so the item is triggered as
    a click on it would."""
    from PySide6.QtGui import QAction, QKeySequence

    action = next(a for a in window.findChildren(QAction)
                  if a.shortcut() == QKeySequence(key))
    action.trigger()


def modal_dialog(kind: type[QDialog]) -> QDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) else None
