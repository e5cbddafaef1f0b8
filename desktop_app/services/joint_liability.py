"""Tanggung renteng (joint liability, DESIGN.md §4): the group covers a member's
installment, and she pays them back through the cooperative.

Postings (DESIGN.md §3 terms; `[m]` member dimension, `[l]` loan):
- cover of an installment r = p + i + q by payers j with shares s_j:
  Dr Kas s_j [payer m] (a share paid in cash) or Dr Simpanan Sukarela s_j [payer m]
  (taken from her voluntary savings); Cr Denda p, Cr Jasa Pinjaman i, Cr Piutang q
  [borrower m, l] — the borrower's repayment, allocated like any other.
- payback b by the borrower to payers j with parts b_j: Dr Kas b [borrower m];
  Cr Kas b_j [payer m] (handed to her in cash) or Cr Simpanan Sukarela b_j [payer m].
The claims are not an asset of the cooperative: the sub-ledger `joint_liability` keeps,
per borrower and payer, what was covered and paid back; claim = covered − paid back,
never below zero (`check_claims`). Reversing a cover reverses the repayment and its
shares (refused while paybacks still lean on it); reversing a payback restores the claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.db.models import Account, JointLiability, JournalEntry, JournalLine, Member
from desktop_app.domain import postings
from desktop_app.domain.accounts import KAS, SIMPANAN_SUKARELA, EntryKind
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.money import format_amount
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, loan_reversals, loan_state, loans, savings, settings
from desktop_app.services.context import require, transaction

SOURCES = (postings.CASH, postings.SAVINGS)


@dataclass(frozen=True)
class Share:
    """One member's part of a cover (`source`: where her money comes from) or of a
    payback (`source`: where the money goes to her)."""

    member_id: int
    amount: int
    source: str = postings.CASH


@dataclass(frozen=True)
class Claim:
    borrower_id: int
    borrower_number: str
    borrower_name: str
    payer_id: int
    payer_number: str
    payer_name: str
    covered: int
    paid_back: int

    @property
    def owed(self) -> int:
        return self.covered - self.paid_back


# ------------------------------------------------------------------ proposals


def equal_shares(amount: int, member_ids: list[int], source: str = postings.CASH) -> list[Share]:
    """`amount` split equally; the units left over go one each to the first members."""
    if not member_ids:
        return []
    base, left = divmod(amount, len(member_ids))
    return [Share(m, base + (1 if i < left else 0), source) for i, m in enumerate(member_ids)]


def cover_candidates(session: Session, loan_id: int) -> list[tuple[int, str, str]]:
    """Active members of the borrower's group other than her: (id, number, name)."""
    loan = loan_state.load_loan(session, loan_id)
    group_id = session.scalar(select(Member.group_id).where(Member.id == loan.member_id))
    if group_id is None:
        return []
    return [tuple(r) for r in session.execute(
        select(Member.id, Member.number, Member.name)
        .where(Member.group_id == group_id, Member.status == MemberStatus.ACTIVE,
               Member.id != loan.member_id).order_by(Member.number))]


def propose_payback(session: Session, borrower_id: int, amount: int) -> list[Share]:
    """`amount` spread over her claims in proportion to what she owes each payer
    (largest remainders get the units left over), cash by default."""
    owed = {c.payer_id: c.owed for c in claims(session, borrower_id=borrower_id) if c.owed > 0}
    total = sum(owed.values())
    if total == 0 or amount <= 0:
        return []
    amount = min(amount, total)
    exact = {payer: amount * value / total for payer, value in owed.items()}
    parts = {payer: int(value) for payer, value in exact.items()}
    left = amount - sum(parts.values())
    for payer in sorted(exact, key=lambda p: (parts[p] - exact[p], p))[:left]:
        parts[payer] += 1
    return [Share(payer, value) for payer, value in parts.items() if value]


# ------------------------------------------------------------------ cover


def _check_shares(session: Session, shares: list[Share], excluded: int) -> None:
    problems = []
    if not shares or any(s.amount <= 0 for s in shares):
        problems.append(tr("Give every member present a share above zero."))
    if len({s.member_id for s in shares}) != len(shares):
        problems.append(tr("A member is listed twice."))
    for share in shares:
        member = session.get(Member, share.member_id)
        if member is None or member.status != MemberStatus.ACTIVE:
            problems.append(tr("Only active members can pay a share."))
        elif share.member_id == excluded:
            problems.append(tr("{name} cannot pay a share to herself.", name=member.name))
        if share.source not in SOURCES:
            problems.append(tr("Choose cash or voluntary savings for each share."))
    if problems:
        raise ValidationError(" ".join(dict.fromkeys(problems)), list(dict.fromkeys(problems)))


