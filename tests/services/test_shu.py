"""SHU of a known year, bylaws, and posting the distribution (DESIGN.md section 4)."""

from datetime import date

import pytest
from report_book import SHU_2024, build
from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, JournalEntry
from desktop_app.domain import accounts as acc
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import ledger, periods, settings
from desktop_app.services.context import Actor, set_actor
from desktop_app.services.reports import balance_sheet, income_statement, trial_balance
from desktop_app.services.shu import (
    compute_shu,
    get_bylaws,
    post_shu_distribution,
    save_bylaws,
    shu_csv,
)


@pytest.fixture
def ids(session):
    return build(session)


def _entries(session):
    return session.scalar(select(func.count(JournalEntry.id)))


def test_shu_of_the_known_year(session, ids):
    result = compute_shu(session, 2024)
    assert (result.income, result.expenses, result.shu) == (60_000, 12_345, SHU_2024)
    assert result.provisional and not result.distributed
    assert sum(p.amount for p in result.pools) == SHU_2024
    rows = {m.number: m for m in result.members}
    assert [rows[n].capital for n in ("A001", "A002", "A003", "A004")] == [
        340_000, 220_000, 100_000, 0
    ]
    assert [rows[n].participation for n in ("A001", "A002", "A003", "A004")] == [
        0, 20_000, 20_000, 0
    ]
    # jasa modal 9,531 by capital 34:22:10, the spare unit to A001's larger remainder
    assert [rows[n].jasa_modal for n in ("A001", "A002", "A003", "A004")] == [4_910, 3_177, 1_444, 0]
    assert [rows[n].jasa_usaha for n in ("A001", "A002", "A003", "A004")] == [0, 5_957, 5_957, 0]
    assert sum(m.jasa_modal for m in result.members) == result.pool("jasa_modal")
    assert sum(m.jasa_usaha for m in result.members) == result.pool("jasa_usaha")


def test_shu_equals_the_income_statement_result(session, ids):
    statement = income_statement(session, date(2024, 1, 1), date(2024, 12, 31))
    assert statement.result == compute_shu(session, 2024).shu


def test_capital_counts_only_savings_up_to_the_year_end(session, ids):
    rows = {m.number: m for m in compute_shu(session, 2025).members}
    assert rows["A003"].capital == 120_000  # the 2025 wajib counts in 2025 only
    assert compute_shu(session, 2025).shu == 0


def test_fiscal_year_follows_the_profile_start_month(session, ids):
    settings.put(session, "profile.fiscal_year_start_month", "7")
    session.commit()
    result = compute_shu(session, 2023)  # 1 July 2023 - 30 June 2024
    assert (result.start, result.end) == (date(2023, 7, 1), date(2024, 6, 30))
    assert result.income == 20_000 + 5_000 + 15_000 + 20_000
    assert result.expenses == 0


def test_csv_lists_every_member_with_plain_integers(session, ids):
    lines = shu_csv(compute_shu(session, 2024)).splitlines()
    assert lines[0] == "member_no,name,capital,participation,jasa_modal,jasa_usaha,total"
    assert lines[1] == "A001,Siti Aminah,340000,0,4910,0,4910"
    assert lines[4] == "A004,Budi Santoso,0,0,0,0,0"
    assert len(lines) == 5


def test_a_year_with_no_data_gives_zeros(session, ids):
    result = compute_shu(session, 2019)
    assert result.shu == 0 and all(m.total == 0 for m in result.members)
    assert len(result.members) == 4


def test_bylaws_must_total_100(session):
    before = get_bylaws(session)
    bad = {**{k: str(v) for k, v in before.items()}, "cadangan": "41"}
    with pytest.raises(ValidationError, match="add up to 101%"):
        save_bylaws(session, bad)
    with pytest.raises(ValidationError, match="zero or more"):
        save_bylaws(session, {**bad, "cadangan": "abc"})
    with pytest.raises(ValidationError, match="zero or more"):
        save_bylaws(session, {**bad, "cadangan": "-5", "jasa_modal": "66"})
    assert get_bylaws(session) == before
    good = {**{k: str(v) for k, v in before.items()}, "cadangan": "35", "jasa_usaha": "30"}
    save_bylaws(session, good)
    assert get_bylaws(session)["jasa_usaha"] == 30
    assert session.scalar(select(func.count()).where(AuditLog.action == "settings.bylaws")) == 1


