"""Printable documents (receipts, passbooks, schedules, reports) from HTML.

Everything printable is built as simple HTML and rendered with Qt's own QTextDocument,
so the same document goes to a printer, to a PDF file, or to a preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.i18n import tr
from desktop_app.ui.saved_notice import show_saved

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin: 0; } h2 { font-size: 12pt; margin: 4px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #777; padding: 3px 5px; }
th { background: #e8eef5; }
td.num, th.num { text-align: right; }
.muted { color: #555; }
"""


def document(html: str, images: dict[str, QImage] | None = None) -> QTextDocument:
    """`html` laid out; `<img src="NAME">` shows `images[NAME]` (charts drawn by the app)."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    return doc


def save_pdf(html: str, path: Path, landscape: bool = False,
             images: dict[str, QImage] | None = None) -> Path | None:
    """Write `html` as an A4 PDF at `path`; None if the file could not be written."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    doc = document(html, images)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    return path if path.exists() and path.stat().st_size else None


def print_html(parent: QWidget, html: str) -> bool:
    """Show the print dialog and print `html`; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document(html).print_(printer)
    return True


def ask_and_save_pdf(parent: QWidget, html: str, suggested_name: str) -> Path | None:
    """Ask where to save a PDF of `html`, save it and say where; None if not saved."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Save as PDF"), suggested_name, tr("PDF files (*.pdf)")
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
    if not save_pdf(html, path):
        QMessageBox.warning(parent, tr("Save as PDF"),
                            tr("Could not write {path}.", path=path))
        return None
    show_saved(parent, path)
    return path


def escape(text: object) -> str:
    """HTML-escape a value for a printable document."""
    from html import escape as _escape

    return _escape("" if text is None else str(text))