def _check_savings(session: Session, shares: list[Share]) -> None:
    digits = settings_digits(session)
    for share in shares:
        if share.source != postings.SAVINGS:
            continue
        held = savings.savings_balances(session, share.member_id).sukarela
        if share.amount > held:
            member = session.get(Member, share.member_id)
            raise ValidationError(tr(
                "{name} has only {held} in voluntary savings; her share of {amount} cannot "
                "come from it.", name=member.name, held=format_amount(held, digits),
                amount=format_amount(share.amount, digits)))


def settings_digits(session: Session) -> int:
    return settings.get_profile(session).minor_digits


def cover_installment(session: Session, loan_id: int, on: date, shares: list[Share]) -> int:
    """The group pays `sum(shares)` on the loan at a meeting on `on`; return the entry id."""
    with transaction(session):
        require(session, Permission.POST)
        loan = loan_state.load_loan(session, loan_id)
        borrower = session.get(Member, loan.member_id)
        group = borrower.group
        if group is None or not group.joint_liability:
            raise ValidationError(tr(
                "{name}'s group does not practise tanggung renteng; turn it on in the group's "
                "meetings first.", name=borrower.name))
        _check_shares(session, shares, loan.member_id)
        if any(session.get(Member, s.member_id).group_id != group.id for s in shares):
            raise ValidationError(tr("Only members of {group} can cover her installment.",
                                     group=group.name))
        _check_savings(session, shares)
        entry_id = loans.repay_in_transaction(
            session, loan_id, on, sum(s.amount for s in shares), tr("(covered by the group)"),
            payers=[(s.member_id, s.amount, s.source) for s in shares])
        session.add_all(JointLiability(
            entry_id=entry_id, kind="cover", date=on, loan_id=loan_id,
            borrower_id=loan.member_id, payer_id=s.member_id, amount=s.amount, source=s.source,
            reversed=False) for s in shares)
        audit.record(session, "loan.joint_cover", "loan", loan_id, entry_id=entry_id,
                     shares={s.member_id: s.amount for s in shares})
        return entry_id


# ------------------------------------------------------------------ payback


def pay_back(session: Session, borrower_id: int, on: date, parts: list[Share]) -> int:
    """She pays `sum(parts)` in cash to the cooperative, which hands each payer her part
    in cash or credits her voluntary savings; return the entry id."""
    with transaction(session):
        require(session, Permission.POST)
        borrower = session.get(Member, borrower_id)
        if borrower is None:
            raise ValidationError(tr("Choose the member who pays back."))
        _check_shares(session, parts, borrower_id)
        owed = {c.payer_id: c for c in claims(session, borrower_id=borrower_id)}
        digits = settings_digits(session)
        for part in parts:
            claim = owed.get(part.member_id)
            if claim is None or part.amount > claim.owed:
                name = session.get(Member, part.member_id).name
                raise ValidationError(tr(
                    "{borrower} owes {name} only {owed}; she cannot pay her {amount}.",
                    borrower=borrower.name, name=name,
                    owed=format_amount(claim.owed if claim else 0, digits),
                    amount=format_amount(part.amount, digits)))
        entry_id = ledger.post_in_transaction(session, postings.joint_payback_draft(
            borrower_id, borrower.name, on, [(p.member_id, p.amount, p.source) for p in parts]))
        for part in parts:
            session.add(JointLiability(
                entry_id=entry_id, kind="payback", date=on,
                loan_id=_claim_loan(session, borrower_id, part.member_id),
                borrower_id=borrower_id, payer_id=part.member_id, amount=part.amount,
                source=part.source, reversed=False))
        audit.record(session, "member.joint_payback", "member", borrower_id, entry_id=entry_id,
                     parts={p.member_id: p.amount for p in parts})
        return entry_id


def _claim_loan(session: Session, borrower_id: int, payer_id: int) -> int:
    """The loan of the latest cover by this payer (a payback row names a loan)."""
    return session.scalar(
        select(JointLiability.loan_id).where(
            JointLiability.borrower_id == borrower_id, JointLiability.payer_id == payer_id,
            JointLiability.kind == "cover", JointLiability.reversed.is_(False))
        .order_by(JointLiability.date.desc(), JointLiability.id.desc()).limit(1))


# ------------------------------------------------------------------ claims


