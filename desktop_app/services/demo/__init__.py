"""`koperasi demo`: a realistic cooperative, generated part by part.

Each part (members and savings, loans, inventory and market days, cash) writes through
the same services or the bulk journal writer, so demo books pass `check` and exercise
every feature. Parts stream their entries, so 10,000 members and a million journal
lines fit in flat memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import JournalEntry, Member
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services.context import transaction
from desktop_app.services.demo import cash
from desktop_app.services.demo import inventory as demo_inventory
from desktop_app.services.demo import joint_liability as demo_joint_liability
from desktop_app.services.demo import loans as demo_loans
from desktop_app.services.demo import members as demo_members
from desktop_app.services.demo import programmes as demo_programmes
from desktop_app.services.demo import users as demo_users
from desktop_app.services.demo.context import DemoContext

# Parts run in this order; later parts may use what earlier ones created. Loans come
# last: they go out only from cash on hand, which every other part's entries move.
PARTS: list[Callable[[DemoContext], dict[str, int]]] = [
    demo_members.generate, cash.generate, demo_inventory.generate, demo_loans.generate,
    demo_joint_liability.generate, demo_programmes.generate, demo_users.generate,
]


def generate(
    session: Session,
    *,
    members: int = 150,
    years: int = 3,
    seed: int = 1,
    progress: Callable[[int, int], None] = lambda done, total: None,
    today: date | None = None,
) -> str:
    """Fill an empty book; return a one-line summary of what was created."""
    if members < 1 or years < 1:
        raise ValidationError(tr("The demo needs at least one member and one year."))
    with transaction(session):
        if session.scalar(select(func.count(Member.id))) or session.scalar(
            select(func.count(JournalEntry.id))
        ):
            raise ValidationError(tr("The demo needs a new, empty book."))
        ctx = DemoContext.create(
            session, members=members, years=years, seed=seed, today=today or date.today()
        )
        counts: dict[str, int] = {}
        for index, part in enumerate(PARTS):
            progress(index, len(PARTS))
            counts.update(part(ctx))
        progress(len(PARTS), len(PARTS))
    return describe(counts)


def describe(counts: dict[str, int]) -> str:
    """`anggota 150, setoran Simpanan Pokok 150, …` in the UI language (unknown keys as is)."""
    labels = {
        "members": tr("members"), "pokok": tr("Simpanan Pokok deposits"),
        "wajib": tr("Simpanan Wajib deposits"), "sukarela": tr("Simpanan Sukarela deposits"),
        "withdrawals": tr("withdrawals"), "exits": tr("members who left"),
        "cash entries": tr("cash entries"), "products": tr("products"),
        "market days": tr("market days"), "sales": tr("sales"),
        "settlements": tr("consignment settlements"), "loans": tr("loans"),
        "loan repayments": tr("loan repayments"), "users": tr("users"),
        "programmes": tr("programmes"), "trainings": tr("trainings"),
        "training registrations": tr("training registrations"),
        "business profiles": tr("business profiles"),
        "covers": tr("tanggung renteng covers"), "paybacks": tr("tanggung renteng paybacks"),
    }
    return ", ".join(f"{labels.get(name, name)} {value}" for name, value in counts.items())
