"""Stock movements of goods, with the journal entries of coop-owned goods.

Stock is never stored: it is the sum of a product's signed movements (in positive, out
negative) and never goes below zero. Coop-owned goods are valued at the product's cost
price in Persediaan (1301), and every movement of them posts at that cost, so
Persediaan always equals stock x cost price over coop products (a `check`).
Consignment goods post nothing until sold. All movements go through `StockPosting`,
which the single-call services, the demo and the importer share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Product, StockMovement
from desktop_app.domain.accounts import PERSEDIAAN
from desktop_app.domain.dates import format_date
from desktop_app.domain.journal import EntryDraft
from desktop_app.domain.roles import Permission
from desktop_app.domain.stock_postings import (
    ProductInfo,
    adjustment_draft,
    opening_draft,
    purchase_draft,
    revaluation_draft,
    sale_draft,
)
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, settings
from desktop_app.services.context import current_actor, require, transaction
from desktop_app.services.ledger import JournalWriter, post_in_transaction
from desktop_app.services.products import get_product

OPENING, RECEIVE, SALE, RETURN, ADJUSTMENT, COUNT = (
    "opening", "receive", "sale", "return", "adjustment", "count",
)
SOLD_KINDS = (SALE, RETURN)  # a return is always the reversal of a sale


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
        settings.refuse_closed(on, self.writer.closed_through)
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


def stock_value(session: Session) -> int:
    """Coop-owned stock at cost (what Persediaan should hold)."""
    stock = (
        select(StockMovement.product_id, func.sum(StockMovement.quantity).label("stock"))
        .group_by(StockMovement.product_id)
        .subquery()
    )
    return session.scalar(
        select(func.coalesce(func.sum(stock.c.stock * Product.cost_price), 0))
        .join(stock, stock.c.product_id == Product.id)
        .where(Product.owner_member_id.is_(None))
    )


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
