"""A loan's chosen first due date: "First due on" ticked with a date, or the schedule's
own first date (None) when not ticked. Shared by the loan application and the simulator."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QFormLayout

from desktop_app.i18n import tr
from desktop_app.ui.widgets.date_edit import DateEdit


class FirstDueField:
    def __init__(self) -> None:
        self.chosen = QCheckBox(tr("First due on"))
        self.date = DateEdit()
        self.date.setEnabled(False)
        self.chosen.toggled.connect(self.date.setEnabled)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.chosen, self.date)

    def connect(self, slot) -> None:
        """Call `slot` whenever the chosen date changes (ticked, unticked or edited)."""
        self.chosen.toggled.connect(slot)
        self.date.dateChanged.connect(slot)

    def value(self) -> date | None:
        return self.date.date().toPython() if self.chosen.isChecked() else None
