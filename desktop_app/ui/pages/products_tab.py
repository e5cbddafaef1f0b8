"""The Inventory page's Products tab: the product list (filters, low stock shaded and
named in a banner), a product's stock card, and the product, stock and count dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Permission
from desktop_app.i18n import tr
from desktop_app.services import inventory_lists, products
from desktop_app.services.inventory_lists import ProductFilter, ProductRow
from desktop_app.services.rows import ListSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.dialogs.product_dialog import ProductDialog
from desktop_app.ui.dialogs.stock_count_dialog import StockCountDialog
from desktop_app.ui.dialogs.stock_movement_dialog import StockMovementDialog
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.models.products import PRODUCT_COLUMNS, ProductTableModel
from desktop_app.ui.widgets.forms import error_label, fit_columns_once, selected_row, table_view

FIRST_PRODUCT_COLUMNS = tuple(  # shown first, in this order
    ProductRow._fields.index(name)
    for name in ("code", "name", "stock", "min_stock", "unit", "sale_price")
)
MOVEMENT_COLUMNS = (
    Column(lambda: tr("Date"), "date"), Column(lambda: tr("Movement")),
    Column(lambda: tr("Quantity"), "int"), Column(lambda: tr("Price"), "money"),
    Column(lambda: tr("Reason / note")), Column(lambda: tr("Entry"), "int"),
)


class ProductsTab(QWidget):
    def __init__(self, ctx: AppContext, minor_digits: int):
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search code or name"))
        self.owner = QComboBox()
        for label, key in ((tr("All owners"), "all"), (tr("Cooperative"), "coop"),
                           (tr("Consignment"), "consignment")):
            self.owner.addItem(label, key)
        self.category = QComboBox()
        self.category.setMinimumWidth(180)
        self.low_only = QCheckBox(tr("Low stock only"))
        self.low_banner = error_label()
        self.low_banner.setWordWrap(False)
        self.low_banner.setStyleSheet("font-size: 12pt;")
        self.model = ProductTableModel(PRODUCT_COLUMNS, self._source(), minor_digits)
        self.table = table_view(self.model, 1, sortable=True)
        header = self.table.horizontalHeader()  # whole names; stock before the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for position, column in enumerate(FIRST_PRODUCT_COLUMNS):
            header.moveSection(header.visualIndex(column), position)
        fit_columns_once(self.table)  # not on every letter of a search
        self.card_title = QLabel()
        self.card = PagedTableModel(MOVEMENT_COLUMNS, ListSource(), minor_digits)
        self.card_table = table_view(self.card, 4, sortable=True)
        self.card_table.setSortingEnabled(False)
        self.card_table.setMaximumHeight(150)
        self.card_table.hide()
        new = QPushButton(tr("New product"))
        self.edit_button = QPushButton(tr("Edit"))
        self.stock_button = QPushButton(tr("Receive / adjust stock"))
        self.count_button = QPushButton(tr("Stock count"))
        new.setEnabled(ctx.can(Permission.EDIT_MASTER))
        self.edit_button.setEnabled(ctx.can(Permission.EDIT_MASTER))
        self.stock_button.setEnabled(ctx.can(Permission.POST))
        self.count_button.setEnabled(ctx.can(Permission.POST))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.owner)
        filters.addWidget(self.category)
        filters.addWidget(self.low_only)
        buttons = QHBoxLayout()
        for button in (new, self.edit_button, self.stock_button, self.count_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(filters)
        layout.addWidget(self.low_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.card_title)
        layout.addWidget(self.card_table)
        self.setLayout(layout)

        self.table.selectionModel().selectionChanged.connect(self._show_card)
        self.search.textChanged.connect(self.reload)
        self.owner.currentIndexChanged.connect(self.reload)
        self.category.currentIndexChanged.connect(self.reload)
        self.low_only.toggled.connect(self.reload)
        new.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.doubleClicked.connect(self._edit_selected)
        self.stock_button.clicked.connect(self._stock)
        self.count_button.clicked.connect(self._count)

    def _source(self):
        return inventory_lists.product_rows(
            self.ctx.session,
            ProductFilter(search=self.search.text(), owner=self.owner.currentData() or "all",
                          category=self.category.currentData() or None,
                          low_only=self.low_only.isChecked()),
        )

    def refresh(self) -> None:
        with self.ctx.session() as session:
            names = products.categories(session)
            low = inventory_lists.low_stock_products(session)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(tr("All categories"), None)
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self.low_banner.setText(
            tr("{n} products at or below their minimum stock: {codes}", n=len(low),
               codes=", ".join(p.code for p in low[:8]) + ("…" if len(low) > 8 else ""))
            if low else ""
        )
        self.low_banner.setVisible(bool(low))
        self.reload()

    def reload(self) -> None:
        self.model.source = self._source()
        self.model.reload()
        self._show_card()

    def _show_card(self) -> None:
        row = selected_row(self.table)
        self.card.source = (inventory_lists.movement_rows(self.ctx.session, row.id)
                            if row else ListSource())
        self.card.reload()
        self.card_table.setVisible(bool(row))  # no empty card: more products fit
        self.card_title.setText(
            f"<b>{tr('Stock card of {name}', name=row.name)}</b>" if row
            else tr("Select a product to see its stock card.")
        )

    def _selected_id(self) -> int | None:
        row = selected_row(self.table)
        return row.id if row else None

    def _edit_selected(self) -> None:
        if self.ctx.can(Permission.EDIT_MASTER) and (pid := self._selected_id()):
            self._edit(pid)

    def _edit(self, product_id: int | None) -> None:
        if run_modal(ProductDialog(self.ctx, product_id, self)):
            self.refresh()

    def _stock(self) -> None:
        if (pid := self._selected_id()) and run_modal(StockMovementDialog(self.ctx, pid, self)):
            self.refresh()

    def _count(self) -> None:
        if run_modal(StockCountDialog(self.ctx, self)):
            self.refresh()
