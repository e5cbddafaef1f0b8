"""Products and their stock movements.

Stock is never stored: it is the sum of a product's signed movements (in positive, out
negative) and never goes below zero. Coop-owned goods are valued at the product's cost
price in Persediaan (1301), and every movement of them posts at that cost, so
Persediaan always equals stock x cost price over coop products (a `check`); changing
the cost price of goods in stock posts the revaluation. Consignment goods post nothing
until sold. All movements go through `StockPosting`, which the single-call services,
the demo and the importer share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, case, func, insert, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.dialect import insert_returning_ids
from desktop_app.db.models import Member, Product, StockMovement
from desktop_app.domain.accounts import PERSEDIAAN
from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger
from desktop_app.services.context import current_actor, require, transaction
from desktop_app.domain.journal import EntryDraft
from desktop_app.services.ledger import JournalWriter, post_in_transaction
from desktop_app.services.stock_drafts import (
    ProductInfo,
    adjustment_draft,
    opening_draft,
    purchase_draft,
    revaluation_draft,
    sale_draft,
)

OPENING, RECEIVE, SALE, RETURN, ADJUSTMENT, COUNT = (
    "opening", "receive", "sale", "return", "adjustment", "count",
)
SOLD_KINDS = (SALE, RETURN)  # a return is always the reversal of a sale


# ---------------------------------------------------------------- products


@dataclass(frozen=True)
class ProductInput:
    """What the product form (or an imported Produk row) supplies."""

    code: str
    name: str
    sale_price: int
    cost_price: int = 0
    unit: str = "pcs"
    category: str | None = None
    min_stock: int = 0
    owner_number: str | None = None  # a member number; None or "" = the cooperative
    commission_percent: Decimal = Decimal(0)
    active: bool = True


def _stock_subquery():
    return (
        select(StockMovement.product_id, func.sum(StockMovement.quantity).label("stock"))
        .group_by(StockMovement.product_id)
        .subquery()
    )


def _on_hand():
    """A product's stock, per row (a covering-index lookup of its movements)."""
    return (
        select(func.coalesce(func.sum(StockMovement.quantity), 0))
        .where(StockMovement.product_id == Product.id)
        .scalar_subquery()
    )


def _info_query() -> tuple[Select, object]:
    """Products as ProductInfo columns, and the on-hand stock expression to filter by."""
    on_hand = _on_hand()
    query = (
        select(
            Product.id, Product.code, Product.name, Product.category, Product.unit,
            Product.sale_price, Product.cost_price, Product.min_stock, Product.owner_member_id,
            Member.number, Member.name, Product.commission_percent, Product.active, on_hand,
        )
        .outerjoin(Member, Member.id == Product.owner_member_id)
    )
    return query, on_hand


def get_product(session: Session, product_id: int) -> ProductInfo:
    row = session.execute(_info_query()[0].where(Product.id == product_id)).first()
    if row is None:
        raise ValidationError(tr("There is no product {id}.", id=product_id))
    return ProductInfo(*row)


def get_products(session: Session, product_ids: Iterable[int]) -> dict[int, ProductInfo]:
    """Several products by id (one query), as `get_product` gives each."""
    wanted = list(product_ids)
    return {row[0]: ProductInfo(*row)
            for row in session.execute(_info_query()[0].where(Product.id.in_(wanted)))}


def find_product(session: Session, text: str) -> ProductInfo | None:
    """A product by exact code (any case), else by exact name; None if neither."""
    text = text.strip()
    if not text:
        return None
    for column in (Product.code, Product.name):
        row = session.execute(
            _info_query()[0].where(func.lower(column) == text.lower()).limit(1)
        ).first()
        if row is not None:
            return ProductInfo(*row)
    return None


def product_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, code, name) of active products, for the sales form's completer."""
    return [
        tuple(row) for row in session.execute(
            select(Product.id, Product.code, Product.name)
            .where(Product.active.is_(True))
            .order_by(Product.code)
        )
    ]


def categories(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Product.category).where(Product.category.is_not(None)).distinct()
            .order_by(Product.category)
        )
    )


def _owner(session: Session, number: str | None) -> int | None:
    number = (number or "").strip()
    if not number:
        return None
    row = session.execute(select(Member.id, Member.status).where(Member.number == number)).first()
    return _owner_of(number, row)


