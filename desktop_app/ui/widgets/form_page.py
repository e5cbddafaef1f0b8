"""A wizard page holding one form, that keeps the user on it until the form checks out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from desktop_app.errors import KoperasiError
from desktop_app.ui.widgets.forms import error_label


class FormPage(QWizardPage):
    """`check()` raising a KoperasiError shows its message and blocks Next/Finish."""

    def __init__(self, title: str, subtitle: str, form: QWidget, check: Callable[[], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = form
        self._check = check
        self.problem = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        try:
            self._check()
        except KoperasiError as exc:
            self.problem.setText(exc.message)
            return False
        self.problem.clear()
        return True
