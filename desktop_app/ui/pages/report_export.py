"""Print, PDF and Excel for the documents a Reports tab shows (reports, SHU, RAT)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.report_documents import ReportDocument, to_html
from desktop_app.spreadsheet.report_workbook import write_reports
from desktop_app.ui import printing
from desktop_app.ui.saved_notice import show_saved


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    """Ask where to save a file (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return Path(name) if name else None


class Exporter:
    """Print, PDF and Excel for documents shown by a page; messages go to `say`."""

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

    def _html(self) -> str:
        with self.page.ctx.session() as session:
            return to_html(session, self.documents())

    def print_(self) -> None:
        if self.documents():
            printing.print_html(self.page, self._html())

    def pdf(self) -> None:
        if not self.documents():
            return
        path = ask_save_path(self.page, tr("Save as PDF"), self._name("pdf"),
                             tr("PDF files (*.pdf)"))
        if path and self.save_pdf(path):
            show_saved(self.page, path)

    def save_pdf(self, path: Path) -> bool:
        if printing.save_pdf(self._html(), path) is None:
            self.say(tr("Could not write {path}.", path=path), error=True)
            return False
        self.say(tr("Saved to {path}", path=path))
        return True

    def excel(self) -> None:
        if not self.documents():
            return
        path = ask_save_path(self.page, tr("Export to Excel"), self._name("xlsx"),
                             tr("Excel workbooks (*.xlsx)"))
        if path and self.save_excel(path):
            show_saved(self.page, path)

    def save_excel(self, path: Path) -> bool:
        with self.page.ctx.session() as session:
            profile = settings.get_profile(session)
        try:
            write_reports(self.documents(), path, cooperative=profile.name,
                          minor_digits=profile.minor_digits)
        except OSError as exc:
            self.say(tr("Could not write {path}: {reason}", path=path, reason=exc.strerror),
                     error=True)
            return False
        self.say(tr("Saved to {path}", path=path))
        return True

    def _name(self, suffix: str) -> str:
        docs = self.documents()
        return f"{docs[0].key}.{suffix}" if docs else f"report.{suffix}"
