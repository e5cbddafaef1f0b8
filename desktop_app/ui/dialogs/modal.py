"""Run a dialog modally and let Qt delete it once closed.

A dialog is created with the page or window that opened it as its parent (so it is
centred over it and cancelled with it on lock). Without deletion every closed dialog
would stay behind as a hidden child of that page, one more per use, holding its models
and its Python wrapper; Qt deletes it instead. Python attributes a caller reads after
the dialog closed (a new id, a `changed` flag) stay readable on the wrapper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> bool:
    """Show `dialog` until the user closes it; True if she accepted it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec() == QDialog.DialogCode.Accepted
