"""Each builder of `domain/postings` against the posting-rules table (docs/architecture.md):
which accounts are debited and credited, by how much, with which dimensions, balanced."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import postings
from desktop_app.domain.accounts import (
    BEBAN_OPERASIONAL,
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
from desktop_app.domain.journal import EntryDraft, credit
from desktop_app.domain.savings import SavingsType

ON = date(2025, 3, 10)
M, L = 7, 3  # a member and a loan


def lines(draft: EntryDraft) -> list[tuple]:
    """(account, amount, member, loan) per line: debit positive, credit negative."""
    assert sum(line.amount for line in draft.lines) == 0, "the entry must balance"
    return [(ln.account, ln.amount, ln.member_id, ln.loan_id) for ln in draft.lines]


@pytest.mark.parametrize(("kind", "account"), [(SavingsType.POKOK, SIMPANAN_POKOK),
                                               (SavingsType.WAJIB, SIMPANAN_WAJIB),
                                               (SavingsType.SUKARELA, SIMPANAN_SUKARELA)])
def test_a_deposit_of_type_t_is_dr_kas_cr_simpanan_t_for_the_member(kind, account):
    draft = postings.deposit_draft(M, kind, 25_000, ON)
    assert draft.kind == EntryKind.DEPOSIT and draft.date == ON
    assert lines(draft) == [(KAS, 25_000, None, None), (account, -25_000, M, None)]


def test_a_withdrawal_is_dr_simpanan_sukarela_for_the_member_cr_kas():
    draft = postings.withdrawal_draft(M, 5_000, ON, note="Tarik tunai")
    assert draft.kind == EntryKind.WITHDRAWAL and draft.description == "Tarik tunai"
    assert lines(draft) == [(SIMPANAN_SUKARELA, 5_000, M, None), (KAS, -5_000, None, None)]


def test_a_disbursement_takes_the_admin_fee_from_the_cash_paid_out():
    draft = postings.disbursement_draft(M, L, "P-1", 1_000_000, 20_000, ON)
    assert draft.kind == EntryKind.LOAN_DISBURSEMENT and draft.reference == "P-1"
    assert lines(draft) == [(PIUTANG_PINJAMAN, 1_000_000, M, L), (KAS, -980_000, None, None),
                            (PENDAPATAN_ADMIN, -20_000, M, L)]
    assert postings.cash_paid_out(1_000_000, 20_000) == 980_000
    without_fee = postings.disbursement_draft(M, L, "P-1", 500_000, 0, ON)
    assert lines(without_fee) == [(PIUTANG_PINJAMAN, 500_000, M, L), (KAS, -500_000, None, None)]


def test_a_repayment_credits_penalty_interest_and_principal_for_the_member_and_loan():
    draft = postings.repayment_draft(M, L, "P-1", ON, penalty=1_000, interest=15_000,
                                     principal=100_000, note="tunai")
    assert draft.kind == EntryKind.REPAYMENT and draft.description.endswith("tunai")
    assert lines(draft) == [(KAS, 116_000, None, None), (PENDAPATAN_DENDA, -1_000, M, L),
                            (PENDAPATAN_JASA, -15_000, M, L), (PIUTANG_PINJAMAN, -100_000, M, L)]


def test_a_repayment_by_the_group_debits_each_payers_cash_or_savings_instead_of_kas():
    draft = postings.repayment_draft(M, L, "P-1", ON, penalty=2_000, interest=8_000,
                                     principal=40_000, payers=[(8, 30_000, postings.CASH),
                                                               (9, 20_000, postings.SAVINGS)])
    assert draft.kind == EntryKind.JOINT_COVER and draft.reference == "P-1"
    assert lines(draft) == [(KAS, 30_000, 8, None), (SIMPANAN_SUKARELA, 20_000, 9, None),
                            (PENDAPATAN_DENDA, -2_000, M, L), (PENDAPATAN_JASA, -8_000, M, L),
                            (PIUTANG_PINJAMAN, -40_000, M, L)]


def test_a_write_off_moves_the_principal_to_the_write_off_expense():
    draft = postings.write_off_draft(M, L, "P-1", 400_000, ON)
    assert draft.kind == EntryKind.LOAN_WRITE_OFF
    assert lines(draft) == [(BEBAN_PENGHAPUSAN, 400_000, M, L), (PIUTANG_PINJAMAN, -400_000, M, L)]


def test_a_joint_payback_takes_her_cash_and_pays_each_payer_in_cash_or_into_her_savings():
    draft = postings.joint_payback_draft(M, "Siti", ON, [(8, 30_000, postings.CASH),
                                                        (9, 20_000, postings.SAVINGS)])
    assert draft.kind == EntryKind.JOINT_PAYBACK and "Siti" in draft.description
    assert lines(draft) == [(KAS, 50_000, M, None), (KAS, -30_000, 8, None),
                            (SIMPANAN_SUKARELA, -20_000, 9, None)]


@pytest.mark.parametrize(("method", "paid_with"), [
    (postings.CASH, (KAS, -60_000, None, None)),
    (postings.SAVINGS, (SIMPANAN_SUKARELA, -60_000, M, None))])
def test_a_consignment_settlement_pays_the_producer_in_cash_or_into_her_savings(method, paid_with):
    draft = postings.settlement_draft(M, 60_000, ON, method, "0007")
    assert draft.kind == EntryKind.SETTLEMENT
    assert lines(draft) == [(UTANG_KONSINYASI, 60_000, M, None), paid_with]


def test_a_member_exit_returns_her_savings_net_of_her_loans():
    loan = credit(PIUTANG_PINJAMAN, 250_000, member_id=M, loan_id=L)
    draft = postings.exit_draft(M, "Siti", ON, 100_000, 240_000, 30_000, [loan])
    assert draft.kind == EntryKind.MEMBER_EXIT and "Siti" in draft.description
    assert lines(draft) == [(SIMPANAN_POKOK, 100_000, M, None), (SIMPANAN_WAJIB, 240_000, M, None),
                            (SIMPANAN_SUKARELA, 30_000, M, None), (PIUTANG_PINJAMAN, -250_000, M, L),
                            (KAS, -120_000, None, None)]
    savings_only = postings.exit_draft(M, "Siti", ON, 100_000, 0, 0)
    assert lines(savings_only) == [(SIMPANAN_POKOK, 100_000, M, None), (KAS, -100_000, None, None)]
    # savings exactly cover the loan: nothing is paid out in cash
    even = postings.exit_draft(M, "Siti", ON, 250_000, 0, 0, [loan])
    assert [line[0] for line in lines(even)] == [SIMPANAN_POKOK, PIUTANG_PINJAMAN]


def test_imported_history_of_an_exit_returns_savings_and_settles_loans_through_kas():
    returned = postings.savings_returned_draft(M, SIMPANAN_WAJIB, 240_000, ON)
    assert returned.kind == EntryKind.MEMBER_EXIT
    assert lines(returned) == [(SIMPANAN_WAJIB, 240_000, M, None), (KAS, -240_000, None, None)]
    settled = postings.loans_settled_at_exit_draft(
        ON, [credit(PIUTANG_PINJAMAN, 250_000, member_id=M, loan_id=L)])
    assert settled.kind == EntryKind.MEMBER_EXIT
    assert lines(settled) == [(KAS, 250_000, None, None), (PIUTANG_PINJAMAN, -250_000, M, L)]


@pytest.mark.parametrize(("account", "account_type", "kind"), [
    (MODAL_DONASI, AccountType.EQUITY, EntryKind.GRANT),
    ("4104", AccountType.INCOME, EntryKind.INCOME),
    (CADANGAN, AccountType.EQUITY, EntryKind.TRANSFER),  # equity, but not a grant
    ("1102", AccountType.ASSET, EntryKind.TRANSFER),
])
def test_cash_in_is_dr_kas_cr_the_account_and_only_modal_donasi_is_a_grant(
        account, account_type, kind):
    draft = postings.cash_in_draft(ON, account, account_type, 5_000_000, "Hibah LSM")
    assert draft.kind == kind and draft.description == "Hibah LSM"
    assert lines(draft) == [(KAS, 5_000_000, None, None), (account, -5_000_000, None, None)]


@pytest.mark.parametrize(("account", "account_type", "kind"), [
    (BEBAN_OPERASIONAL, AccountType.EXPENSE, EntryKind.EXPENSE),
    ("1102", AccountType.ASSET, EntryKind.TRANSFER),
    (MODAL_DONASI, AccountType.EQUITY, EntryKind.TRANSFER),
])
def test_cash_out_is_dr_the_account_cr_kas_and_an_expense_only_to_an_expense_account(
        account, account_type, kind):
    draft = postings.cash_out_draft(ON, account, account_type, 150_000, "ATK", member_id=M)
    assert draft.kind == kind
    assert lines(draft) == [(account, 150_000, M, None), (KAS, -150_000, None, None)]


def test_the_year_end_closes_income_and_expenses_and_moves_the_shu_to_3401():
    moved = {"4101": -900_000, "4201": -100_000, BEBAN_OPERASIONAL: 400_000, "5102": 0}
    draft = postings.year_end_draft(2024, ON, moved)
    assert draft.kind == EntryKind.YEAR_END and draft.reference == "SHU-2024"
    assert lines(draft) == [("4101", 900_000, None, None), ("4201", 100_000, None, None),
                            (BEBAN_OPERASIONAL, -400_000, None, None),
                            (SHU_BELUM_DIBAGI, -600_000, None, None)]
    a_loss = postings.year_end_draft(2024, ON, {"4101": -100_000, BEBAN_OPERASIONAL: 300_000})
    assert lines(a_loss)[-1] == (SHU_BELUM_DIBAGI, 200_000, None, None)
    even = postings.year_end_draft(2024, ON, {"4101": -100_000, BEBAN_OPERASIONAL: 100_000})
    assert [line[0] for line in lines(even)] == ["4101", BEBAN_OPERASIONAL]


@pytest.mark.parametrize(("members_to", "account"), [(postings.SAVINGS, SIMPANAN_SUKARELA),
                                                     (postings.CASH, KAS)])
def test_the_shu_distribution_shares_3401_to_the_reserve_the_funds_and_each_member(
        members_to, account):
    draft = postings.shu_distribution_draft(2024, ON, reserve=240_000, funds=90_000,
                                            jasa=[(M, 150_000), (8, 0), (9, 70_000)],
                                            members_to=members_to)
    assert draft.kind == EntryKind.SHU_DISTRIBUTION and draft.reference == "SHU-2024"
    assert lines(draft) == [(SHU_BELUM_DIBAGI, 550_000, None, None),
                            (CADANGAN, -240_000, None, None), (DANA_SHU, -90_000, None, None),
                            (account, -150_000, M, None), (account, -70_000, 9, None)]
