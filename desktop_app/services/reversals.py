"""Reverse any posted entry, whatever its kind.

Most entries reverse by negating their lines (`ledger.reverse`). Entries whose kind
carries domain state (a loan repayment's allocation, a sale's stock movements) are
reversed by their own service, registered in `HANDLERS` by entry kind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.db.models import JournalEntry
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import ledger
from desktop_app.services.context import require, transaction

# entry kind -> function(session, entry_id, on, reason) -> reversal entry id,
# called inside the transaction; it reverses the journal entry and its domain state.
HANDLERS: dict[str, Callable[[Session, int, date, str], int]] = {}


def reverse(session: Session, entry_id: int, on: date, reason: str) -> int:
    """Reverse entry `entry_id` dated `on`, for `reason`; return the reversal's id."""
    with transaction(session):
        require(session, Permission.POST)
        entry = session.get(JournalEntry, entry_id)
        if entry is None:
            raise ValidationError(tr("There is no journal entry {id}.", id=entry_id))
        handler = HANDLERS.get(entry.kind, ledger.reverse_in_transaction)
        return handler(session, entry_id, on, reason)


# Domain services register their handlers in HANDLERS when imported; import them here so
# that a reversal from any screen or command finds them.
from desktop_app.services import market_days  # noqa: E402,F401  ("sale", "stock")
from desktop_app.services import members, savings  # noqa: E402,F401  ("deposit", "member_exit")
from desktop_app.services import loans  # noqa: E402,F401  ("repayment", "loan_write_off", "loan_disbursement")
from desktop_app.services import joint_liability  # noqa: E402,F401  ("joint_cover", "joint_payback")
