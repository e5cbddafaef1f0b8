"""Add or edit a product: the cooperative's own stock or a member's consignment goods."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.money import AmountError
from desktop_app.domain.stock_postings import ProductInfo
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import products
from desktop_app.services.members import MemberChoice
from desktop_app.services.products import ProductInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import lay_out
from desktop_app.ui.widgets.member_picker import MemberPicker
from desktop_app.ui.widgets.money_edit import MoneyEdit


class ProductDialog(QDialog):
    def __init__(self, ctx: AppContext, product_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.product_id = product_id
        self.setWindowTitle(tr("Edit product") if product_id else tr("New product"))
        self.setMinimumWidth(620)  # both owner choices read in full
        with ctx.session() as session:
            known_categories = products.categories(session)
            product = products.get_product(session, product_id) if product_id else None

        self.code = QLineEdit()
        self.name = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(["", *known_categories])
        self.unit = QLineEdit("pcs")
        self.sale_price = MoneyEdit(ctx.money.minor_digits)
        self.cost_price = MoneyEdit(ctx.money.minor_digits)
        self.min_stock = QSpinBox()
        self.min_stock.setRange(0, 1_000_000)
        self.coop = QRadioButton(tr("The cooperative (own stock)"))
        self.member = QRadioButton(tr("A member (consignment)"))
        group = QButtonGroup(self)
        group.addButton(self.coop)
        group.addButton(self.member)
        self.owner = MemberPicker(ctx, self)
        self.commission = QDoubleSpinBox()
        self.commission.setRange(0, 100)
        self.commission.setDecimals(2)
        self.commission.setSuffix(" %")
        self.active = QCheckBox(tr("Still sold"))
        self.active.setChecked(True)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.coop)
        owner_row.addWidget(self.member)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Category"), self.category)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(tr("Sale price"), self.sale_price)
        form.addRow(tr("Cost price"), self.cost_price)
        form.addRow(tr("Minimum stock"), self.min_stock)
        form.addRow(tr("Owner"), owner_row)
        form.addRow(tr("Producer"), self.owner)
        form.addRow(tr("Commission"), self.commission)
        form.addRow("", self.active)
        self.error, _ = lay_out(self, [form], self.save)

        self.coop.toggled.connect(self._owner_changed)
        if product is None:
            self.coop.setChecked(True)
        else:
            self._show(product)
        self._owner_changed()

    def _show(self, product: ProductInfo) -> None:
        self.code.setText(product.code)
        self.name.setText(product.name)
        self.category.setCurrentText(product.category or "")
        self.unit.setText(product.unit)
        self.sale_price.set_amount(product.sale_price)
        self.cost_price.set_amount(product.cost_price)
        self.min_stock.setValue(product.min_stock)
        self.active.setChecked(product.active)
        if product.consignment:
            self.member.setChecked(True)
            self.owner.set_member(
                MemberChoice(product.owner_member_id, product.owner_number, product.owner_name)
            )
            self.commission.setValue(float(product.commission_percent))
        else:
            self.coop.setChecked(True)

    def _owner_changed(self) -> None:
        consignment = self.member.isChecked()
        self.owner.setEnabled(consignment)
        self.commission.setEnabled(consignment)
        self.cost_price.setEnabled(not consignment)

    def data(self) -> ProductInput:
        """The form's values; raises AmountError for a price that is not an amount."""
        owner = self.owner.resolve() if self.member.isChecked() else None
        if self.member.isChecked() and owner is None:
            raise AmountError(tr("Choose the member who makes this product."))
        return ProductInput(
            code=self.code.text(), name=self.name.text(),
            sale_price=self.sale_price.amount() if self.sale_price.text().strip() else 0,
            cost_price=(self.cost_price.amount()
                        if self.cost_price.text().strip() and owner is None else 0),
            unit=self.unit.text(), category=self.category.currentText(),
            min_stock=self.min_stock.value(),
            owner_number=owner.number if owner else None,
            commission_percent=Decimal(str(round(self.commission.value(), 2))),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        try:
            data = self.data()
            with self.ctx.session() as session:
                if self.product_id is None:
                    self.product_id = products.create_product(session, data)
                else:
                    products.update_product(session, self.product_id, data)
        except (KoperasiError, AmountError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()