def test_posting_needs_the_year_closed(session, ids):
    before = _entries(session)
    with pytest.raises(ValidationError, match="not closed yet"):
        post_shu_distribution(session, 2024, on=date(2025, 2, 1))
    assert _entries(session) == before


def test_posting_needs_the_chair(session, ids):
    periods.close_through(session, date(2024, 12, 31), today=date(2025, 2, 1))
    set_actor(session, Actor("bendahara", Role.TREASURER))
    with pytest.raises(PermissionDenied):
        post_shu_distribution(session, 2024, on=date(2025, 2, 1))


def test_distribution_to_savings(session, ids):
    periods.close_through(session, date(2024, 12, 31), today=date(2025, 2, 1))
    assert not compute_shu(session, 2024).provisional
    done = post_shu_distribution(session, 2024, "savings", on=date(2025, 2, 1))
    assert done.shu == SHU_2024 and done.to_members == 4_910 + 3_177 + 1_444 + 5_957 * 2
    balances = ledger.account_balances(session)
    assert -balances[acc.CADANGAN] == 19_062
    assert -balances[acc.DANA_SHU] == 2_383 + 2_383 + 1_191 + 1_191
    assert balances[acc.SHU_BELUM_DIBAGI] == 0
    assert balances[acc.PENDAPATAN_JASA] == 0 and balances[acc.BEBAN_OPERASIONAL] == 0
    a1 = ledger.member_balances(session, ids["A001"])
    assert -a1[acc.SIMPANAN_SUKARELA] == 400_000 + 4_910
    # the year still reads the same afterwards, now marked distributed
    result = compute_shu(session, 2024)
    assert result.shu == SHU_2024 and result.distributed
    assert trial_balance(session, date(2025, 2, 1)).total_debit == trial_balance(
        session, date(2025, 2, 1)).total_credit
    sheet = balance_sheet(session, date(2025, 2, 1))
    assert sheet.total_assets == sheet.total_liabilities_and_equity
    assert sheet.earlier_result == 0
    before = _entries(session)
    with pytest.raises(ValidationError, match="already been distributed"):
        post_shu_distribution(session, 2024, on=date(2025, 2, 2))
    assert _entries(session) == before


def test_distribution_in_cash_pays_members_from_kas(session, ids):
    periods.close_through(session, date(2024, 12, 31), today=date(2025, 2, 1))
    cash = ledger.account_balance(session, acc.KAS)
    done = post_shu_distribution(session, 2024, "cash", on=date(2025, 2, 1))
    assert ledger.account_balance(session, acc.KAS) == cash - done.to_members
    assert acc.SIMPANAN_SUKARELA not in ledger.member_balances(session, ids["A002"])


def test_distribution_cannot_be_dated_in_the_closed_period(session, ids):
    periods.close_through(session, date(2024, 12, 31), today=date(2025, 2, 1))
    before = _entries(session)
    with pytest.raises(ValidationError, match="closed through"):
        post_shu_distribution(session, 2024, on=date(2024, 12, 31))
    assert _entries(session) == before


def test_a_distributed_year_cannot_be_reopened(session, ids):
    periods.close_through(session, date(2024, 12, 31), today=date(2025, 2, 1))
    post_shu_distribution(session, 2024, on=date(2025, 2, 1))
    with pytest.raises(ValidationError, match="has been distributed"):
        periods.reopen_through(session, date(2024, 11, 30), "koreksi")
    with pytest.raises(ValidationError, match="has been distributed"):
        periods.reopen_through(session, None, "koreksi")
    assert settings.closed_through(session) == date(2024, 12, 31)