def _owner_of(number: str, row) -> int:
    """The owner's id from her (id, status) row; refused when missing or left."""
    if row is None:
        raise ValidationError(tr("There is no member with number {number}.", number=number))
    if row.status != "active":
        raise ValidationError(
            tr("Member {number} has left the cooperative; she cannot own products.",
               number=number)
        )
    return row.id


def _validated(session: Session, data: ProductInput, product_id: int | None) -> dict:
    def code_used(code: str) -> bool:
        return session.scalar(select(Product.id).where(
            func.lower(Product.code) == code.lower(), Product.id != (product_id or 0))) is not None

    return _checked(data, code_used, lambda number: _owner(session, number))


def _checked(data: ProductInput, code_used: Callable[[str], bool],
             owner: Callable[[str | None], int | None]) -> dict:
    """A product's column values, refused in the same order whether one product is saved
    or many (`code_used` and `owner` look the code and the owner's number up)."""
    code, name = data.code.strip(), data.name.strip()
    if not code:
        raise ValidationError(tr("Give the product a code."))
    if not name:
        raise ValidationError(tr("Give the product a name."))
    if code_used(code):
        raise ValidationError(tr("Product code {code} is already used; choose another.", code=code))
    if data.sale_price < 0 or data.cost_price < 0:
        raise ValidationError(tr("Prices cannot be negative."))
    if data.min_stock < 0:
        raise ValidationError(tr("The minimum stock cannot be negative."))
    owner = owner(data.owner_number)
    percent = Decimal(data.commission_percent) if owner is not None else Decimal(0)
    if not Decimal(0) <= percent <= Decimal(100):
        raise ValidationError(tr("The commission must be between 0 and 100%."))
    return {
        "code": code, "name": name, "category": (data.category or "").strip() or None,
        "unit": data.unit.strip() or "pcs", "sale_price": data.sale_price,
        "cost_price": data.cost_price, "min_stock": data.min_stock,
        "owner_member_id": owner, "commission_percent": percent, "active": data.active,
    }


def create_product(session: Session, data: ProductInput, batch_id: int | None = None) -> int:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        values = _validated(session, data, None)
        product = Product(**values, batch_id=batch_id)
        session.add(product)
        session.flush()
        audit.record(session, "product.create", "product", product.id, **_audited(values))
        return product.id


def create_products(session: Session, items: Sequence[ProductInput], batch_id: int | None = None
                    ) -> list[int]:
    """Create many products in one insert (an import's Produk sheet); return their ids in
    order. The same checks, rows and audit rows as `create_product` called for each in
    turn: one query for the codes in use and one for the owners instead of one each."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        if not items:
            return []
        used = {code.lower() for code in session.scalars(select(Product.code))}
        numbers = {(data.owner_number or "").strip() for data in items} - {""}
        members = {row.number: row for row in session.execute(
            select(Member.id, Member.status, Member.number).where(Member.number.in_(numbers)))}

        def owner(number: str | None) -> int | None:
            number = (number or "").strip()
            return _owner_of(number, members.get(number)) if number else None

        rows = []
        for data in items:
            values = _checked(data, lambda code: code.lower() in used, owner)
            used.add(values["code"].lower())
            rows.append(values)
        ids = insert_returning_ids(session, Product.__table__,
                                   [{**values, "batch_id": batch_id} for values in rows])
        audit.record_many(session, "product.create", "product",
                          [(product_id, _audited(values)) for product_id, values in zip(ids, rows)])
        return ids


def update_product(
    session: Session, product_id: int, data: ProductInput, on: date | None = None
) -> None:
    """Change a product; a new cost price revalues coop goods in stock (posted `on`)."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        before = get_product(session, product_id)
        values = _validated(session, data, product_id)
        new_owner = values["owner_member_id"] != before.owner_member_id
        if new_owner and _has_movements(session, product_id):
            raise ValidationError(
                tr("The owner of a product with stock history cannot change; "
                   "create a new product instead.")
            )
        if values["cost_price"] != before.cost_price and before.stock and not before.consignment:
            require(session, Permission.POST)
            post_in_transaction(
                session,
                revaluation_draft(before, before.stock, before.cost_price, values["cost_price"],
                                  on or date.today()),
            )
        product = session.get(Product, product_id)
        changed = {}
        for key, value in values.items():
            if getattr(product, key) != value:
                changed[key] = [getattr(product, key), value]
                setattr(product, key, value)
        audit.record(session, "product.update", "product", product_id, **_audited(changed))


