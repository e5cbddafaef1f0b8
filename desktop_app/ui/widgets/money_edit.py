"""An amount field: accepts what treasurers type (`50.000`, `Rp 50.000`) and shows `50.000`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.money import AmountError, format_number, parse_amount


class MoneyEdit(QLineEdit):
    def __init__(self, minor_digits: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.minor_digits = minor_digits
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.editingFinished.connect(self._reformat)

    def amount(self) -> int:
        """The amount in minor units; raises AmountError with a readable message."""
        return parse_amount(self.text(), self.minor_digits)

    def set_amount(self, minor: int | None) -> None:
        self.setText("" if minor is None else format_number(minor, self.minor_digits))

    def _reformat(self) -> None:
        try:
            self.set_amount(self.amount())
        except AmountError:
            pass  # leave the text for the form to report
