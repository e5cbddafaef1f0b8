"""Print, PDF and Excel for the documents a Reports tab shows (reports, SHU, RAT), made
off the GUI thread behind a progress dialog with Cancel; PDFs and print are painted page
by page by `ui/report_pdf.py`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.report_documents import ReportDocument
from desktop_app.spreadsheet.report_workbook import write_reports
from desktop_app.ui.report_pdf import paint_reports, write_reports_pdf
from desktop_app.ui.saved_notice import show_saved
from desktop_app.ui.workers import Task, removing_on_failure, run_with_progress


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    """Ask where to save a file (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return Path(name) if name else None


Build = Callable[[Session], list[ReportDocument]]


class Exporter:
    """Print, PDF and Excel for the documents a page shows, made off the GUI thread
    behind a progress dialog with Cancel; messages go to `say`.

    `documents()` are the documents on screen (GUI thread); `build()` answers a function
    that the worker calls with its own session to get what is to be written — by default
    the documents on screen, already built.
    """

    def __init__(self, page: QWidget, say):
        self.page = page
        self.say = say

    def buttons(self) -> list[QPushButton]:
        buttons = []
        for label, action in ((tr("Print…"), self.print_), (tr("Save PDF…"), self.pdf),
                              (tr("Export to Excel…"), self.excel)):
            button = QPushButton(label)
            button.clicked.connect(action)
            buttons.append(button)
        return buttons

    def documents(self) -> list[ReportDocument]:
        return self.page.documents()

    def ready(self) -> bool:
        return bool(self.documents())

    def build(self) -> Build:
        documents = self.documents()
        return lambda _session: documents

    def print_(self) -> Task | None:
        if not self.ready():
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.page).exec() != QPrintDialog.DialogCode.Accepted:
            return None

        def paint(documents, profile, progress) -> None:
            if not paint_reports(printer, documents, profile.name, profile.minor_digits,
                                 progress):
                raise KoperasiError(tr("The printer could not be started."))

        return self._run(tr("Print"), tr("Printing…"), paint,
                         lambda: self.say(tr("Sent to the printer.")))

    def pdf(self) -> None:
        if not self.ready():
            return
        path = ask_save_path(self.page, tr("Save as PDF"), self._name("pdf"),
                             tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> Task:
        """Write the documents as a PDF at `path`; a Cancel or a failure leaves no file."""
        def write(documents, profile, progress) -> None:
            removing_on_failure(path, lambda: write_reports_pdf(
                path, documents, profile.name, profile.minor_digits, progress))

        return self._run(tr("Save as PDF"), tr("Writing {path}…", path=path.name),
                         _refusing_os_errors(path, write), lambda: self._saved(path))

    def excel(self) -> None:
        if not self.ready():
            return
        path = ask_save_path(self.page, tr("Export to Excel"), self._name("xlsx"),
                             tr("Excel workbooks (*.xlsx)"))
        if path:
            self.save_excel(path)

    def save_excel(self, path: Path) -> Task:
        def write(documents, profile, progress) -> None:
            removing_on_failure(path, lambda: write_reports(
                documents, path, cooperative=profile.name, minor_digits=profile.minor_digits))

        return self._run(tr("Export to Excel"), tr("Writing {path}…", path=path.name),
                         _refusing_os_errors(path, write), lambda: self._saved(path))

    def _run(self, title: str, label: str, output, done: Callable[[], None]) -> Task:
        """Build the documents and `output(documents, profile, progress)` on a worker."""
        build, ctx = self.build(), self.page.ctx

        def work(progress):
            progress(0, 0)
            with ctx.session() as session:
                documents = build(session)
                profile = settings.get_profile(session)
            output(documents, profile, progress)

        return run_with_progress(self.page, title, label, work, lambda _: done(),
                                 on_failure=lambda message: self.say(message, error=True))

    def _saved(self, path: Path) -> None:
        self.say(tr("Saved to {path}", path=path))
        show_saved(self.page, path)

    def _name(self, suffix: str) -> str:
        docs = self.documents()
        return f"{docs[0].key}.{suffix}" if docs else f"report.{suffix}"


def _refusing_os_errors(path: Path, write):
    """`write`, with a file that cannot be written refused in words."""
    def guarded(*args) -> None:
        try:
            write(*args)
        except OSError as exc:
            raise KoperasiError(tr("Could not write {path}: {reason}", path=path,
                                   reason=exc.strerror or exc)) from exc
    return guarded
