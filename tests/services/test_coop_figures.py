"""The NGO figures and attention flags of one book (on both engines)."""

from __future__ import annotations

from datetime import date

import pytest
from report_book import build

from desktop_app.services import attention, coop_figures, reports
from desktop_app.services.coop_figures import quarters


def test_figures_of_the_known_book(session):
    build(session)
    year = coop_figures.figures(session, date(2024, 1, 1), date(2024, 12, 31))
    assert (year.members, year.women, year.heads_of_household, year.joined, year.left) == (
        4, 3, 2, 4, 0)
    assert (year.savings_pokok, year.savings_wajib, year.savings_sukarela) == (
        300_000, 360_000, 400_000)
    assert year.loans_outstanding == 900_000
    assert year.loan_income == 20_000 + 15_000 + 5_000
    assert year.average_outstanding == 450_000  # (0 at the start + 900,000 at the end) / 2
    assert year.portfolio_yield == pytest.approx(40_000 / 450_000)
    assert year.market_sales == reports.indicators(
        session, date(2024, 1, 1), date(2024, 12, 31)).market_sales == 200_000
    assert year.consignment_paid == 0  # her proceeds are still owed to her


def test_the_sum_of_books_recomputes_ratios_from_parts(session):
    build(session)
    one = coop_figures.figures(session, date(2024, 1, 1), date(2024, 12, 31))
    both = coop_figures.add([one, one])
    assert both.savings_total == 2 * one.savings_total
    assert both.portfolio_yield == one.portfolio_yield
    assert both.training_participants is None


def test_quarters_end_at_the_as_of_date():
    assert quarters(date(2025, 5, 20), 3) == [
        (date(2024, 10, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 3, 31)),
        (date(2025, 4, 1), date(2025, 5, 20))]


def test_flags_of_the_known_book(session):
    build(session)
    low_day, low = attention.lowest_cash(session, date(2024, 12, 31))
    assert low == 300_000 and low_day == date(2024, 1, 10)  # the three pokok deposits
    # A001 paid all twelve months of wajib; A002 six; A003 and A004 none by December.
    assert attention.flags(session, date(2024, 12, 31)) == [
        "3 of 4 active members are 3 or more months behind on Simpanan Wajib.",
        "No entries for 152 days (the last on 01/08/2024).",
    ]
    assert attention.flags(session, date(2025, 1, 31), exported_on=date(2024, 10, 1))[-1] == (
        "The workbook was exported 122 days ago (01/10/2024).")


def test_a_server_book_is_read_in_place(book, session):
    """Runs on PostgreSQL in the server run: the source is the server book's address."""
    from desktop_app.spreadsheet.consolidation import consolidate

    build(session)
    session.commit()
    if book.url is None:
        pytest.skip("a server book's address exists only in the PostgreSQL run")
    (source,) = consolidate([book.url], date(2024, 12, 31), 1).sources
    assert source.included and source.name == "Koperasi Simpan Pinjam"
    assert source.quarters[0].savings_total == 1_060_000


def test_training_participants_are_distinct_people_registered_in_the_period(session):
    from desktop_app.db.models import Member
    from desktop_app.services import attendance, programmes

    build(session)
    siti = session.query(Member).filter_by(number="A001").one().id
    programme = programmes.create_programme(session, programmes.ProgrammeData(
        "Usaha Perempuan", "ngo", date(2024, 1, 1)))
    topic = programmes.topic_by_name(session, "Kuliner")  # on the list a new book keeps
    trainings = [programmes.create_training(session, programmes.TrainingData(
        programme, topic, title, day, "Balai RW", 20)) for title, day in (
        ("Kue basah", date(2024, 5, 1)), ("Pemasaran", date(2024, 6, 1)),
        ("Pembukuan", date(2024, 9, 1)))]
    neighbour = attendance.add_participant(session, attendance.ParticipantData("Ina"))
    for training in trainings[:2]:
        attendance.register(session, training, member_id=siti, today=date(2024, 4, 1))
    attendance.register(session, trainings[0], participant_id=neighbour, today=date(2024, 4, 1))
    attendance.register(session, trainings[2], participant_id=neighbour, today=date(2024, 4, 1))
    # Siti at two trainings counts once; Ina (not a member) counts too.
    assert coop_figures.figures(session, date(2024, 4, 1), date(2024, 6, 30)
                                ).training_participants == 2
    assert coop_figures.figures(session, date(2024, 7, 1), date(2024, 9, 30)
                                ).training_participants == 1
    assert coop_figures.figures(session, date(2024, 1, 1), date(2024, 3, 31)
                                ).training_participants == 0
