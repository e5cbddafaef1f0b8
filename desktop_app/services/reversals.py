"""Reverse any posted entry, whatever its kind: one table, entry kind -> how.

Most entries reverse by negating their lines (`ledger.reverse_in_transaction`). Entries
whose kind carries domain state (a loan repayment's allocation, a sale's stock movements,
a member's exit) are reversed by their own service's function, named in `REVERSALS`.
The GUI, the command line and the undo of an import all reverse through this table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from sqlalchemy.orm import Session

from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import (
    joint_liability,
    ledger,
    loan_reversals,
    market_days,
    member_exit,
    savings,
    stock,
)
from desktop_app.services.context import require, transaction

# function(session, entry_id, on, reason) -> the reversal's entry id, inside the caller's
# transaction: its refusals, the negated lines and the domain state put back.
Reverse = Callable[[Session, int, date, str], int]


class Reversal(NamedTuple):
    """How entries of one kind are reversed."""

    reverse: Reverse
    # Undoing a whole import negates these entries in bulk instead: the undo refuses savings
    # withdrawn since the import for the whole batch, reopens the loans the import ended,
    # and leaves members' status as the import's member sheet set it.
    bulk_in_undo: bool = False


PLAIN = Reversal(ledger.reverse_in_transaction, bulk_in_undo=True)

REVERSALS: dict[EntryKind, Reversal] = {
    EntryKind.DEPOSIT: Reversal(savings.reverse_deposit, bulk_in_undo=True),
    EntryKind.WITHDRAWAL: PLAIN,
    EntryKind.LOAN_DISBURSEMENT: Reversal(loan_reversals.reverse_disbursement),
    EntryKind.REPAYMENT: Reversal(loan_reversals.reverse_repayment),
    EntryKind.LOAN_WRITE_OFF: Reversal(loan_reversals.reverse_write_off, bulk_in_undo=True),
    EntryKind.SALE: Reversal(market_days.reverse_sale),
    EntryKind.SETTLEMENT: PLAIN,
    EntryKind.STOCK: Reversal(stock.reverse_stock_entry),
    EntryKind.EXPENSE: PLAIN,
    EntryKind.INCOME: PLAIN,
    EntryKind.GRANT: PLAIN,
    EntryKind.TRANSFER: PLAIN,
    EntryKind.OPENING_BALANCE: PLAIN,
    EntryKind.MEMBER_EXIT: Reversal(member_exit.reverse_exit, bulk_in_undo=True),
    EntryKind.SHU_DISTRIBUTION: PLAIN,
    EntryKind.YEAR_END: PLAIN,
    EntryKind.REVERSAL: PLAIN,  # refused there: a reversal is not reversed, it is re-posted
    EntryKind.JOINT_COVER: Reversal(joint_liability.reverse_cover),
    EntryKind.JOINT_PAYBACK: Reversal(joint_liability.reverse_payback),
}


def reverse_in_transaction(session: Session, entry_id: int, on: date, reason: str) -> int:
    """Reverse entry `entry_id` by its kind's row, inside the caller's transaction."""
    entry = session.get(JournalEntry, entry_id)
    if entry is None:
        raise ValidationError(tr("There is no journal entry {id}.", id=entry_id))
    return REVERSALS[EntryKind(entry.kind)].reverse(session, entry_id, on, reason)


def reverse(session: Session, entry_id: int, on: date, reason: str) -> int:
    """Reverse entry `entry_id` dated `on`, for `reason`; return the reversal's id."""
    with transaction(session):
        require(session, Permission.POST)
        return reverse_in_transaction(session, entry_id, on, reason)
