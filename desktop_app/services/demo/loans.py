"""Demo part: loan products and years of loans of every method and standing.

Most borrowers pay on time, some pay late or irregularly, a few pay off early, a few stop
paying (the oldest of those are written off), and a handful of applications wait for the
chair, wait for cash, or were turned down. A loan goes out only when the cash box holds
its amount on that day and every later day (`DemoContext.cash`); otherwise the member
waits a month or borrows less. Loans are simulated in memory with the same pure schedule and allocation rules
the services use, then written in chunks: loans and installments by bulk insert (ids
assigned up front), entries through the demo's bulk writer, repayment rows once their
entry ids are known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop_app.db.dialect import continue_ids_after_rows
from desktop_app.db.models import Loan, LoanInstallment, LoanProduct, LoanRepayment
from desktop_app.domain import allocation
from desktop_app.domain.allocation import InstallmentState
from desktop_app.domain.dates import add_months
from desktop_app.domain.loan_rules import PenaltyRule
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.postings import disbursement_draft, repayment_draft, write_off_draft
from desktop_app.domain.schedule import build_schedule
from desktop_app.services import audit
from desktop_app.services.demo.context import DemoContext

PRODUCTS = (
    # name, % per month, method, max term, admin fee, penalty kind, penalty value, limit ×
    ("Pinjaman Usaha", Decimal("1.5"), "menurun", 12, 25_000, "none", Decimal(0), Decimal(3)),
    ("Pinjaman Anuitas", Decimal("1.25"), "anuitas", 24, 50_000, "none", Decimal(0), Decimal(5)),
    ("Pinjaman Darurat", Decimal(2), "flat", 6, 10_000, "fixed", Decimal(10_000), None),
)
AMOUNTS = {
    "Pinjaman Usaha": (1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000),
    "Pinjaman Anuitas": (5_000_000, 7_500_000, 10_000_000, 15_000_000),
    "Pinjaman Darurat": (300_000, 500_000, 750_000, 1_000_000),
}
TERMS = {
    "Pinjaman Usaha": (6, 10, 12), "Pinjaman Anuitas": (12, 18, 24), "Pinjaman Darurat": (3, 6),
}
PURPOSES = (
    "Modal warung sembako", "Tambah modal jualan kue", "Beli mesin jahit",
    "Modal kerajinan anyaman",
    "Biaya sekolah anak", "Modal jualan sayur di pasar", "Perbaikan rumah", "Modal katering",
    "Beli etalase warung", "Biaya berobat keluarga",
)
CHUNK_ENTRIES = 4000  # below the writer's batch size, so every flush returns its ids
CASH_RESERVE = 1_000_000  # kept in the cash box for members' withdrawals
DECISIONS = (LoanStatus.APPLIED, LoanStatus.APPROVED, LoanStatus.APPLIED, LoanStatus.REJECTED)


@dataclass
class _Chunk:
    loans: list[dict] = field(default_factory=list)
    installments: list[dict] = field(default_factory=list)
    repayments: list = field(default_factory=list)  # per entry: repayment row or None

    def add(self, ctx: DemoContext, draft, repayment: dict | None = None) -> None:
        ctx.writer.add(draft)
        self.repayments.append(repayment)


def generate(ctx: DemoContext) -> dict[str, int]:
    products = _products(ctx)
    ctx.writer.flush()
    # Loan ids are chosen here (the demo fills a new book under its write lock), since
    # each loan's entries name it before the loan rows are written in a chunk.
    next_id = (ctx.session.scalar(select(func.max(Loan.id))) or 0) + 1
    counts = {"loans": 0, "repayments": 0}
    chunk = _Chunk()
    written_off, oldest_default = False, ctx.end - timedelta(days=600)
    for member_id, number, joined, left_on in ctx.member_rows:
        if ctx.rng.random() > 0.45:
            continue
        start = max(joined, ctx.start) + timedelta(days=ctx.rng.randint(20, 400))
        while start < ctx.end - timedelta(days=20):
            product = ctx.rng.choices(products, weights=(6, 3, 2))[0]
            term = ctx.rng.choice(TERMS[product.name])
            if left_on is not None and add_months(start, term + 1) >= left_on:
                break  # no loan that would run past the day she leaves
            principal = _affordable(ctx, product, start)
            if principal is None:  # not enough cash yet: she waits for the next month
                start += timedelta(days=30)
                continue
            # Every demo shows a written-off loan: the first old enough one defaults.
            must_default = not written_off and left_on is None and start < oldest_default
            closed_on = _simulate(ctx, product, term, principal, next_id, member_id, start,
                                  left_on is not None, must_default, chunk)
            written_off = written_off or chunk.loans[-1]["status"] == LoanStatus.WRITTEN_OFF
            next_id += 1
            counts["loans"] += 1
            if closed_on is None:
                break
            start = closed_on + timedelta(days=ctx.rng.randint(15, 120))
        if len(chunk.repayments) >= CHUNK_ENTRIES:
            counts["repayments"] += _write(ctx, chunk)
            chunk = _Chunk()
    counts["repayments"] += _write(ctx, chunk)
    counts["loans"] += _pending_applications(ctx, products, next_id)
    continue_ids_after_rows(ctx.session, Loan.__table__)
    return {"loans": counts["loans"], "loan repayments": counts["repayments"]}


def _products(ctx: DemoContext) -> list[LoanProduct]:
    rows = [
        LoanProduct(name=name, monthly_rate=rate, method=method, max_term_months=term,
                    admin_fee_amount=fee, admin_fee_percent=Decimal(0), penalty_kind=kind,
                    penalty_value=value, limit_savings_multiple=limit,
                    guarantor_required=name == "Pinjaman Anuitas", active=True)
        for name, rate, method, term, fee, kind, value, limit in PRODUCTS
    ]
    ctx.session.add_all(rows)
    ctx.session.flush()
    return rows


def _affordable(ctx: DemoContext, product: LoanProduct, start: date) -> int | None:
    """A principal the cooperative can pay out on `start` from the cash it holds then,
    keeping a reserve for savings withdrawals; None when even the smallest is too much."""
    wanted = ctx.rng.choice(AMOUNTS[product.name])
    spare = ctx.cash.spare(start) - CASH_RESERVE
    fitting = [amount for amount in AMOUNTS[product.name]
               if amount <= wanted and amount - product.admin_fee_amount <= spare]
    return fitting[-1] if fitting else None


def _simulate(ctx, product, term, principal, loan_id, member_id, start, leaving, must_default,
              chunk):
    """Simulate one loan from `start`; return the date it was paid off, or None.

    Its entries go to the writer at once (so the cash position sees them); the writer
    writes them only at the chunk's flush, after the loan rows they refer to.
    """
    rng = ctx.rng
    rows = build_schedule(principal, product.monthly_rate, term, product.method, start)
    states = [InstallmentState(r.number, r.due_date, r.principal, r.interest) for r in rows]
    rule = PenaltyRule(product.penalty_kind, product.penalty_value)
    behaviour = rng.choices(("good", "late", "payoff", "default"), weights=(70, 15, 7, 8))[0]
    if leaving:
        behaviour = "good"
    elif must_default:
        behaviour = "default"
    stop_after = rng.randint(1, max(1, term // 2))
    number = f"PJ-{loan_id:06d}"
    fee = product.admin_fee_amount
    chunk.add(ctx, disbursement_draft(member_id, loan_id, number, principal, fee, start))
    last_paid = start
    closed_on = None
    status = LoanStatus.ACTIVE
    for k, row in enumerate(rows, start=1):
        if behaviour == "default" and k > stop_after:
            break
        if behaviour == "late" and rng.random() < 0.35 and k < term:
            continue
        delay = rng.randint(8, 40) if behaviour == "late" else rng.randint(-4, 3)
        paid_on = max(row.due_date + timedelta(days=delay), last_paid, start)
        if paid_on > ctx.end:
            break
        if behaviour == "payoff" and k > term // 2:
            split = allocation.payoff_split(states, paid_on, rule)
        else:
            due = sum(s.unpaid + s.penalty_due(paid_on, rule) for s in states
                      if s.due_date <= max(paid_on, row.due_date))
            if due <= 0:
                continue
            split = allocation.allocate(states, due, paid_on, rule)
        states = allocation.apply(states, split)
        last_paid = paid_on
        chunk.add(ctx, repayment_draft(member_id, loan_id, number, paid_on, split.penalty,
                                       split.interest, split.principal),
                  {"loan_id": loan_id, "date": paid_on, "amount": split.total, "penalty": split.penalty,
             "interest": split.interest, "principal": split.principal, "reversed": False,
             "note": None})
        if sum(s.unpaid_principal for s in states) == 0:
            status, closed_on = LoanStatus.PAID, paid_on
            break
    outstanding = sum(s.unpaid_principal for s in states)
    write_off_on = (allocation.oldest_unpaid_due(states) or start) + timedelta(days=200)
    if behaviour == "default" and outstanding and write_off_on <= ctx.end and (
            must_default or rng.random() < 0.6):
        chunk.add(ctx, write_off_draft(member_id, loan_id, number, outstanding, write_off_on))
        status, outstanding = LoanStatus.WRITTEN_OFF, 0
        closed_on = write_off_on
    applied = start - timedelta(days=rng.randint(3, 10))
    loan = {
        "id": loan_id, "number": number, "member_id": member_id, "product_id": product.id,
        "principal": principal, "monthly_rate": product.monthly_rate, "term_months": term,
        "method": product.method, "admin_fee": fee, "penalty_kind": product.penalty_kind,
        "penalty_value": product.penalty_value, "purpose": rng.choice(PURPOSES),
        "guarantor_member_id": None, "guarantor_name": None, "status": status,
        "applied_on": applied, "approved_by": "ketua", "approved_on": applied,
        "disbursed_on": start, "closed_on": closed_on, "batch_id": None,
        "outstanding": outstanding,
        "next_due_date": allocation.oldest_unpaid_due(states) if outstanding else None,
        "rescheduled_on": None, "exit_settled": 0,
    }
    chunk.loans.append(loan)
    chunk.installments += [
        {"loan_id": loan_id, "number": s.number, "due_date": s.due_date, "principal": s.principal,
         "interest": s.interest, "paid_principal": s.paid_principal,
         "paid_interest": s.paid_interest, "paid_penalty": s.paid_penalty}
        for s in states
    ]
    return closed_on if status == LoanStatus.PAID else None


def _write(ctx: DemoContext, chunk: _Chunk) -> int:
    """Insert the chunk's loans and installments, post its entries, link repayments."""
    if not chunk.loans:
        return 0
    session = ctx.session
    session.execute(Loan.__table__.insert(), chunk.loans)
    session.execute(LoanInstallment.__table__.insert(), chunk.installments)
    ids = ctx.writer.flush()
    repayments = [
        {**row, "entry_id": entry_id}
        for entry_id, row in zip(ids, chunk.repayments, strict=True)
        if row is not None
    ]
    if repayments:
        session.execute(LoanRepayment.__table__.insert(), repayments)
    return len(repayments)