def _audited(values: dict) -> dict:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def _has_movements(session: Session, product_id: int) -> bool:
    return session.scalar(
        select(StockMovement.id).where(StockMovement.product_id == product_id).limit(1)
    ) is not None


# ---------------------------------------------------------------- stock


def stock_of(session: Session, product_id: int, as_of: date | None = None) -> int:
    query = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.product_id == product_id
    )
    if as_of is not None:
        query = query.where(StockMovement.date <= as_of)
    return session.scalar(query)


def available_on(session: Session, product_id: int, on: date) -> int:
    """How many units may leave on `on` without the stock going negative on any date."""
    running, at_on, later = 0, 0, []
    for day, change in session.execute(
        select(StockMovement.date, func.sum(StockMovement.quantity))
        .where(StockMovement.product_id == product_id)
        .group_by(StockMovement.date)
        .order_by(StockMovement.date)
    ):
        running += change
        if day <= on:
            at_on = running
        else:
            later.append(running)
    return min([at_on, *later])


class StockPosting:
    """Validate and write stock movements with their journal entries, in batches.

    Single services flush after one movement (auditing each entry); the demo and the
    importer pass a shared `JournalWriter`, add many movements in date order and
    `flush()` at the end, then audit once. Stock is tracked here so that a batch
    refuses going below zero just like a single call.
    """

    def __init__(self, session: Session, writer: JournalWriter | None = None, *,
                 audit_each: bool = False, batch_size: int = 1000):
        self.session = session
        self.writer = writer or JournalWriter(session)
        self.writer.flush()  # entries queued before ours must not take our entry ids
        self.audit_each = audit_each
        self.batch_size = max(1, min(batch_size, self.writer.batch_size - 1))
        self._pending: list[tuple[dict | None, EntryDraft | None]] = []
        self._stock: dict[int, int] = {}
        self.movements = 0

    # -- the events
    def opening(self, product: ProductInfo, quantity: int, on: date, batch_id=None) -> None:
        self._check_quantity(quantity)
        self._add(product, OPENING, quantity, on, opening_draft(product, quantity, on, batch_id))

    def receive(self, product: ProductInfo, quantity: int, on: date, note: str | None = None,
                batch_id=None) -> None:
        """Goods in: from the producer (consignment) or bought for cash (coop stock)."""
        self._check_quantity(quantity)
        self._check_active(product)
        self._add(product, RECEIVE, quantity, on, purchase_draft(product, quantity, on, batch_id),
                  reason=note)

    def adjust(self, product: ProductInfo, change: int, on: date, reason: str,
               kind: str = ADJUSTMENT) -> None:
        reason = reason.strip()
        if not reason:
            raise ValidationError(tr("Give a reason for the stock adjustment."))
        if change == 0:
            raise ValidationError(tr("An adjustment must change the stock."))
        if change < 0:
            self._check_available(product, -change, on)
        self._add(product, kind, change, on, adjustment_draft(product, change, on, reason),
                  reason=reason)

    def sale(self, product: ProductInfo, quantity: int, unit_price: int, on: date,
             market_day_id: int | None = None, batch_id=None) -> None:
        self._check_quantity(quantity)
        self._check_active(product)
        if unit_price <= 0:
            raise ValidationError(tr("The sale price must be above zero."))
        self._check_available(product, quantity, on)
        self._add(product, SALE, -quantity, on,
                  sale_draft(product, quantity, unit_price, on, market_day_id, batch_id),
                  unit_price=unit_price, market_day_id=market_day_id)

    def post(self, draft: EntryDraft) -> None:
        """Queue an entry with no movement (a settlement) in step with the movements."""
        self.writer.add(draft)
        self._pending.append((None, draft))
        if len(self._pending) >= self.batch_size:
            self.flush()

    # -- writing
    def flush(self) -> list[int | None]:
        """Write what is queued; return each item's entry id (None: nothing posted)."""
        if not self._pending:
            return []
        ids = iter(self.writer.flush())
        rows, entry_ids = [], []
        for movement, draft in self._pending:
            entry_id = next(ids) if draft is not None else None
            entry_ids.append(entry_id)
            if movement is not None:
                rows.append({**movement, "entry_id": entry_id})
            if self.audit_each and draft is not None:
                audit.record(self.session, "journal.post", "journal_entry", entry_id,
                             kind=str(draft.kind), date=draft.date,
                             total=sum(ln.amount for ln in draft.lines if ln.amount > 0))
        if rows:
            self.session.execute(insert(StockMovement), rows)
        self.movements += len(rows)
        self._pending = []
        return entry_ids

    def _add(self, product: ProductInfo, kind: str, quantity: int, on: date,
             draft: EntryDraft | None, **extra) -> None:
        closed = self.writer.closed_through
        if closed and on <= closed:
            raise ValidationError(
                tr("The books are closed through {date}; choose a later date.",
                   date=format_date(closed))
            )
        if draft is not None:
            self.writer.add(draft)
        self._pending.append((
            {
                "product_id": product.id, "date": on, "kind": kind, "quantity": quantity,
                "unit_price": extra.get("unit_price", 0),
                "unit_cost": 0 if product.consignment else product.cost_price,
                "reason": extra.get("reason"), "market_day_id": extra.get("market_day_id"),
                "created_by": self.writer.actor,
            },
            draft,
        ))
        self._stock[product.id] = self._current(product) + quantity
        if len(self._pending) >= self.batch_size:
            self.flush()

    def _current(self, product: ProductInfo) -> int:
        if product.id not in self._stock:
            self._stock[product.id] = stock_of(self.session, product.id)
        return self._stock[product.id]

    def _check_available(self, product: ProductInfo, quantity: int, on: date) -> None:
        if self._pending:
            available = self._current(product)  # batches come in date order
        else:
            available = available_on(self.session, product.id, on)
        if quantity > available:
            raise ValidationError(
                tr("Only {available} {unit} of {name} in stock on {date}; "
                   "cannot take out {quantity}.",
                   available=available, unit=product.unit, name=product.name,
                   date=format_date(on), quantity=quantity)
            )

    @staticmethod
    def _check_quantity(quantity: int) -> None:
        if type(quantity) is not int or quantity <= 0:
            raise ValidationError(tr("The quantity must be a whole number above zero."))

    @staticmethod
    def _check_active(product: ProductInfo) -> None:
        if not product.active:
            raise ValidationError(
                tr("Product {code} is no longer active.", code=product.code)
            )