def claims(session: Session, borrower_id: int | None = None, payer_id: int | None = None,
           group_id: int | None = None) -> list[Claim]:
    """Covered, paid back and still owed per borrower and payer (reversed rows left out)."""
    borrower, payer = aliased(Member), aliased(Member)
    covered = func.sum(case((JointLiability.kind == "cover", JointLiability.amount), else_=0))
    paid = func.sum(case((JointLiability.kind == "payback", JointLiability.amount), else_=0))
    query = (
        select(JointLiability.borrower_id, borrower.number, borrower.name,
               JointLiability.payer_id, payer.number, payer.name, covered, paid)
        .join(borrower, borrower.id == JointLiability.borrower_id)
        .join(payer, payer.id == JointLiability.payer_id)
        .where(JointLiability.reversed.is_(False))
        .group_by(JointLiability.borrower_id, borrower.number, borrower.name,
                  JointLiability.payer_id, payer.number, payer.name)
        .order_by(borrower.number, payer.number)
    )
    if borrower_id is not None:
        query = query.where(JointLiability.borrower_id == borrower_id)
    if payer_id is not None:
        query = query.where(JointLiability.payer_id == payer_id)
    if group_id is not None:
        query = query.where(borrower.group_id == group_id)
    return [Claim(*row) for row in session.execute(query)]


def owed_by(session: Session, borrower_id: int) -> int:
    return sum(c.owed for c in claims(session, borrower_id=borrower_id))


# ------------------------------------------------------------------ reversal


def reverse_cover(session: Session, entry_id: int, on: date, reason: str) -> int:
    rows = session.scalars(select(JointLiability).where(
        JointLiability.entry_id == entry_id)).all()
    if rows:
        owed = {c.payer_id: c.owed for c in claims(session, borrower_id=rows[0].borrower_id)}
        if any(owed.get(r.payer_id, 0) < r.amount for r in rows):
            raise ValidationError(tr(
                "Part of this cover has been paid back; reverse those paybacks first."))
    reversal_id = loan_reversals.reverse_repayment(session, entry_id, on, reason)
    for row in rows:
        row.reversed = True
    return reversal_id


def reverse_payback(session: Session, entry_id: int, on: date, reason: str) -> int:
    rows = session.scalars(select(JointLiability).where(
        JointLiability.entry_id == entry_id)).all()
    for row in rows:
        if row.source == postings.SAVINGS and (
                savings.savings_balances(session, row.payer_id).sukarela < row.amount):
            name = session.get(Member, row.payer_id).name
            raise ValidationError(tr(
                "{name} has already withdrawn the payback from her voluntary savings; it "
                "cannot be reversed.", name=name))
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    for row in rows:
        row.reversed = True
    return reversal_id


# ------------------------------------------------------------------ check


def check_claims(session: Session) -> list[str]:
    """Each claim = covered − paid back ≥ 0, and the sub-ledger agrees with the journal:
    per entry, each payer's row equals her line (cover: debit; payback: credit)."""
    problems = [
        tr("Tanggung renteng: {borrower} has paid {payer} back {paid}, more than the {covered} "
           "covered", borrower=c.borrower_number, payer=c.payer_number, paid=c.paid_back,
           covered=c.covered)
        for c in claims(session) if c.owed < 0
    ]
    reversal = aliased(JournalEntry)
    live = ~select(reversal.id).where(reversal.reverses_id == JournalEntry.id).exists()
    codes = select(Account.id).where(Account.code.in_((KAS, SIMPANAN_SUKARELA)))
    journal: dict[tuple[int, int, str], int] = defaultdict(int)
    for entry_id, kind, member_id, amount in session.execute(
            select(JournalEntry.id, JournalEntry.kind, JournalLine.member_id, JournalLine.amount)
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .where(JournalEntry.kind.in_([str(EntryKind.JOINT_COVER),
                                          str(EntryKind.JOINT_PAYBACK)]),
                   JournalLine.account_id.in_(codes), JournalLine.member_id.is_not(None),
                   live)):
        cover = kind == EntryKind.JOINT_COVER
        if cover == (amount > 0):
            journal[(entry_id, member_id, "cover" if cover else "payback")] += abs(amount)
    ledger_rows: dict[tuple[int, int, str], int] = defaultdict(int)
    for entry_id, payer_id, kind, amount in session.execute(
            select(JointLiability.entry_id, JointLiability.payer_id, JointLiability.kind,
                   JointLiability.amount).where(JointLiability.reversed.is_(False))):
        ledger_rows[(entry_id, payer_id, kind)] += amount
    for key in sorted(set(journal) | set(ledger_rows)):
        if journal.get(key, 0) != ledger_rows.get(key, 0):
            problems.append(tr(
                "Tanggung renteng: entry {entry}, member id {member} ({kind}): the sub-ledger "
                "says {stored} but the journal says {actual}", entry=key[0], member=key[1],
                kind=key[2],
                stored=ledger_rows.get(key, 0), actual=journal.get(key, 0)))
    return problems
