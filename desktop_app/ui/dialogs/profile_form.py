"""The cooperative's profile as a form: used by the first-run wizard and the Settings page."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from desktop_app.domain.money import AmountError
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services.settings import Profile
from desktop_app.ui.widgets.money_edit import MoneyEdit


def month_names() -> list[str]:
    return [tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
            tr("July"), tr("August"), tr("September"), tr("October"), tr("November"),
            tr("December")]


class ProfileForm(QWidget):
    """Edits a `Profile`; `profile()` returns a validated one or raises ValidationError."""

    def __init__(self, profile: Profile, *, currency_editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.legal_number = QLineEdit()
        self.legal_number.setPlaceholderText(tr("e.g. AHU-0001234.AH.01.26 Tahun 2024"))
        self.fiscal_start = QComboBox()
        self.fiscal_start.addItems(month_names())
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.minor_digits = QSpinBox()
        self.minor_digits.setRange(0, 3)
        self.currency.setEnabled(currency_editable)
        self.minor_digits.setEnabled(currency_editable)
        self.pokok = MoneyEdit(profile.minor_digits)
        self.wajib = MoneyEdit(profile.minor_digits)
        form = QFormLayout(self)
        form.addRow(tr("Name of the cooperative"), self.name)
        form.addRow(tr("Address"), self.address)
        form.addRow(tr("Legal number (badan hukum)"), self.legal_number)
        form.addRow(tr("Fiscal year starts in"), self.fiscal_start)
        form.addRow(tr("Simpanan pokok (once, on joining)"), self.pokok)
        form.addRow(tr("Simpanan wajib (every month)"), self.wajib)
        form.addRow(tr("Currency"), self.currency)
        form.addRow(tr("Decimal digits of the currency"), self.minor_digits)
        self.set_profile(profile)

    def set_profile(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.address.setText(profile.address)
        self.legal_number.setText(profile.legal_number)
        self.fiscal_start.setCurrentIndex(profile.fiscal_year_start_month - 1)
        self.currency.setText(profile.currency)
        self.minor_digits.setValue(profile.minor_digits)
        self.pokok.set_amount(profile.pokok_amount)
        self.wajib.set_amount(profile.wajib_amount)

    def profile(self) -> Profile:
        digits = self.minor_digits.value()
        self.pokok.minor_digits = self.wajib.minor_digits = digits
        try:
            pokok = self.pokok.amount()
            wajib = self.wajib.amount()
        except AmountError as exc:
            raise ValidationError(tr("Simpanan pokok and wajib: {problem}", problem=exc)) from exc
        profile = Profile(
            name=self.name.text().strip(),
            address=self.address.text().strip(),
            legal_number=self.legal_number.text().strip(),
            fiscal_year_start_month=self.fiscal_start.currentIndex() + 1,
            currency=self.currency.text().strip().upper(),
            minor_digits=digits,
            pokok_amount=pokok,
            wajib_amount=wajib,
        )
        profile.validate()
        return profile
