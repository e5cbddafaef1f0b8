"""Demo part: a founding grant and monthly operating costs paid from cash."""

from __future__ import annotations

from desktop_app.domain.accounts import BEBAN_OPERASIONAL, KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.dates import add_months
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.services.demo.context import DemoContext


def generate(ctx: DemoContext) -> dict[str, int]:
    grant = 5_000_000 + 1_000 * ctx.members
    ctx.writer.add(
        EntryDraft(ctx.start, EntryKind.GRANT, "Hibah pendirian dari mitra LSM",
                   [debit(KAS, grant), credit(MODAL_DONASI, grant)])
    )
    costs = 0
    month = ctx.start
    while month <= ctx.end:
        amount = ctx.rng.choice((150_000, 175_000, 200_000, 250_000))
        ctx.writer.add(
            EntryDraft(min(month.replace(day=25), ctx.end), EntryKind.EXPENSE,
                       "Biaya ATK dan konsumsi rapat kelompok",
                       [debit(BEBAN_OPERASIONAL, amount), credit(KAS, amount)])
        )
        costs += 1
        month = add_months(month, 1)
    ctx.writer.flush()
    return {"cash entries": costs + 1}
