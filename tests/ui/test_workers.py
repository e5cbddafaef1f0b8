"""Long work runs on a worker thread; its result, refusal or cancellation reaches the
GUI thread only by signals, and the progress dialog follows it."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop_app.errors import KoperasiError
from desktop_app.ui import workers
from desktop_app.ui.workers import Cancelled, Task, removing_on_failure, run_with_progress


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def run(qtbot, task: Task) -> list:
    """Start `task`, wait for it, and return what reached the GUI thread, in order."""
    seen = []
    task.progressed.connect(lambda done, total: seen.append(("progress", done, total,
                                                             on_gui_thread())))
    task.succeeded.connect(lambda result: seen.append(("ok", result, on_gui_thread())))
    task.failed.connect(lambda message: seen.append(("failed", message, on_gui_thread())))
    task.cancelled.connect(lambda: seen.append(("cancelled", on_gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    return seen


def test_the_work_runs_off_the_gui_thread_and_its_result_arrives_on_it(qtbot, parent):
    def work(progress):
        progress(1, 2)
        return ("worker", on_gui_thread())

    seen = run(qtbot, Task(work, parent))
    assert seen == [("progress", 1, 2, True), ("ok", ("worker", False), True)]


def test_a_refusal_arrives_as_its_message_with_the_problems(qtbot, parent):
    def work(_progress):
        raise KoperasiError("The book is busy.", ["row 2: no member"])

    assert run(qtbot, Task(work, parent)) == [
        ("failed", "The book is busy.\nrow 2: no member", True)]


def test_an_unexpected_error_is_logged_and_said_plainly(qtbot, parent, caplog):
    def work(_progress):
        raise ZeroDivisionError

    seen = run(qtbot, Task(work, parent))
    assert seen == [("failed", "Unexpected error; the details were written to the log.", True)]
    assert "ZeroDivisionError" in caplog.text


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot, parent, tmp_path):
    target = tmp_path / "half.xlsx"
    started, go_on = threading.Event(), threading.Event()

    def work(progress):
        def write():
            target.write_text("half")
            started.set()
            go_on.wait(5)
            progress(1, 2)  # raises Cancelled
            target.write_text("whole")
        return removing_on_failure(target, write)

    task = Task(work, parent)
    seen = []
    task.cancelled.connect(lambda: seen.append("cancelled"))
    task.succeeded.connect(lambda _: seen.append("ok"))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        assert started.wait(5)
        task.cancel()
        go_on.set()
    assert seen == ["cancelled"] and not target.exists()


def test_removing_on_failure_keeps_a_file_that_was_there_before(tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("before")
    with pytest.raises(Cancelled):
        removing_on_failure(kept, lambda: (_ for _ in ()).throw(Cancelled()))
    assert kept.read_text() == "before"


def test_the_progress_dialog_follows_the_task_and_shows_a_refusal(qtbot, parent, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: warned.append((title, text, on_gui_thread())))
    go_on = threading.Event()

    def work(progress):
        progress(3, 10)
        go_on.wait(5)
        raise KoperasiError("Disk full.")

    task = run_with_progress(parent, "Export", "Writing…", work, lambda _: None)
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() == 3 and dialog.maximum() == 10)
    assert dialog.isVisible() and dialog.labelText() == "Writing…"
    with qtbot.waitSignal(task.finished, timeout=10_000):
        go_on.set()
    assert warned == [("Export", "Disk full.", True)]
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None)


def endless(started: threading.Event, stopped: threading.Event):
    """Work that runs until it is cancelled."""
    def work(progress):
        started.set()
        try:
            for done in range(1000):
                progress(done, 1000)
                threading.Event().wait(0.01)
        except Cancelled:
            stopped.set()
            raise
        return "never"
    return work


def test_a_window_that_goes_while_its_work_runs_cancels_it_and_hears_nothing(qtbot):
    owner = QWidget()  # e.g. the Reports page when the session locks mid-build
    started, stopped = threading.Event(), threading.Event()
    task = Task(endless(started, stopped), owner)
    heard = []
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(lambda *args: heard.append(args))
    task.finished.connect(lambda: heard.append("finished"))
    task.start()
    qtbot.waitUntil(started.is_set)
    shiboken6.delete(owner)  # a running QThread child of it would abort the process here
    qtbot.waitUntil(stopped.is_set, timeout=5_000)
    qtbot.waitUntil(lambda: not workers._RUNNING, timeout=5_000)
    QApplication.processEvents()
    assert heard == []


def test_quitting_the_app_stops_running_work_first(qtbot, parent):
    started, stopped = threading.Event(), threading.Event()
    task = Task(endless(started, stopped), parent).start()
    qtbot.waitUntil(started.is_set)
    QApplication.instance().aboutToQuit.emit()
    assert stopped.is_set() and not task._thread.isRunning()
