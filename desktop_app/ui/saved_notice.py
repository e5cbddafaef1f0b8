"""Tell the user what was saved and where, with a button that opens the folder.

Every save of a PDF, workbook or backup ends here, so the message reads the same
everywhere. The box is window-modal but does not block (`open`, not `exec`). A window
that may lock (`session_flow.SessionWindow.show_notice`) decides when it opens: a save
that ends after the lock waits for the same user to come back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import tr


def saved_text(path: Path, what: str | None = None) -> str:
    saved = tr("Saved to {path}", path=path)
    return f"{what}\n{saved}" if what else saved


def open_folder(path: Path) -> bool:
    """Show the folder holding `path` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve().parent)))


def show_saved(parent: QWidget, path: Path, what: str | None = None) -> QMessageBox:
    """A non-blocking "Saved to …" box owned by `parent`, with Open folder and OK."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Saved"), saved_text(path, what),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(lambda: open_folder(path))
    box.setObjectName("saved-notice")
    show_notice = getattr(parent.window(), "show_notice", None)
    if show_notice is None:
        box.open()
    else:
        show_notice(box)
    return box