def _single(
    session: Session, product_id: int, action: Callable[[StockPosting, ProductInfo], None]
) -> int | None:
    """Run one stock event as its own transaction; return the entry id, if any."""
    with transaction(session):
        require(session, Permission.POST)
        product = get_product(session, product_id)
        posting = StockPosting(session, audit_each=True)
        action(posting, product)
        (entry_id,) = posting.flush()
        return entry_id


def opening_stock(
    session: Session, product_id: int, quantity: int, on: date, batch_id=None
) -> int | None:
    """Opening stock (coop goods: Dr Persediaan; Cr Ekuitas Saldo Awal at cost)."""
    return _single(session, product_id, lambda p, prod: p.opening(prod, quantity, on, batch_id))


def receive(session: Session, product_id: int, quantity: int, on: date,
            note: str | None = None, batch_id=None) -> int | None:
    """Goods received: consignment posts nothing; coop goods Dr Persediaan; Cr Kas at cost."""
    return _single(
        session, product_id, lambda p, prod: p.receive(prod, quantity, on, note, batch_id)
    )


def adjust(session: Session, product_id: int, change: int, on: date, reason: str) -> int | None:
    """A signed correction with a reason (coop goods post at cost against Beban Operasional)."""
    return _single(session, product_id, lambda p, prod: p.adjust(prod, change, on, reason))


@dataclass(frozen=True)
class CountResult:
    product_id: int
    code: str
    counted: int
    expected: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


