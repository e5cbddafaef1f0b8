"""Demo part: a founding grant and monthly operating costs paid from cash."""

from __future__ import annotations

from desktop_app.domain.accounts import BEBAN_OPERASIONAL, MODAL_DONASI, AccountType
from desktop_app.domain.dates import add_months
from desktop_app.domain.postings import cash_in_draft, cash_out_draft
from desktop_app.services.demo.context import DemoContext


def generate(ctx: DemoContext) -> dict[str, int]:
    grant = 5_000_000 + 1_000 * ctx.members
    ctx.writer.add(cash_in_draft(ctx.start, MODAL_DONASI, AccountType.EQUITY, grant,
                                 "Hibah pendirian dari mitra LSM"))
    costs = 0
    month = ctx.start
    while month <= ctx.end:
        amount = ctx.rng.choice((150_000, 175_000, 200_000, 250_000))
        ctx.writer.add(cash_out_draft(min(month.replace(day=25), ctx.end), BEBAN_OPERASIONAL,
                                      AccountType.EXPENSE, amount,
                                      "Biaya ATK dan konsumsi rapat kelompok"))
        costs += 1
        month = add_months(month, 1)
    ctx.writer.flush()
    return {"cash entries": costs + 1}
