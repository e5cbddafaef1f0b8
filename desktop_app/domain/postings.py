"""The posting rules (the table in docs/architecture.md): one builder per event, pure functions.

Each builder returns the `EntryDraft` of one event; the services (for entries typed in
today), the importer (for history) and the demo all post through these, so a rule is
written once. Refusals that need the book (balances, permissions) stay in the services.
Stock events (sales, goods bought, opening stock, counts, revaluations) are built in the
sibling `stock_postings.py`, over a product. `tests/domain/test_postings.py` and
`tests/domain/test_stock_postings.py` check each builder against the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from desktop_app.domain.accounts import (
    BEBAN_PENGHAPUSAN,
    CADANGAN,
    DANA_SHU,
    KAS,
    MODAL_DONASI,
    PENDAPATAN_ADMIN,
    PENDAPATAN_DENDA,
    PENDAPATAN_JASA,
    PIUTANG_PINJAMAN,
    SHU_BELUM_DIBAGI,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    UTANG_KONSINYASI,
    AccountType,
    EntryKind,
)
from desktop_app.domain.journal import EntryDraft, EntryShape, Line, credit, debit
from desktop_app.domain.savings import ACCOUNT_OF, SavingsType, label
from desktop_app.i18n import tr

# ------------------------------------------------------------------ savings


def deposit_shape(savings_type: SavingsType) -> EntryShape:
    """Savings deposit of type T: Dr Kas; Cr Simpanan T [m]."""
    kind = SavingsType(savings_type)
    return EntryShape(EntryKind.DEPOSIT, ((KAS, 1, False), (ACCOUNT_OF[kind], -1, True)),
                      tr("Deposit {type}", type=label(kind)))


def deposit_draft(
    member_id: int, savings_type: SavingsType, amount: int, on: date, note: str | None = None
) -> EntryDraft:
    return deposit_shape(savings_type).draft(on, amount, member_id, note)


def withdrawal_shape() -> EntryShape:
    """Withdrawal (sukarela only): Dr Simpanan Sukarela [m]; Cr Kas."""
    return EntryShape(EntryKind.WITHDRAWAL, ((SIMPANAN_SUKARELA, 1, True), (KAS, -1, False)),
                      tr("Withdrawal {type}", type=label(SavingsType.SUKARELA)))


def withdrawal_draft(
    member_id: int, amount: int, on: date, note: str | None = None
) -> EntryDraft:
    return withdrawal_shape().draft(on, amount, member_id, note)


# ------------------------------------------------------------------ loans

CASH, SAVINGS = "cash", "savings"  # how a member is paid, or pays: cash or her savings


def disbursement_draft(
    member_id: int, loan_id: int, number: str, principal: int, admin_fee: int, on: date,
    batch_id: int | None = None,
) -> EntryDraft:
    """Dr Piutang P [m,l]; Cr Kas P−f; Cr Pendapatan Administrasi f [m,l]."""
    dims = {"member_id": member_id, "loan_id": loan_id}
    lines = [debit(PIUTANG_PINJAMAN, principal, **dims)]
    if cash := cash_paid_out(principal, admin_fee):
        lines.append(credit(KAS, cash))
    if admin_fee:
        lines.append(credit(PENDAPATAN_ADMIN, admin_fee, **dims))
    return EntryDraft(on, EntryKind.LOAN_DISBURSEMENT,
                      tr("Loan {number} disbursed", number=number), lines,
                      reference=number, batch_id=batch_id)


def _cash_or_savings(source: str) -> str:
    """The account a member pays from, or is paid into: Kas for CASH, else her voluntary
    savings."""
    return KAS if source == CASH else SIMPANAN_SUKARELA


def cash_paid_out(principal: int, admin_fee: int) -> int:
    """The cash a borrower receives: the principal less the admin fee taken from it."""
    return principal - admin_fee


def repayment_draft(
    member_id: int, loan_id: int, number: str, on: date, penalty: int, interest: int,
    principal: int, note: str | None = None, batch_id: int | None = None,
    payers: Sequence[tuple[int, int, str]] = (),
) -> EntryDraft:
    """Dr Kas r; Cr Denda p; Cr Jasa Pinjaman i; Cr Piutang q — all income lines carry
    the member and loan (SHU jasa usaha reads them from the journal). When the group
    pays for her (tanggung renteng, a `joint_cover` entry), each of the `payers` (member
    id, amount, CASH or SAVINGS) takes the place of Dr Kas: Dr Kas or Dr Simpanan
    Sukarela [payer m]."""
    dims = {"member_id": member_id, "loan_id": loan_id}
    lines = ([debit(_cash_or_savings(source), amount, member_id=payer)
              for payer, amount, source in payers]
             or [debit(KAS, penalty + interest + principal)])
    for account, amount in ((PENDAPATAN_DENDA, penalty), (PENDAPATAN_JASA, interest),
                            (PIUTANG_PINJAMAN, principal)):
        if amount:
            lines.append(credit(account, amount, **dims))
    description = tr("Repayment of loan {number}", number=number)
    if note:
        description = f"{description} {note}"
    kind = EntryKind.JOINT_COVER if payers else EntryKind.REPAYMENT
    return EntryDraft(on, kind, description, lines, reference=number, batch_id=batch_id)


def write_off_draft(member_id: int, loan_id: int, number: str, amount: int, on: date) -> EntryDraft:
    """Dr Beban Penghapusan Piutang [m,l]; Cr Piutang Pinjaman [m,l]."""
    return EntryDraft(
        on, EntryKind.LOAN_WRITE_OFF, tr("Loan {number} written off", number=number),
        [debit(BEBAN_PENGHAPUSAN, amount, member_id=member_id, loan_id=loan_id),
         credit(PIUTANG_PINJAMAN, amount, member_id=member_id, loan_id=loan_id)],
        reference=number,
    )


def joint_payback_draft(borrower_id: int, name: str, on: date,
                        parts: Sequence[tuple[int, int, str]]) -> EntryDraft:
    """A borrower pays back the group that covered her (tanggung renteng): Dr Kas [her] the
    total; to each payer (`parts`: member id, amount, CASH or SAVINGS) Cr Kas [m] or Cr
    Simpanan Sukarela [m]."""
    lines = [debit(KAS, sum(amount for _, amount, _ in parts), member_id=borrower_id)]
    lines += [credit(_cash_or_savings(source), amount, member_id=member)
              for member, amount, source in parts]
    return EntryDraft(on, EntryKind.JOINT_PAYBACK,
                      tr("{name} pays back the group (tanggung renteng)", name=name), lines)


# ------------------------------------------------------------------ consignment

def settlement_draft(member_id: int, amount: int, on: date, method: str, number: str) -> EntryDraft:
    """Dr Utang Konsinyasi [m]; Cr Kas, or Cr Simpanan Sukarela [m]."""
    if method == CASH:
        paid_with = credit(KAS, amount)
        text = tr("Consignment settlement paid in cash to member {number}", number=number)
    else:
        paid_with = credit(SIMPANAN_SUKARELA, amount, member_id=member_id)
        text = tr("Consignment settlement to the voluntary savings of member {number}",
                  number=number)
    return EntryDraft(
        on, EntryKind.SETTLEMENT, text,
        [debit(UTANG_KONSINYASI, amount, member_id=member_id), paid_with],
        reference=number,
    )


# ------------------------------------------------------------------ member exit


def exit_draft(member_id: int, name: str, on: date, pokok: int, wajib: int, sukarela: int,
               loan_lines: Sequence[Line] = ()) -> EntryDraft:
    """Member exit: Dr Pokok, Wajib, Sukarela [m]; Cr Piutang [m,l] for each loan settled
    (`loan_lines`, from the loans service); Cr Kas the rest, paid out to her."""
    lines = [debit(code, amount, member_id=member_id)
             for code, amount in ((SIMPANAN_POKOK, pokok), (SIMPANAN_WAJIB, wajib),
                                  (SIMPANAN_SUKARELA, sukarela)) if amount]
    lines += loan_lines
    paid_out = pokok + wajib + sukarela + sum(line.amount for line in loan_lines)
    if paid_out:
        lines.append(credit(KAS, paid_out))
    return EntryDraft(on, EntryKind.MEMBER_EXIT,
                      tr("Member exit: {name}, savings returned", name=name), lines)


def savings_returned_shape(account: str) -> EntryShape:
    """Pokok or wajib paid back to a member who left (imported history): Dr Simpanan [m];
    Cr Kas."""
    return EntryShape(EntryKind.MEMBER_EXIT, ((account, 1, True), (KAS, -1, False)),
                      tr("Savings returned to a member who left"))


def savings_returned_draft(member_id: int, account: str, amount: int, on: date,
                           note: str | None = None) -> EntryDraft:
    return savings_returned_shape(account).draft(on, amount, member_id, note)


def loans_settled_at_exit_draft(on: date, loan_lines: Sequence[Line]) -> EntryDraft:
    """Loans of an imported member who left, settled from the savings paid back to her
    (the savings rows are imported on their own): Dr Kas; Cr Piutang [m,l]."""
    paid_in = -sum(line.amount for line in loan_lines)
    return EntryDraft(on, EntryKind.MEMBER_EXIT, tr("Loans settled from savings at exit"),
                      [debit(KAS, paid_in), *loan_lines])


# ------------------------------------------------------------------ cash book


def cash_kind(cash_in: bool, account: str, account_type: str) -> EntryKind:
    """Expense: cash out to an expense account. Grant: cash in to Modal Donasi / Hibah.
    Other income: cash in to an income account. Anything else moves cash: a transfer."""
    if cash_in and account == MODAL_DONASI:
        return EntryKind.GRANT
    if cash_in and account_type == AccountType.INCOME:
        return EntryKind.INCOME
    if not cash_in and account_type == AccountType.EXPENSE:
        return EntryKind.EXPENSE
    return EntryKind.TRANSFER


def cash_in_draft(on: date, account: str, account_type: str, amount: int, description: str,
                  member_id: int | None = None) -> EntryDraft:
    """Grant or other income: Dr Kas; Cr the account [m]."""
    return EntryDraft(on, cash_kind(True, account, account_type), description,
                      [debit(KAS, amount), credit(account, amount, member_id=member_id)])


def cash_out_draft(on: date, account: str, account_type: str, amount: int, description: str,
                   member_id: int | None = None) -> EntryDraft:
    """Expense: Dr the account [m]; Cr Kas."""
    return EntryDraft(on, cash_kind(False, account, account_type), description,
                      [debit(account, amount, member_id=member_id), credit(KAS, amount)])


# ------------------------------------------------------------------ year end and SHU


def shu_reference(year: int) -> str:
    """Both SHU entries of a fiscal year carry it: how a second distribution is refused."""
    return f"SHU-{year}"


def year_end_draft(year: int, on: date, movements: Mapping[str, int]) -> EntryDraft:
    """Year-end closing: each income and expense account's movement of the year
    (`movements`, debit positive) reversed; the SHU (income − expenses) to SHU Belum
    Dibagi 3401."""
    lines = [Line(code, -amount) for code, amount in movements.items() if amount]
    if shu := -sum(movements.values()):
        lines.append(Line(SHU_BELUM_DIBAGI, -shu))
    return EntryDraft(on, EntryKind.YEAR_END,
                      tr("Year-end closing of fiscal year {year}", year=year), lines,
                      reference=shu_reference(year))


def shu_distribution_draft(year: int, on: date, reserve: int, funds: int,
                           jasa: Sequence[tuple[int, int]], members_to: str) -> EntryDraft:
    """SHU distribution: Dr SHU Belum Dibagi what is shared; Cr Cadangan the reserve; Cr Dana
    SHU the funds; Cr Simpanan Sukarela [m] each member's jasa (`jasa`: member id, amount),
    or Cr Kas [m] when `members_to` is CASH. What nobody could share stays in 3401."""
    member_account = KAS if members_to == CASH else SIMPANAN_SUKARELA
    credits = [credit(CADANGAN, reserve), credit(DANA_SHU, funds)]
    credits += [credit(member_account, amount, member_id=member) for member, amount in jasa]
    shared = debit(SHU_BELUM_DIBAGI, -sum(line.amount for line in credits))
    return EntryDraft(on, EntryKind.SHU_DISTRIBUTION,
                      tr("SHU distribution of fiscal year {year}", year=year),
                      [line for line in (shared, *credits) if line.amount],
                      reference=shu_reference(year))