def _pending_applications(ctx: DemoContext, products, next_id: int) -> int:
    """Applications that never reached the cash box: recent ones waiting for the chair,
    approved ones waiting to be paid out, and a few the chair turned down."""
    busy = set(ctx.session.scalars(select(Loan.member_id).where(Loan.status == LoanStatus.ACTIVE)))
    free = [row for row in ctx.member_rows if row[3] is None and row[0] not in busy]
    picked = ctx.rng.sample(free, min(len(free), max(len(DECISIONS), ctx.members // 100)))
    rows = []
    for offset, (member_id, _number, joined, _left) in enumerate(picked):
        loan_id, status = next_id + offset, DECISIONS[offset % len(DECISIONS)]
        product = ctx.rng.choice(products)
        back = ctx.rng.randint(30, 300) if status == LoanStatus.REJECTED else ctx.rng.randint(0, 10)
        applied = max(joined, ctx.end - timedelta(days=back))
        decided = (None if status == LoanStatus.APPLIED
                   else min(ctx.end, applied + timedelta(days=3)))
        rows.append({
            "id": loan_id, "number": f"PJ-{loan_id:06d}", "member_id": member_id,
            "product_id": product.id, "principal": ctx.rng.choice(AMOUNTS[product.name]),
            "monthly_rate": product.monthly_rate, "term_months": product.max_term_months,
            "method": product.method, "admin_fee": product.admin_fee_amount,
            "penalty_kind": product.penalty_kind, "penalty_value": product.penalty_value,
            "purpose": ctx.rng.choice(PURPOSES), "status": status, "applied_on": applied,
            "approved_by": decided and "ketua", "approved_on": decided,
            "closed_on": decided if status == LoanStatus.REJECTED else None,
            "outstanding": 0, "exit_settled": 0,
        })
        if status == LoanStatus.REJECTED:
            audit.record(ctx.session, "loan.rejected", "loan", loan_id, number=rows[-1]["number"],
                         on=decided, reason="Tunggakan simpanan wajib belum dilunasi")
    if rows:
        ctx.session.execute(Loan.__table__.insert(), rows)
    return len(rows)
