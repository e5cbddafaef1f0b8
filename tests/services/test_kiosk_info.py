"""The kiosk's public information and the plain-words loan page."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest
from programme_book import TODAY, members, programme, training
from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, Loan
from desktop_app.errors import ValidationError
from desktop_app.services import attendance, kiosk_info, loan_products, noticeboard
from desktop_app.services.loan_products import LoanProductInfo
from desktop_app.services.noticeboard import EventData


def test_the_public_board_shows_what_is_coming_and_open(session):
    pid = programme(session)
    full = training(session, pid, capacity=1, title="Batik tulis")
    training(session, pid, capacity=5)
    training(session, pid, on=date(2025, 6, 1), title="Sudah lewat")
    attendance.register(session, full, member_id=members(session, 1)[0], today=TODAY)
    noticeboard.add_event(session, EventData("market", date(2025, 6, 22), "Pasar Minggu"))
    noticeboard.add_event(session, EventData("meeting", date(2025, 7, 3), "Pertemuan Mawar"))
    noticeboard.add_event(session, EventData("market", date(2025, 12, 1), "Terlalu jauh"))
    noticeboard.post_announcement(session, "Setor wajib", "Setoran wajib tanggal 10",
                                  date(2025, 6, 1), date(2025, 6, 30))
    board = kiosk_info.public_board(session, TODAY)
    assert [a.title for a in board.announcements] == ["Setor wajib"]
    assert [t.title for t in board.trainings] == ["Kue kering untuk Lebaran"]
    assert board.trainings[0].free_places == 5
    assert [m.title for m in board.market_days] == ["Pasar Minggu"]
    assert [m.title for m in board.meetings] == ["Pertemuan Mawar"]


def test_the_public_board_carries_no_field_about_a_person(session):
    """Only these shapes reach the screen before a PIN: none has a member field."""
    shapes = (kiosk_info.PublicBoard, noticeboard.AnnouncementInfo, noticeboard.CalendarItem,
              kiosk_info.programmes.TrainingInfo)
    names = {f.name for shape in shapes for f in fields(shape)}
    assert not names & {"member_id", "member_number", "member_name", "name", "savings"}


@pytest.fixture
def products(session):
    flat = loan_products.save_product(session, LoanProductInfo(
        None, "Pinjaman Usaha", Decimal("1"), "flat", 24, admin_fee_amount=10_000))
    declining = loan_products.save_product(session, LoanProductInfo(
        None, "Pinjaman Menurun", Decimal("2"), "menurun", 10))
    return flat, declining


def test_loan_examples_in_plain_words(session, products):
    declining, flat = kiosk_info.loan_examples(session, TODAY)  # by product name
    assert (flat.product, flat.months) == ("Pinjaman Usaha", 12)
    assert (flat.first_installment, flat.total_interest) == (93_333, 120_000)
    assert flat.sentence(0, "IDR") == (
        "Borrow Rp 1.000.000, pay Rp 93.333 each month for 12 months; total interest (jasa) "
        "Rp 120.000. An admin fee of Rp 10.000 is paid once, when you receive the money.")
    assert declining.months == 10  # its longest term
    assert (declining.first_installment, declining.last_installment,
            declining.total_interest) == (120_000, 102_000, 110_000)
    assert declining.sentence(0, "IDR") == (
        "Borrow Rp 1.000.000, pay Rp 120.000 in the first month, less each month, down to "
        "Rp 102.000 in month 10; total interest (jasa) Rp 110.000.")


def test_the_simulator_tries_terms_without_applying(session, products):
    flat, _ = products
    before = (session.scalar(select(func.count()).select_from(Loan)),
              session.scalar(select(func.count()).select_from(AuditLog)))
    example = kiosk_info.simulate(session, flat, 2_500_000, 6, TODAY)
    assert (example.first_installment, example.total_interest, example.total_repaid) == (
        441_667, 150_000, 2_650_000)
    with pytest.raises(ValidationError, match="Choose a term of 1 to 24 months"):
        kiosk_info.simulate(session, flat, 1_000_000, 36, TODAY)
    with pytest.raises(ValidationError, match="amount must be above zero"):
        kiosk_info.simulate(session, flat, 0, 6, TODAY)
    assert (session.scalar(select(func.count()).select_from(Loan)),
            session.scalar(select(func.count()).select_from(AuditLog))) == before
