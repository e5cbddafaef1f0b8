"""A member leaves: the exit preview, the exit itself, and its reversal.

With the pay-back, one journal entry returns her savings net of any outstanding loan
(the loans service closes those loans); without it she is only marked as left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import PIUTANG_PINJAMAN
from desktop_app.domain.journal import EntryDraft
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.money import format_amount
from desktop_app.domain.postings import exit_draft
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, loans, savings, settings
from desktop_app.services.context import require, transaction
from desktop_app.services.members import load_member


@dataclass(frozen=True)
class ExitPreview:
    member_id: int
    name: str
    on: date
    pokok: int
    wajib: int
    sukarela: int
    loans: int  # outstanding principal, settled from the savings

    @property
    def savings(self) -> int:
        return self.pokok + self.wajib + self.sukarela

    @property
    def cash_out(self) -> int:
        """Cash paid to the member: savings minus outstanding loans."""
        return self.savings - self.loans


def exit_preview(session: Session, member_id: int, on: date) -> ExitPreview:
    member = load_member(session, member_id)
    balances = ledger.member_balances(session, member_id)
    saved = savings.balances_from(balances)
    return ExitPreview(
        member_id, member.name, on, saved.pokok, saved.wajib, saved.sukarela,
        balances.get(PIUTANG_PINJAMAN, 0),
    )


def exit_member(session: Session, member_id: int, on: date, pay_out: bool = True) -> int | None:
    """The member leaves on `on`. With `pay_out`, one entry returns her savings net of
    loans (Dr Pokok, Wajib, Sukarela [m]; Cr Piutang [m,l] via the loans service; Cr Kas);
    without it she is only marked as left and her balances stay on the books.
    Returns the entry id, or None when nothing was posted."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        member = load_member(session, member_id)
        if member.status == MemberStatus.LEFT:
            raise ValidationError(tr("{name} has already left.", name=member.name))
        if on < member.join_date:
            raise ValidationError(tr("The exit date cannot be before the joining date."))
        settings.require_open(session, on)
        entry_id = None
        preview = exit_preview(session, member_id, on)
        if pay_out and (preview.savings or preview.loans):
            require(session, Permission.POST)
            entry_id = ledger.post_in_transaction(session, _exit_draft(session, preview))
        member.status = MemberStatus.LEFT
        member.exit_date = on
        audit.record(session, "member.exit", "member", member_id, on=on, entry=entry_id,
                     pay_out=pay_out)
        return entry_id


def _exit_draft(session: Session, preview: ExitPreview) -> EntryDraft:
    if preview.loans > preview.savings:
        digits = settings.get_profile(session).minor_digits
        raise ValidationError(
            tr("{name} still owes {loans} on loans but has only {savings} in savings; "
               "she must repay at least {rest} before leaving.",
               name=preview.name, loans=format_amount(preview.loans, digits),
               savings=format_amount(preview.savings, digits),
               rest=format_amount(preview.loans - preview.savings, digits))
        )
    loan_lines = (loans.settle_for_exit(session, preview.member_id, preview.on)
                  if preview.loans else [])
    return exit_draft(preview.member_id, preview.name, preview.on, preview.pokok,
                      preview.wajib, preview.sukarela, loan_lines)


def reverse_exit(session: Session, entry_id: int, on: date, reason: str) -> int:
    """Undo a mistaken exit: her savings come back and she is active again. An exit that
    also settled loans is refused, since those loans were closed with it."""
    entry = session.get(JournalEntry, entry_id)
    if any(line.loan_id for line in entry.lines):
        raise ValidationError(
            tr("This exit also paid off loans, so it cannot be reversed; register the member "
               "again and record her savings instead.")
        )
    member_id = next(line.member_id for line in entry.lines if line.member_id)
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    member = load_member(session, member_id)
    member.status, member.exit_date = MemberStatus.ACTIVE, None
    audit.record(session, "member.exit_reversed", "member", member_id, entry=entry_id)
    return reversal_id
