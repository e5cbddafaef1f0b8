"""Pieces shared by the loan dialogs: a date field, and the error line plus
Save/Cancel buttons under a form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)


def lay_out(dialog: QDialog, parts: Sequence[QWidget | QLayout], save_text: str):
    """Stack `parts`, then a red error line and Save/Cancel buttons wired to the
    dialog's `submit` and `reject`; return (error label, button box)."""
    error = QLabel()
    error.setWordWrap(True)
    error.setStyleSheet("color: #b00020;")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for part in (*parts, error, buttons):
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return error, buttons
