"""Tanggung renteng: the group covers an installment, the claims, her payback, the
postings, the refusals, reversals and `check`."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import JointLiability, JournalEntry, JournalLine, Member
from desktop_app.domain.accounts import KAS, PENDAPATAN_JASA, PIUTANG_PINJAMAN, SIMPANAN_SUKARELA
from desktop_app.errors import ValidationError
from desktop_app.services import (
    check,
    group_meetings,
    ledger,
    loans,
    members,
    reversals,
    savings,
)
from desktop_app.services.joint_liability import (
    Share,
    claims,
    cover_installment,
    equal_shares,
    owed_by,
    pay_back,
    propose_payback,
)
from desktop_app.services.loan_portfolio import loan_detail
from desktop_app.ui.report_pdf import write_reports_pdf
from tests.loan_book import add_member, add_product, running_loan
from tests.pdf_text import pdf_text

D = date(2025, 1, 7)
MEETING = D + timedelta(days=7)


@pytest.fixture
def group(session):
    group_id = members.create_group(session, "Melati")
    group_meetings.set_group_meetings(session, group_id, 1, "week", True)
    ids = [add_member(session, f"A00{n}", name, savings=50_000) for n, name in
           enumerate(("Siti", "Ani", "Rina", "Dewi"), start=1)]
    for member_id in ids:
        session.get(Member, member_id).group_id = group_id
    session.commit()
    product = add_product(session, name="Mingguan", frequency="week", max_term_months=6,
                          monthly_rate=Decimal("1.3"), admin_fee_amount=0)
    loan_id = running_loan(session, ids[0], product, principal=1_000_000, months=10, on=D)
    return group_id, ids, loan_id


def lines_of(session, entry_id):
    codes = dict(session.execute(select(ledger.Account.id, ledger.Account.code)).all())
    return sorted((codes[a], amount, m) for a, amount, m in session.execute(
        select(JournalLine.account_id, JournalLine.amount, JournalLine.member_id)
        .where(JournalLine.entry_id == entry_id)))


def test_equal_shares_add_up_to_the_installment():
    assert [s.amount for s in equal_shares(103_000, [1, 2, 3])] == [34_334, 34_333, 34_333]


def test_cover_posts_her_repayment_with_each_payer_named(session, group):
    _, (siti, ani, rina, dewi), loan_id = group
    shares = [Share(ani, 34_334, "cash"), Share(rina, 34_333, "savings"),
              Share(dewi, 34_333, "cash")]
    entry_id = cover_installment(session, loan_id, MEETING, shares)
    assert lines_of(session, entry_id) == sorted([
        (KAS, 34_334, ani), (SIMPANAN_SUKARELA, 34_333, rina), (KAS, 34_333, dewi),
        (PENDAPATAN_JASA, -3_000, siti), (PIUTANG_PINJAMAN, -100_000, siti),
    ])
    assert session.get(JournalEntry, entry_id).kind == "joint_cover"
    detail = loan_detail(session, loan_id, MEETING)
    assert detail.outstanding == 900_000 and detail.installments[0].state == "paid"
    assert savings.savings_balances(session, rina).sukarela == 50_000 - 34_333
    assert [(c.payer_id, c.owed) for c in claims(session, borrower_id=siti)] == [
        (ani, 34_334), (rina, 34_333), (dewi, 34_333)]
    assert owed_by(session, siti) == 103_000
    assert check.check_book(session) == []


def test_payback_goes_to_the_payers_in_cash_or_savings(session, group):
    _, (siti, ani, rina, dewi), loan_id = group
    cover_installment(session, loan_id, MEETING, equal_shares(103_000, [ani, rina, dewi]))
    proposal = propose_payback(session, siti, 60_000)
    assert sum(p.amount for p in proposal) == 60_000
    assert {p.member_id: p.amount for p in proposal} == {ani: 20_000, rina: 20_000,
                                                         dewi: 20_000}
    parts = [Share(ani, 34_334, "savings"), Share(rina, 10_000, "cash")]
    entry_id = pay_back(session, siti, MEETING + timedelta(days=7), parts)
    assert lines_of(session, entry_id) == sorted([
        (KAS, 44_334, siti), (SIMPANAN_SUKARELA, -34_334, ani), (KAS, -10_000, rina)])
    assert {c.payer_id: c.owed for c in claims(session, borrower_id=siti)} == {
        ani: 0, rina: 24_333, dewi: 34_333}
    assert savings.savings_balances(session, ani).sukarela == 50_000 + 34_334
    assert [c.borrower_id for c in claims(session, payer_id=rina)] == [siti]
    assert check.check_book(session) == []


@pytest.mark.parametrize("shares,message", [
    (lambda ids: [], "share above zero"),
    (lambda ids: [Share(ids[1], 0)], "share above zero"),
    (lambda ids: [Share(ids[0], 1000)], "to herself"),
    (lambda ids: [Share(ids[1], 1000, "bank")], "cash or voluntary savings"),
    (lambda ids: [Share(ids[1], 60_000, "savings")], "only Rp 50.000 in voluntary savings"),
    (lambda ids: [Share(ids[1], 2_000_000)], "more than"),
])
def test_bad_covers_are_refused_and_nothing_is_written(session, group, shares, message):
    _, ids, loan_id = group
    entries = session.scalar(select(func.count(JournalEntry.id)))
    with pytest.raises(ValidationError, match=message):
        cover_installment(session, loan_id, MEETING, shares(ids))
    assert session.scalar(select(func.count(JournalEntry.id))) == entries
    assert session.scalar(select(func.count(JointLiability.id))) == 0


def test_cover_needs_the_group_setting_and_a_group_member(session, group):
    group_id, (siti, ani, *_), loan_id = group
    outsider = add_member(session, "B001", "Wati", savings=10_000)
    with pytest.raises(ValidationError, match="Only members of Melati"):
        cover_installment(session, loan_id, MEETING, [Share(outsider, 1000)])
    group_meetings.set_group_meetings(session, group_id, 1, "week", False)
    with pytest.raises(ValidationError, match="does not practise tanggung renteng"):
        cover_installment(session, loan_id, MEETING, [Share(ani, 1000)])


def test_payback_above_the_claim_is_refused(session, group):
    _, (siti, ani, rina, dewi), loan_id = group
    cover_installment(session, loan_id, MEETING, [Share(ani, 103_000)])
    with pytest.raises(ValidationError, match="owes Ani only Rp 103.000"):
        pay_back(session, siti, MEETING, [Share(ani, 103_001)])
    with pytest.raises(ValidationError, match="owes Rina only Rp 0"):
        pay_back(session, siti, MEETING, [Share(rina, 1)])


def test_reversals_of_cover_and_payback(session, group):
    _, (siti, ani, rina, dewi), loan_id = group
    cover = cover_installment(session, loan_id, MEETING, [Share(ani, 50_000, "savings"),
                                                          Share(rina, 53_000)])
    payback = pay_back(session, siti, MEETING, [Share(ani, 50_000, "cash")])
    with pytest.raises(ValidationError, match="reverse those paybacks first"):
        reversals.reverse(session, cover, MEETING, "salah catat")
    reversals.reverse(session, payback, MEETING, "salah catat")
    assert owed_by(session, siti) == 103_000
    reversals.reverse(session, cover, MEETING, "salah catat")
    assert owed_by(session, siti) == 0
    assert loan_detail(session, loan_id, MEETING).outstanding == 1_000_000
    assert savings.savings_balances(session, ani).sukarela == 50_000
    assert check.check_book(session) == []


def test_check_finds_a_claim_paid_back_beyond_what_was_covered(session, group):
    _, (siti, ani, *_), loan_id = group
    entry_id = cover_installment(session, loan_id, MEETING, [Share(ani, 103_000)])
    session.add(JointLiability(entry_id=entry_id, kind="payback", date=MEETING,
                               loan_id=loan_id, borrower_id=siti, payer_id=ani,
                               amount=200_000, source="cash", reversed=False))
    session.commit()
    problems = check.check_book(session)
    assert any("more than the 103000 covered" in p for p in problems)
    assert any("the sub-ledger says 200000 but the journal says 0" in p for p in problems)


def test_the_kiosk_shows_both_sides_of_a_claim(session, group):
    from desktop_app.services.kiosk import member_view

    _, (siti, ani, rina, dewi), loan_id = group
    cover_installment(session, loan_id, MEETING, [Share(ani, 60_000), Share(rina, 43_000)])
    pay_back(session, siti, MEETING, [Share(rina, 43_000)])
    assert member_view(session, siti, MEETING).owes_group == (("Ani", 60_000),)
    assert member_view(session, ani, MEETING).owed_by_group == (("Siti", 60_000),)
    assert member_view(session, rina, MEETING).owed_by_group == ()


def test_group_report_counts_covers_owed_and_repayment_rates(session, group, qapp, tmp_path):
    from desktop_app.services.report_documents import build_report

    _, (siti, ani, rina, dewi), loan_id = group
    cover_installment(session, loan_id, MEETING, [Share(ani, 60_000), Share(rina, 43_000)])
    loans.repay(session, loan_id, MEETING + timedelta(days=7), 103_000)  # she pays week 2
    pay_back(session, siti, MEETING + timedelta(days=7), [Share(ani, 20_000)])
    doc = build_report(session, "joint_liability", D, MEETING + timedelta(days=13))
    (row,) = doc.tables[0].rows
    group_name, covers, covered, paid_back, still_owed, rate, without = row
    assert (group_name, covers, covered, paid_back, still_owed) == ("Melati", 1, 103_000,
                                                                    20_000, 83_000)
    assert rate == 1  # both installments due were paid
    assert without == Decimal("0.5")  # half of it by the group
    text = pdf_text(write_reports_pdf(tmp_path / "group.pdf", [doc], "Koperasi", 0))
    assert "Melati" in text and "83.000" in text