def count_stock(session: Session, counts: Iterable[tuple[int, int]], on: date) -> list[CountResult]:
    """Record a stock count: each (product id, counted quantity); differences become
    adjustments of kind `count`, all in one transaction."""
    with transaction(session):
        require(session, Permission.POST)
        posting = StockPosting(session, audit_each=True)
        results = []
        for product_id, counted in counts:
            if type(counted) is not int or counted < 0:
                raise ValidationError(tr("A counted quantity must be zero or more."))
            product = get_product(session, product_id)
            expected = stock_of(session, product_id, on)
            results.append(CountResult(product_id, product.code, counted, expected))
            if counted != expected:
                posting.adjust(
                    product, counted - expected, on,
                    tr("Stock count: counted {counted}, expected {expected}",
                       counted=counted, expected=expected),
                    kind=COUNT,
                )
        posting.flush()
        return results


def reverse_with_movements(session: Session, entry_id: int, on: date, reason: str,
                           kind: str) -> int:
    """Reverse a stock or sale entry and undo its movements with movements of `kind`
    (a sale comes back as a `return`), inside the caller's transaction."""
    require(session, Permission.POST)
    movements = list(
        session.scalars(select(StockMovement).where(StockMovement.entry_id == entry_id))
    )
    if not movements:
        raise ValidationError(
            tr("Entry {id} has no stock movements to undo; correct the cost price instead.",
               id=entry_id)
        )
    for m in movements:
        if m.quantity > 0:
            product = get_product(session, m.product_id)
            if m.quantity > available_on(session, m.product_id, on):
                raise ValidationError(
                    tr("Reversing entry {id} would take the stock of {name} below zero.",
                       id=entry_id, name=product.name)
                )
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    actor = current_actor(session).username
    for m in movements:
        product = get_product(session, m.product_id)
        cost = 0 if product.consignment else product.cost_price
        session.add(StockMovement(
            product_id=m.product_id, date=on, kind=kind, quantity=-m.quantity,
            unit_price=m.unit_price, unit_cost=cost, reason=reason.strip(),
            market_day_id=m.market_day_id, entry_id=reversal_id, created_by=actor,
        ))
        if cost != m.unit_cost:
            post_in_transaction(
                session, revaluation_draft(product, -m.quantity, m.unit_cost, cost, on)
            )
    session.flush()
    return reversal_id


def reverse_stock_entry(session: Session, entry_id: int, on: date, reason: str) -> int:
    return reverse_with_movements(session, entry_id, on, reason, ADJUSTMENT)


# ---------------------------------------------------------------- lists and reports


class QueryRows:
    """A RowSource over a SELECT: count, fetch a page, sort by a result column."""

    def __init__(self, open_session: Callable[[], Session], query: Select,
                 default_order: Sequence = ()):
        self.open_session = open_session
        self.query = query
        self.order = list(default_order)

    def count(self) -> int:
        with self.open_session() as s:
            return s.scalar(select(func.count()).select_from(self.query.order_by(None).subquery()))

    def fetch(self, offset: int, limit: int) -> list[tuple]:
        with self.open_session() as s:
            query = self.query.order_by(*self.order).offset(offset).limit(limit)
            return [tuple(r) for r in s.execute(query)]

    def sort(self, column: int, descending: bool) -> None:
        expr = list(self.query.selected_columns)[column]
        self.order = [expr.desc() if descending else expr.asc(), *self.order[-1:]]


@dataclass(frozen=True)
class ProductFilter:
    search: str = ""
    owner: str = "all"  # all | coop | consignment
    producer_id: int | None = None
    category: str | None = None
    low_only: bool = False
    include_inactive: bool = False


# Columns of `product_rows`: the UI shows the first nine; the last is the product id.
PRODUCT_COLUMNS = ("code", "name", "category", "owner", "unit", "sale_price", "cost_price",
                   "stock", "min_stock", "id")


def product_rows(open_session: Callable[[], Session], flt: ProductFilter) -> QueryRows:
    on_hand = _on_hand()
    query = (
        select(
            Product.code, Product.name, Product.category,
            func.coalesce(Member.number + " " + Member.name, ""), Product.unit,
            Product.sale_price, Product.cost_price, on_hand, Product.min_stock, Product.id,
        )
        .outerjoin(Member, Member.id == Product.owner_member_id)
    )
    if flt.search.strip():
        pattern = f"%{flt.search.strip()}%"
        query = query.where(or_(Product.code.ilike(pattern), Product.name.ilike(pattern)))
    if flt.owner == "coop":
        query = query.where(Product.owner_member_id.is_(None))
    elif flt.owner == "consignment":
        query = query.where(Product.owner_member_id.is_not(None))
    if flt.producer_id is not None:
        query = query.where(Product.owner_member_id == flt.producer_id)
    if flt.category:
        query = query.where(Product.category == flt.category)
    if flt.low_only:
        query = query.where(on_hand <= Product.min_stock)
    if not flt.include_inactive:
        query = query.where(Product.active.is_(True))
    return QueryRows(open_session, query, [Product.code])


