"""Long work off the GUI thread, one way for every page and menu.

`Task` runs `work(progress)` on its own QThread. Its result, a refusal or the news that
the user cancelled reach the GUI thread only through the Task's signals: the Task lives
on the GUI thread and the worker's signals are connected to the Task's own methods, so
Qt queues them across threads. (A plain function or lambda connected straight to a
worker-side signal would run on the worker thread, where no widget may be touched —
the Excel page's message box that killed the app.)

`work` calls `progress(done, total)` now and then; once the user pressed Cancel that call
raises `Cancelled`, so the work stops at a point where it can clean up (a half-written
file is deleted, an import's transaction is rolled back).

`run_with_progress` shows a window-modal progress dialog with Cancel for a Task.

A Task is not the Qt child of the widget it works for: when that widget goes while the
work runs (the session locks, the window closes), a child Task would take its running
QThread down with it, which aborts the process. Instead the Task is cancelled, its
results are dropped, and it ends on its own; when the app quits, running Tasks are
cancelled and waited for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
MAX_PROBLEMS = 15  # listed under a refusal; the rest would not fit a message box
Work = Callable[[Progress], Any]


class Cancelled(Exception):
    """Raised by `progress` inside the work once the user asked to stop."""


class _Job(QObject):
    """The part that lives on the worker thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work):
        super().__init__()
        self.work = work
        self.stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.report)
        except Cancelled:
            self.cancelled.emit()
        except KoperasiError as exc:
            self.failed.emit("\n".join([exc.message, *exc.problems[:MAX_PROBLEMS]]))
        except Exception:  # noqa: BLE001 - shown as a message, logged with the traceback
            log.exception("background work failed")
            self.failed.emit(tr("Unexpected error; the details were written to the log."))
        else:
            self.succeeded.emit(result)


_RUNNING: set[Task] = set()  # held here, not by a parent widget that may go first


def _stop_all() -> None:
    """On quit: no worker thread may outlive the application."""
    for task in list(_RUNNING):
        task.cancel()
        task.wait()


class Task(QObject):
    """One piece of work on a worker thread; every signal is emitted on the GUI thread,
    then `finished`, after which the Task deletes itself. If `owner` is destroyed first,
    the work is cancelled and nothing more is emitted."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, owner: QObject):
        super().__init__()
        self._owner_gone = False
        owner.destroyed.connect(self._orphan)
        self._thread = QThread(self)
        self._job = _Job(work)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self._progressed)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self._job.cancelled.connect(self._cancelled)
        self.running = False

    def start(self) -> Task:
        app = QApplication.instance()
        if not app.property("koperasi_stops_tasks"):
            app.aboutToQuit.connect(_stop_all)
            app.setProperty("koperasi_stops_tasks", True)
        _RUNNING.add(self)
        self.running = True
        self._thread.start()
        return self

    @Slot()
    def _orphan(self) -> None:
        self._owner_gone = True
        self.cancel()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._job.stop.set()

    def wait(self) -> None:
        """Block until the worker thread has ended (closing the app, tests)."""
        self._thread.quit()
        self._thread.wait()

    # -- on the GUI thread (queued from the worker)
    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if not self._owner_gone:
            self.progressed.emit(done, total)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end(self.succeeded, result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end(self.failed, message)

    @Slot()
    def _cancelled(self) -> None:
        self._end(self.cancelled)

    def _end(self, outcome: SignalInstance, *result: object) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
        self._job.deleteLater()
        _RUNNING.discard(self)
        if not self._owner_gone:  # whoever listens was deleted with the owner
            outcome.emit(*result)
            self.finished.emit()
        self.deleteLater()


def run_with_progress(parent: QWidget, title: str, label: str, work: Work,
                      on_success: Callable[[Any], None], *, cancellable: bool = True,
                      on_failure: Callable[[str], None] | None = None) -> Task:
    """Run `work` as a Task behind a progress dialog over `parent`. A success goes to
    `on_success`, a refusal or an unexpected error to `on_failure` (by default a warning
    box titled `title`), both on the GUI thread."""
    dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    if not cancellable:
        dialog.setCancelButton(None)
    task = Task(work, parent)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def closed() -> None:
        dialog.reset()
        dialog.deleteLater()

    task.progressed.connect(progressed)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure or (lambda message: QMessageBox.warning(parent, title, message)))
    task.finished.connect(closed)
    if cancellable:  # Cancel only asks; the dialog stays until the work has stopped
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(tr("Stopping…")))
    dialog.show()
    return task.start()


def removing_on_failure(path: Path, write: Callable[[], Any]) -> Any:
    """Run `write` (which creates `path`); if it fails or is cancelled, leave no
    half-written file behind."""
    existed = path.exists()
    try:
        return write()
    except BaseException:
        if not existed:
            path.unlink(missing_ok=True)
        raise
