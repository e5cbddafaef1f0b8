"""Demo part: the cooperative's shop and a year of weekly market days.

The cooperative keeps a few staples as its own stock; producers (members who joined
before the year began and stay) bring cakes, snacks and crafts on consignment. Every
Saturday the cooperative sells at a market or event; producers top up their goods the
day before, staples are bought when they run low, and each month some producers are
settled in cash or to their voluntary savings. Everything goes through `StockPosting`
on the shared bulk writer, so the journal, the stock and the checks agree.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import insert

from desktop_app.db.models import MarketDay, Product
from desktop_app.domain.accounts import UTANG_KONSINYASI
from desktop_app.domain.postings import CASH, SAVINGS, settlement_draft
from desktop_app.domain.stock_postings import ProductInfo, sale_draft
from desktop_app.services import audit
from desktop_app.services.demo.context import DemoContext
from desktop_app.services.stock import StockPosting

# code, name, category, unit, sale price, cost price, minimum stock, restock to
COOP_GOODS = (
    ("BRS5", "Beras Mayang 5 kg", "Sembako", "karung", 78_000, 71_000, 5, 30),
    ("GLP1", "Gula Pasir 1 kg", "Sembako", "bks", 18_000, 16_000, 10, 50),
    ("MGR1", "Minyak Goreng 1 L", "Sembako", "btl", 20_000, 17_500, 10, 50),
    ("SBN", "Sabun Cuci Batang", "Kebutuhan Rumah", "bh", 5_000, 4_000, 10, 60),
)
# code prefix, name, category, unit, sale price, commission %, usual stock
CONSIGNMENT_GOODS = (
    ("KBG", "Kue Bingka Kentang", "Kue", "loyang", 35_000, 10, 8),
    ("AMP", "Amplang Ikan Tenggiri", "Makanan Ringan", "bks", 25_000, 10, 30),
    ("ROT", "Anyaman Rotan (Tas)", "Kerajinan", "bh", 175_000, 15, 4),
    ("TNN", "Tenun Ulap Doyo", "Kerajinan", "lbr", 450_000, 15, 3),
    ("BTK", "Batik Kuntul Perak", "Kerajinan", "lbr", 275_000, 15, 4),
    ("KRP", "Kerupuk Ikan Pipih", "Makanan Ringan", "bks", 15_000, 10, 30),
    ("SBL", "Sambal Raja Balikpapan", "Makanan", "btl", 30_000, 10, 15),
    ("ABN", "Abon Ikan Haruan", "Makanan", "bks", 40_000, 12, 12),
    ("KPS", "Keripik Pisang Kepok", "Makanan Ringan", "bks", 12_000, 10, 30),
    ("MNK", "Kalung Manik Dayak", "Kerajinan", "bh", 60_000, 15, 10),
)
MARKETS = (
    "Pasar Pandansari", "Pasar Klandasan", "Pasar Pandansari", "Bazar UMKM Balikpapan",
    "Pasar Pandansari", "Pasar Klandasan", "Car Free Day Lapangan Merdeka",
    "Pasar Inpres Kebun Sayur",
)


def _product(row_id: int, values: dict, number: str | None) -> ProductInfo:
    return ProductInfo(
        row_id, values["code"], values["name"], values["category"], values["unit"],
        values["sale_price"], values["cost_price"], values["min_stock"],
        values["owner_member_id"], number, None, values["commission_percent"], True,
    )


def generate(ctx: DemoContext) -> dict[str, int]:
    rng, session = ctx.rng, ctx.session
    year_start = max(ctx.start, ctx.end - timedelta(days=364))
    stayers = [(mid, num) for mid, num, joined, left in ctx.member_rows
               if left is None and joined < year_start]
    producers = rng.sample(stayers, min(len(stayers), max(3, min(24, ctx.members // 6))))

    rows, targets, numbers = [], [], []
    for code, name, category, unit, price, cost, minimum, restock in COOP_GOODS:
        rows.append(dict(code=code, name=name, category=category, unit=unit, sale_price=price,
                         cost_price=cost, min_stock=minimum, owner_member_id=None,
                         commission_percent=Decimal(0), active=True))
        targets.append(restock)
        numbers.append(None)
    for index, (member_id, number) in enumerate(producers):
        for prefix, name, category, unit, price, percent, usual in rng.sample(
            CONSIGNMENT_GOODS, rng.choice((1, 1, 2))
        ):
            rows.append(dict(code=f"{prefix}-{number}", name=name, category=category,
                             unit=unit, sale_price=price + rng.choice((-2, 0, 0, 3)) * 1_000,
                             cost_price=0, min_stock=max(1, usual // 4),
                             owner_member_id=member_id, commission_percent=Decimal(percent),
                             active=True))
            targets.append(usual)
            numbers.append(number)
    ids = session.scalars(insert(Product).returning(Product.id, sort_by_parameter_order=True), rows)
    products = [_product(pid, values, number)
                for pid, values, number in zip(ids, rows, numbers, strict=True)]

    posting = StockPosting(session, ctx.writer)
    stock = {p.id: 0 for p in products}
    owed: dict[int, int] = {}
    for product, target in zip(products, targets, strict=True):
        if not product.consignment:
            posting.opening(product, target, year_start)
            stock[product.id] = target

    saturday = year_start + timedelta(days=(5 - year_start.weekday()) % 7)
    days = sales = settlements = 0
    while saturday <= ctx.end:
        for product, target in zip(products, targets, strict=True):
            low = stock[product.id] <= product.min_stock
            if product.consignment and (low or rng.random() < 0.3):
                quantity = target - stock[product.id] + rng.randint(0, 2)
                if quantity > 0:
                    posting.receive(product, quantity, saturday - timedelta(days=1))
                    stock[product.id] += quantity
            elif not product.consignment and low:
                posting.receive(product, target, saturday - timedelta(days=2),
                                "Toko Grosir Sumber Rejeki")
                stock[product.id] += target
        day = MarketDay(date=saturday, market=MARKETS[days % len(MARKETS)],
                        status="open" if saturday + timedelta(days=7) > ctx.end else "closed")
        session.add(day)
        session.flush()
        for product in rng.sample(products, min(len(products), rng.randint(6, 14))):
            quantity = min(stock[product.id], rng.choice((1, 1, 2, 2, 3, 4, 5)))
            if quantity <= 0:
                continue
            posting.sale(product, quantity, product.sale_price, saturday, day.id)
            stock[product.id] -= quantity
            sales += 1
            if product.consignment:
                owed_line = sale_draft(product, quantity, product.sale_price, saturday).lines[-1]
                if owed_line.account == UTANG_KONSINYASI:
                    producer = product.owner_member_id
                    owed[producer] = owed.get(producer, 0) - owed_line.amount
        if (saturday + timedelta(days=7)).month != saturday.month:  # last Saturday: settle
            for member_id, number in producers:
                if owed.get(member_id, 0) > 0 and rng.random() < 0.6:
                    method = SAVINGS if rng.random() < 0.4 else CASH
                    posting.post(
                        settlement_draft(member_id, owed[member_id], saturday, method, number)
                    )
                    owed[member_id] = 0
                    settlements += 1
        days += 1
        saturday += timedelta(days=7)
    posting.flush()
    audit.record(session, "demo.inventory", "product", None, products=len(products),
                 market_days=days, sales=sales)
    return {"products": len(products), "market days": days, "sales": sales,
            "settlements": settlements}
