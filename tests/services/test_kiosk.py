"""The member kiosk: PINs, lockouts, and the figures a member sees about herself."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from kiosk_book import TODAY, add_member, two_members
from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, Member
from desktop_app.domain.accounts import (
    PENDAPATAN_DENDA,
    PENDAPATAN_JASA,
    PIUTANG_PINJAMAN,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
)
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.i18n import set_language
from desktop_app.services import kiosk, passwords
from desktop_app.services.context import Actor, set_actor

NOW = datetime(2025, 6, 15, 10, 0)
REFUSAL = ("The member number or PIN does not match, or there were too many wrong tries. "
           "Please try again later, or ask the treasurer.")


@pytest.fixture
def people(session):
    return two_members(session)


def pin_state(session, number):
    return session.execute(
        select(Member.pin_hash, Member.pin_failures, Member.pin_locked_until)
        .where(Member.number == number)
    ).one()


def test_set_pin_stores_an_argon2id_hash_and_audits_without_the_pin(session, people):
    sri, _ = people
    pin_hash, failures, locked = pin_state(session, sri.number)
    assert pin_hash.startswith("$argon2id$") and sri.pin not in pin_hash
    assert (failures, locked) == (0, None)
    details = session.scalars(select(AuditLog.details).where(AuditLog.action == "member.set_pin"))
    assert all(sri.pin not in d for d in details)


@pytest.mark.parametrize(
    ("pin", "message"),
    [("12345", "exactly 6 digits"), ("1234567", "exactly 6 digits"), ("12a456", "exactly 6"),
     ("", "exactly 6 digits"), ("١٢٣٤٥٦", "exactly 6 digits"), ("111111", "too easy"),
     ("123456", "too easy"), ("987654", "too easy")],
)
def test_bad_pins_are_refused_and_the_old_pin_stays(session, people, pin, message):
    sri, _ = people
    before = pin_state(session, sri.number)
    with pytest.raises(ValidationError, match=message):
        kiosk.set_pin(session, sri.number, pin)
    assert pin_state(session, sri.number) == before
    assert kiosk.verify_member(session, sri.number, sri.pin, now=NOW) == sri.id


def test_set_pin_for_unknown_or_departed_member_is_refused(session):
    add_member(session, "A009", "Lina", status="left")
    with pytest.raises(ValidationError, match="no member number X1"):
        kiosk.set_pin(session, "X1", "482913")
    with pytest.raises(ValidationError, match="has left"):
        kiosk.set_pin(session, "A009", "482913")


@pytest.mark.parametrize("role", [Role.CHAIR, Role.AUDITOR])
def test_only_the_treasurer_sets_pins(session, people, role):
    sri, _ = people
    set_actor(session, Actor("someone", role))
    before = pin_state(session, sri.number)
    with pytest.raises(PermissionDenied):
        kiosk.set_pin(session, sri.number, "583920")
    assert pin_state(session, sri.number) == before
    set_actor(session, Actor("ani", Role.TREASURER))
    kiosk.set_pin(session, sri.number, "583920")
    assert kiosk.verify_member(session, sri.number, "583920", now=NOW) == sri.id


def test_new_pin_is_six_digits_and_acceptable():
    for _ in range(50):
        pin = kiosk.new_pin()
        assert len(pin) == 6 and pin.isdigit()
        kiosk._check_pin(pin)


def test_verify_member_gives_her_id(session, people):
    sri, dewi = people
    assert kiosk.verify_member(session, " A001 ", sri.pin, now=NOW) == sri.id
    assert kiosk.verify_member(session, "A002", dewi.pin, now=NOW) == dewi.id


def test_another_members_pin_does_not_open_her_account(session, people):
    sri, dewi = people
    with pytest.raises(PermissionDenied) as refused:
        kiosk.verify_member(session, sri.number, dewi.pin, now=NOW)
    assert refused.value.message == REFUSAL


@pytest.mark.parametrize(("number", "pin"), [
    ("A001", "000000"), ("A999", "482913"), ("", ""), ("A001", ""), ("A003", "482913")])
def test_every_kind_of_wrong_try_gets_the_same_calm_message(session, people, number, pin):
    add_member(session, "A003", "Tanpa PIN")  # a member with no PIN yet
    with pytest.raises(PermissionDenied) as refused:
        kiosk.verify_member(session, number, pin, now=NOW)
    assert refused.value.message == REFUSAL


def test_a_member_who_left_is_refused_like_a_wrong_pin(session, people):
    sri, _ = people
    member = session.get(Member, sri.id)
    member.status, member.exit_date = "left", date(2025, 6, 1)
    session.commit()
    with pytest.raises(PermissionDenied) as refused:
        kiosk.verify_member(session, sri.number, sri.pin, now=NOW)
    assert refused.value.message == REFUSAL


def test_wrong_pins_lock_that_member_number_only(session, people):
    sri, dewi = people
    for _ in range(passwords.FREE_TRIES):
        with pytest.raises(PermissionDenied, match="does not match"):
            kiosk.verify_member(session, sri.number, "000000", now=NOW)
    _, failures, locked = pin_state(session, sri.number)
    assert failures == passwords.FREE_TRIES and locked == NOW + passwords.FIRST_LOCK
    with pytest.raises(PermissionDenied) as locked_out:
        kiosk.verify_member(session, sri.number, sri.pin, now=NOW + timedelta(seconds=5))
    with pytest.raises(PermissionDenied) as unknown:
        kiosk.verify_member(session, "9999", sri.pin, now=NOW + timedelta(seconds=5))
    assert locked_out.value.message == unknown.value.message == REFUSAL  # no enumeration
    assert kiosk.verify_member(session, dewi.number, dewi.pin, now=NOW) == dewi.id
    # one more wrong try after the lock doubles it
    later = locked + timedelta(seconds=1)
    with pytest.raises(PermissionDenied):
        kiosk.verify_member(session, sri.number, "000000", now=later)
    assert pin_state(session, sri.number)[2] == later + 2 * passwords.FIRST_LOCK
    # the treasurer resetting the PIN lifts the lock
    kiosk.set_pin(session, sri.number, "604172")
    assert kiosk.verify_member(session, sri.number, "604172", now=later) == sri.id


def test_member_view_shows_her_savings_loans_consignment_and_movements(session, people):
    sri, _ = people
    view = kiosk.member_view(session, sri.id, today=TODAY)
    assert (view.number, view.name) == ("A001", "Sri Wahyuni")
    assert view.savings == {SIMPANAN_POKOK: 100_000, SIMPANAN_WAJIB: 60_000,
                            SIMPANAN_SUKARELA: 257_500}
    assert view.total_savings == 417_500
    assert view.consignment_owed == 45_000
    (loan,) = view.loans
    assert loan.number == "P-0001" and loan.outstanding == 1_000_000
    assert (loan.next_due, loan.next_amount) == (date(2025, 5, 1), 218_000)
    assert (loan.overdue_amount, loan.overdue_count) == (436_000, 2)
    assert [m.description for m in view.movements][:2] == ["Hari Pasar Mei", "Pencairan P-0001"]
    assert view.movements[0].amount == 45_000  # proceeds owed to her
    assert all(m.description != "Setoran Dewi" for m in view.movements)


def test_member_view_of_a_loan_in_good_standing(session, people):
    _, dewi = people
    (loan,) = kiosk.member_view(session, dewi.id, today=TODAY).loans
    assert (loan.outstanding, loan.next_due, loan.next_amount) == (
        1_500_000, date(2025, 7, 1), 545_000)
    assert (loan.overdue_amount, loan.overdue_count) == (0, 0)


def test_kiosk_reads_do_not_write(session, people):
    sri, _ = people
    before = session.scalar(select(func.count()).select_from(AuditLog))
    kiosk.member_view(session, sri.id, today=TODAY)
    assert session.scalar(select(func.count()).select_from(AuditLog)) == before


def test_movements_name_accounts_in_a_members_words(session, people):
    sri, _ = people
    movements = kiosk.member_view(session, sri.id, today=TODAY).movements
    assert movements[1].description == "Pencairan P-0001" and movements[1].amount < 0
    assert movements[1].label == "Loan received"
    set_language("id")
    day = date(2025, 5, 1)
    labels = [kiosk.KioskMovement(day, "Angsuran", code, "book name", amount).label
              for code, amount in ((PIUTANG_PINJAMAN, 100_000), (PENDAPATAN_JASA, 15_000),
                                   (PENDAPATAN_DENDA, 2_000), (SIMPANAN_WAJIB, 20_000),
                                   ("9999", 1))]
    assert labels == ["Angsuran pokok", "Jasa pinjaman", "Denda", "Simpanan Wajib", "book name"]
