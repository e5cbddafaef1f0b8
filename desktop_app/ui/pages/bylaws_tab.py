"""Settings tab: the bylaw percentages (AD/ART) that split the year's SHU."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import shu as rules
from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services.shu import get_bylaws, pool_title, save_bylaws
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import MessageLine


def _percent_text(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


class BylawsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        allowed = ctx.can(Permission.SETTINGS)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for pool in rules.POOLS:
            field = QLineEdit()
            field.setMaximumWidth(120)
            field.setEnabled(allowed)
            field.textChanged.connect(self._show_total)
            self.fields[pool] = field
            form.addRow(pool_title(pool) + " (%)", field)
        self.total = QLabel()
        form.addRow(tr("Total"), self.total)
        self.save_button = QPushButton(tr("Save bylaws"))
        self.save_button.setEnabled(allowed)
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine()
        intro = QLabel(tr("How the year's SHU is shared, as written in the bylaws (AD/ART). "
                          "The percentages must add up to exactly 100."))
        intro.setWordWrap(True)
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setLayout(layout)
        self.load()

    def load(self) -> None:
        with self.ctx.session() as session:
            percents = get_bylaws(session)
        for pool, value in percents.items():
            self.fields[pool].setText(_percent_text(value))

    def _show_total(self) -> None:
        try:
            total = sum(Decimal(f.text().replace(",", ".").strip() or "0")
                        for f in self.fields.values())
        except ArithmeticError:
            self.total.setText("?")
            return
        self.total.setText(_percent_text(total) + "%")

    def save(self) -> None:
        values = {pool: field.text() for pool, field in self.fields.items()}
        try:
            with self.ctx.session() as session:
                save_bylaws(session, values)
        except KoperasiError as exc:
            self.message.say(exc.message, error=True)
            return
        self.message.say(tr("The bylaws are saved."))