def low_stock_products(session: Session) -> list[ProductInfo]:
    """Active products at or below their minimum stock (for the page and the dashboard)."""
    query, on_hand = _info_query()
    rows = session.execute(
        query.where(Product.active.is_(True), on_hand <= Product.min_stock).order_by(Product.code)
    )
    return [ProductInfo(*r) for r in rows]


@dataclass(frozen=True)
class StockRow:
    code: str
    name: str
    owner: str  # the producer's member number, empty for the cooperative
    stock: int
    value: int  # coop goods at cost; consignment goods 0 (not ours)
    sold: int
    sales: int


def stock_rows(session: Session, as_of: date | None = None) -> list[StockRow]:
    """Per product (by code): stock, stock value at the current cost price, and quantity
    and amount sold, all up to `as_of` (inclusive; None = everything)."""
    m = StockMovement
    sold = case((m.kind.in_(SOLD_KINDS), -m.quantity), else_=0)
    taken = case((m.kind.in_(SOLD_KINDS), -m.quantity * m.unit_price), else_=0)
    sums = (
        select(
            m.product_id,
            func.sum(m.quantity).label("stock"),
            func.sum(sold).label("sold"),
            func.sum(taken).label("sales"),
        )
        .where(m.date <= as_of if as_of else True)
        .group_by(m.product_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Product.code, Product.name, func.coalesce(Member.number, ""),
            func.coalesce(sums.c.stock, 0), Product.cost_price, Product.owner_member_id,
            func.coalesce(sums.c.sold, 0), func.coalesce(sums.c.sales, 0),
        )
        .outerjoin(sums, sums.c.product_id == Product.id)
        .outerjoin(Member, Member.id == Product.owner_member_id)
        .order_by(Product.code)
    )
    return [
        StockRow(code, name, owner, stock, 0 if owner_id else stock * cost, sold, sales)
        for code, name, owner, stock, cost, owner_id, sold, sales in rows
    ]


def stock_value(session: Session) -> int:
    """Coop-owned stock at cost (what Persediaan should hold)."""
    stock = _stock_subquery()
    return session.scalar(
        select(func.coalesce(func.sum(stock.c.stock * Product.cost_price), 0))
        .join(stock, stock.c.product_id == Product.id)
        .where(Product.owner_member_id.is_(None))
    )


def kind_labels() -> dict[str, str]:
    return {OPENING: tr("Opening stock"), RECEIVE: tr("Received"), SALE: tr("Sale"),
            RETURN: tr("Return"), ADJUSTMENT: tr("Adjustment"), COUNT: tr("Stock count")}


def movement_rows(open_session: Callable[[], Session], product_id: int) -> QueryRows:
    """The stock card of one product, newest first: date, movement (translated),
    quantity (signed), unit price, reason, journal entry id."""
    m = StockMovement
    kind = case(kind_labels(), value=m.kind, else_=m.kind)
    query = select(m.date, kind, m.quantity, m.unit_price, m.reason, m.entry_id).where(
        m.product_id == product_id
    )
    return QueryRows(open_session, query, [m.date.desc(), m.id.desc()])


# ---------------------------------------------------------------- checks (`koperasi check`)


def check_no_negative_stock(session: Session) -> list[str]:
    rows = session.execute(
        select(Product.code, func.sum(StockMovement.quantity))
        .join(StockMovement, StockMovement.product_id == Product.id)
        .group_by(Product.id)
        .having(func.sum(StockMovement.quantity) < 0)
    ).all()
    return [tr("Product {code} has negative stock: {stock}", code=c, stock=s) for c, s in rows]


def check_stock_value(session: Session) -> list[str]:
    """Persediaan must equal coop-owned stock at cost."""
    booked, held = ledger.account_balance(session, PERSEDIAAN), stock_value(session)
    if booked == held:
        return []
    return [tr("Persediaan (1301) is {booked} but the coop's stock at cost is {held}",
               booked=booked, held=held)]
