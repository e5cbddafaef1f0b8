"""The Produk and Penjualan sheets' share of a workbook import: products with their
opening stock, sales against the stock in date order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop_app.db.dialect import insert_returning_ids
from desktop_app.db.models import MarketDay, Product
from desktop_app.domain.dates import format_date
from desktop_app.domain.member_status import MemberStatus
from desktop_app.i18n import tr
from desktop_app.services import products, stock


class _Product:
    __slots__ = ("id", "record", "sale_price", "stock")

    def __init__(self, product_id, sale_price, stock, record=None):
        self.id, self.sale_price, self.stock, self.record = product_id, sale_price, stock, record


class StockImport:
    """Products and sales of the workbook (`plan` is the whole import)."""

    def __init__(self, plan):
        self.plan, self.session = plan, plan.session
        self.products: dict[str, _Product] = {}  # by code: file products and book ones used
        self.new_products: list = []  # product records to create
        self.sales: list = []  # (record, unit price) in date order

    def validate(self) -> None:
        self._validate_products()
        self._validate_sales()

    def _first_date(self) -> date:
        """Opening stock is dated on the workbook's first date (or today)."""
        where = {"savings": "date", "loans": "disbursed_on", "repayments": "date",
                 "sales": "date", "cash": "date"}
        days = [getattr(r, name) for key, name in where.items() for r in self.plan.records.records(key)]
        return min((day for day in days if day), default=date.today())

    def _validate_products(self) -> None:
        sheet = self.plan._sheet("products")
        if sheet is None:
            return
        taken = {c.lower() for c in self.session.scalars(select(Product.code))}
        seen: dict[str, int] = {}
        self.opening_date = self._first_date()
        for record in sheet.records:
            key = record.code.lower()
            if key in seen or key in taken:
                self.plan._problem(sheet, record, "code", tr(
                    "product code {code} appears twice (also on row {row})",
                    code=record.code, row=seen[key]) if key in seen else
                    tr("product {code} is already in the book", code=record.code))
                continue
            seen[key] = record.row
            if record.owner:
                owner = self.plan._member(sheet, record, "owner")
                if owner is None:
                    continue
                if owner.status == MemberStatus.LEFT:
                    self.plan._problem(sheet, record, "owner", tr(
                        "member {number} has left; she cannot own products", number=record.owner))
                    continue
            if record.opening_stock and self.plan.closed and self.opening_date <= self.plan.closed:
                self.plan._problem(sheet, record, "opening_stock", tr(
                    "opening stock would be dated {date}, in the closed period",
                    date=format_date(self.opening_date)))
                continue
            self.products[key] = _Product(None, record.sale_price, record.opening_stock or 0,
                                          record)
            self.new_products.append(record)

    def _book_product(self, code: str) -> _Product | None:
        row = self.session.execute(select(Product.id, Product.sale_price, Product.active)
                                   .where(func.lower(Product.code) == code)).first()
        if row is None or not row.active:
            return None
        self.products[code] = _Product(row.id, row.sale_price,
                                       stock.stock_of(self.session, row.id))
        return self.products[code]

    def _validate_sales(self) -> None:
        sheet = self.plan._sheet("sales")
        if sheet is None:
            return
        for record in sorted(sheet.records, key=lambda r: (r.date, r.row)):
            key = record.code.lower()
            product = self.products.get(key) or self._book_product(key)
            if product is None:
                self.plan._problem(sheet, record, "code", tr(
                    "there is no product {code} in the book or in the Produk sheet",
                    code=record.code))
                continue
            if not self.plan._open_date(sheet, record):
                continue
            if record.quantity <= 0:
                self.plan._problem(sheet, record, "quantity", tr("the quantity must be above zero"))
                continue
            price = record.unit_price or product.sale_price
            if price <= 0:
                self.plan._problem(sheet, record, "unit_price", tr("the sale price must be above zero"))
                continue
            if record.quantity > product.stock:
                self.plan._problem(sheet, record, "quantity", tr(
                    "only {stock} left in stock on {date}; cannot sell {quantity}",
                    stock=product.stock, date=format_date(record.date), quantity=record.quantity))
                continue
            product.stock -= record.quantity
            self.sales.append((record, price))

    def post(self) -> int:
        ids = products.create_products(self.session, [
            products.ProductInput(
                code=record.code, name=record.name, sale_price=record.sale_price,
                cost_price=record.cost_price or 0, unit=record.unit or "pcs",
                min_stock=record.min_stock or 0, owner_number=record.owner,
                commission_percent=record.commission or Decimal(0))
            for record in self.new_products], batch_id=self.plan.batch_id)
        for record, product_id in zip(self.new_products, ids, strict=True):
            self.products[record.code.lower()].id = product_id
        posting = stock.StockPosting(self.session, self.plan.writer)
        used = {record.code.lower() for record in self.new_products if record.opening_stock}
        used |= {record.code.lower() for record, _ in self.sales}
        infos = products.get_products(self.session, {self.products[key].id for key in used})

        def info(key: str):
            return infos[self.products[key].id]

        for record in self.new_products:
            if record.opening_stock:
                posting.opening(info(record.code.lower()), record.opening_stock,
                                self.opening_date, self.plan.batch_id)
        markets = self._market_days()
        for record, price in self.sales:
            market_day = markets[(record.date, record.market)] if record.market else None
            posting.sale(info(record.code.lower()), record.quantity, price, record.date,
                         market_day, self.plan.batch_id)
        posting.flush()
        return len(self.new_products) + len(self.sales)

    def _market_days(self) -> dict[tuple[date, str], int]:
        """The sales' market days, made closed, by (date, market), numbered in sale order."""
        days = list(dict.fromkeys((record.date, record.market)
                                  for record, _ in self.sales if record.market))
        if not days:
            return {}
        ids = insert_returning_ids(self.session, MarketDay.__table__, [
            {"date": day, "market": market, "status": "closed", "closed_at": None}
            for day, market in days])
        return dict(zip(days, ids, strict=True))
