"""The member registry, groups, the member list and the exit workflow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import AuditLog, JournalEntry, Loan, Member
from desktop_app.domain import journal
from desktop_app.domain.accounts import KAS
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Role
from desktop_app.domain.savings import SavingsType
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import ledger, loan_history, member_exit, members, reversals, savings
from desktop_app.services.check import check_book
from desktop_app.services.context import Actor, set_actor, transaction
from desktop_app.services.member_list import MemberListSource
from desktop_app.services.members import MemberInput

JOINED = date(2024, 1, 10)
DAY = date(2025, 3, 10)
AS_OF = date(2025, 3, 31)


def add(session, number="0001", name="Siti Aminah", **fields) -> int:
    return members.create_member(session, MemberInput(number, name, JOINED, **fields))


def test_create_and_read_back(session):
    group = members.create_group(session, "Kelompok Mawar")
    member_id = add(session, nik="6471014501800001", phone="081234567890", group_id=group,
                    head_of_household=True, address="Kel. Gunung Bahagia")
    info = members.get_member(session, member_id)
    assert (info.number, info.group_name, info.status, info.head_of_household) == (
        "0001", "Kelompok Mawar", "active", True)
    assert members.find_by_number(session, " 0001 ").id == member_id
    assert members.find_by_number(session, "0002") is None
    assert session.scalar(select(func.count()).where(AuditLog.action == "member.create")) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (MemberInput("0001", "Dup", JOINED), "already taken"),
        (MemberInput("", "No number", JOINED), "member number"),
        (MemberInput("0009", "  ", JOINED), "name"),
        (MemberInput("0009", "No date", None), "joined"),
        (MemberInput("0009", "Short NIK", JOINED, nik="647101450180000"), "16 digits"),
        (MemberInput("0009", "Letters", JOINED, nik="64710145018000AB"), "16 digits"),
        (MemberInput("0009", "Gender", JOINED, gender="X"), "F \\(female\\)"),
        (MemberInput("0009", "Born late", JOINED, birth_date=date(2024, 2, 1)), "birth date"),
        (MemberInput("0009", "No group", JOINED, group_id=77), "group"),
    ],
)
def test_bad_member_input_is_refused_and_nothing_written(session, data, message):
    add(session)
    with pytest.raises(ValidationError, match=message):
        members.create_member(session, data)
    assert session.scalar(select(func.count(Member.id))) == 1


def test_update_records_what_changed(session):
    member_id = add(session)
    add(session, "0002", "Nur Hasanah")
    data = members.get_member(session, member_id).as_input()
    members.update_member(session, member_id, replace(data, phone="0812"))
    assert members.get_member(session, member_id).phone == "0812"
    row = session.scalar(select(AuditLog).where(AuditLog.action == "member.update"))
    assert "0812" in row.details
    with pytest.raises(ValidationError, match="already taken"):
        members.update_member(session, member_id, replace(data, number="0002"))
    assert members.get_member(session, member_id).number == "0001"


def test_an_auditor_may_not_register_members(session):
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        add(session)
    assert session.scalar(select(func.count(Member.id))) == 0


def test_next_number_keeps_prefix_and_width(session):
    assert members.suggest_next_number(session) == "0001"
    add(session, "A-0099")
    assert members.suggest_next_number(session) == "A-0100"


def test_groups_are_unique_and_renamed(session):
    group = members.create_group(session, "Melati")
    with pytest.raises(ValidationError, match="already a group"):
        members.create_group(session, " melati ")
    members.rename_group(session, group, "Kelompok Melati")
    add(session, group_id=group)
    assert [(g.name, g.members) for g in members.list_groups(session)] == [("Kelompok Melati", 1)]


def test_search_for_pickers(session):
    add(session, "0001", "Siti Aminah")
    add(session, "0002", "Nur Hasanah")
    add(session, "0102", "Sri Wahyuni")
    assert [c.number for c in members.search_members(session, "01")] == ["0102"]
    assert [c.name for c in members.search_members(session, "hasan")] == ["Nur Hasanah"]
    assert members.search_members(session, "%") == []


def test_member_list_filters_sorts_and_computes_in_sql(session):
    mawar = members.create_group(session, "Mawar")
    a = add(session, "0001", "Siti Aminah", group_id=mawar, phone="0811")
    b = add(session, "0002", "Nur Hasanah")
    savings.deposit(session, a, SavingsType.WAJIB, None, DAY, months=15)  # paid to March 2025
    savings.deposit(session, a, SavingsType.SUKARELA, 30_000, DAY)
    savings.deposit(session, b, SavingsType.WAJIB, 20_000, DAY)
    source = MemberListSource(lambda: session, AS_OF)
    assert source.count() == 2
    rows = source.fetch(0, 10)
    assert rows[0][:8] == ("0001", "Siti Aminah", "Mawar", "0811", "Active", 330_000, 0, 0)
    # January 2024 to February 2025 are over (March is not, on 31 March): 14 months
    assert rows[1].arrears == 14 * 20_000 - 20_000 and rows[1].member_id == b
    assert (rows[0].savings, rows[0].loan, rows[0].group) == (330_000, 0, "Mawar")
    source.in_arrears = True
    assert [r.number for r in source.fetch(0, 10)] == ["0002"]
    source.in_arrears = False
    source.search = "0811"
    assert source.count() == 1
    source.search, source.group_id = "", mawar
    assert [r[0] for r in source.fetch(0, 10)] == ["0001"]
    source.group_id = None
    source.sort(5, descending=False)
    assert [r[0] for r in source.fetch(0, 10)] == ["0002", "0001"]
    source.status = "left"
    assert source.count() == 0


def test_member_list_search_ignores_case_and_takes_wildcards_literally(session):
    add(session, "A-01", "Siti Aminah", phone="0811-22")
    add(session, "b_02", "NUR HASANAH")
    add(session, "0003", "Sri 100% Wahyuni")
    source = MemberListSource(lambda: session, AS_OF)

    def found(words: str) -> list[str]:
        source.search = words
        numbers = [row.number for row in source.fetch(0, 10)]
        assert source.count() == len(numbers)
        return numbers

    assert found("siti") == found("SITI") == found("  sItI ") == ["A-01"]
    assert found("hasan") == ["b_02"] and found("a-0") == ["A-01"] and found("B_0") == ["b_02"]
    assert found("811-2") == ["A-01"]  # the phone
    assert found("_") == ["b_02"] and found("%") == ["0003"]  # literally, not any text
    assert found("nur  hasanah") == [] and found("zz") == []


def test_exit_pays_back_all_savings_in_one_entry(session):
    member_id = add(session)
    savings.deposit(session, member_id, SavingsType.POKOK, 100_000, DAY)
    savings.deposit(session, member_id, SavingsType.WAJIB, 60_000, DAY)
    savings.deposit(session, member_id, SavingsType.SUKARELA, 15_000, DAY)
    preview = member_exit.exit_preview(session, member_id, DAY)
    assert (preview.savings, preview.loans, preview.cash_out) == (175_000, 0, 175_000)
    kas_before = ledger.account_balance(session, KAS)
    entry_id = member_exit.exit_member(session, member_id, DAY)
    assert len(session.get(JournalEntry, entry_id).lines) == 4
    assert savings.savings_balances(session, member_id).total == 0
    assert ledger.account_balance(session, KAS) == kas_before - 175_000
    info = members.get_member(session, member_id)
    assert (info.status, info.exit_date) == ("left", DAY)
    assert savings.wajib_arrears(session, member_id, AS_OF) == 0
    assert check_book(session) == []
    with pytest.raises(ValidationError, match="already left"):
        member_exit.exit_member(session, member_id, DAY)


def test_exit_is_refused_when_loans_exceed_savings(session):
    member_id = add(session)
    savings.deposit(session, member_id, SavingsType.SUKARELA, 10_000, DAY)
    ledger.post(session, journal.EntryDraft(DAY, "loan_disbursement", "loan", [
        journal.debit("1201", 500_000, member_id=member_id), journal.credit(KAS, 500_000)]))
    entries = session.scalar(select(func.count(JournalEntry.id)))
    with pytest.raises(ValidationError, match="must repay at least Rp 490.000"):
        member_exit.exit_member(session, member_id, DAY)
    assert session.scalar(select(func.count(JournalEntry.id))) == entries
    assert members.get_member(session, member_id).status == "active"


def test_exit_without_pay_out_only_marks_the_member(session):
    member_id = add(session)
    savings.deposit(session, member_id, SavingsType.SUKARELA, 10_000, DAY)
    assert member_exit.exit_member(session, member_id, DAY, pay_out=False) is None
    assert savings.savings_balances(session, member_id).sukarela == 10_000
    assert members.get_member(session, member_id).status == "left"


def test_exit_before_joining_is_refused(session):
    member_id = add(session)
    with pytest.raises(ValidationError, match="before the joining"):
        member_exit.exit_member(session, member_id, date(2023, 1, 1))
    assert members.get_member(session, member_id).status == "active"


def test_exit_settles_loans_from_savings_and_pays_the_rest(session):
    member_id = add(session)
    savings.deposit(session, member_id, SavingsType.POKOK, 100_000, DAY)
    savings.deposit(session, member_id, SavingsType.SUKARELA, 900_000, DAY)
    with transaction(session):
        loan = loan_history.create_loans_from_history(session, [loan_history.PastLoan(
            number="P-001", member_id=member_id, principal=600_000,
            monthly_rate=Decimal("1.5"), term_months=6, method="flat", admin_fee=0,
            disbursed_on=DAY)])[0]
        ledger.post_in_transaction(session, loan.draft)
    preview = member_exit.exit_preview(session, member_id, DAY)
    assert (preview.loans, preview.cash_out) == (600_000, 400_000)
    kas_before = ledger.account_balance(session, KAS)
    entry_id = member_exit.exit_member(session, member_id, DAY)
    lines = session.get(JournalEntry, entry_id).lines
    assert {ln.loan_id for ln in lines if ln.account.code == "1201"} == {loan.loan_id}
    assert ledger.account_balance(session, KAS) == kas_before - 400_000
    assert ledger.member_balances(session, member_id).get("1201", 0) == 0
    assert session.get(Loan, loan.loan_id).status == "paid"
    assert check_book(session) == []
    with pytest.raises(ValidationError, match="cannot be reversed"):
        reversals.reverse(session, entry_id, DAY, "mistake")
    assert members.get_member(session, member_id).status == "left"


def test_a_mistaken_exit_is_reversed_and_the_member_is_active_again(session):
    member_id = add(session)
    savings.deposit(session, member_id, SavingsType.SUKARELA, 15_000, DAY)
    entry_id = member_exit.exit_member(session, member_id, DAY)
    reversals.reverse(session, entry_id, DAY, "wrong member")
    info = members.get_member(session, member_id)
    assert (info.status, info.exit_date) == ("active", None)
    assert savings.savings_balances(session, member_id).sukarela == 15_000
    assert check_book(session) == []


def test_the_book_stores_member_status_as_active_and_left(session):
    """Books and workbooks written before the enum read the same: 'active' / 'left'."""
    def stored() -> str:
        return session.scalar(text("SELECT status FROM member WHERE id = :m"), {"m": member_id})

    member_id = add(session)
    savings.deposit(session, member_id, SavingsType.SUKARELA, 15_000, DAY)
    assert stored() == "active" == MemberStatus.ACTIVE
    entry_id = member_exit.exit_member(session, member_id, DAY)
    assert stored() == "left" == MemberStatus.LEFT
    source = MemberListSource(lambda: session, AS_OF)
    source.status = MemberStatus.LEFT
    assert [(row.number, row.status) for row in source.fetch(0, 10)] == [("0001", "Left")]
    reversals.reverse(session, entry_id, DAY, "wrong member")
    assert stored() == "active"
    assert [row.status for row in source.fetch(0, 10)] == []
