"""Announcements and the calendar (meetings, market days, trainings, the RAT)."""

from __future__ import annotations

from datetime import date

import pytest
from programme_book import programme, training
from sqlalchemy import func, select

from desktop_app.db.models import Announcement, AuditLog, CalendarEvent, MemberGroup
from desktop_app.errors import ValidationError
from desktop_app.services import market_days, noticeboard
from desktop_app.services.noticeboard import EventData


def test_announcements_show_between_their_dates(session):
    noticeboard.post_announcement(session, "Rapat anggota", "Kamis pukul 14.00",
                                  date(2025, 6, 1), date(2025, 6, 30))
    noticeboard.post_announcement(session, "Libur", "Kantor tutup", date(2025, 7, 1),
                                  date(2025, 7, 3))
    assert [a.title for a in noticeboard.announcements(session, on=date(2025, 6, 30))] == [
        "Rapat anggota"]
    assert [a.title for a in noticeboard.announcements(session, on=date(2025, 7, 4))] == []
    assert len(noticeboard.announcements(session)) == 2


@pytest.mark.parametrize(("title", "body", "start", "end", "message"), [
    ("", "x", date(2025, 6, 1), date(2025, 6, 2), "Give the announcement a title"),
    ("x", " ", date(2025, 6, 1), date(2025, 6, 2), "Write the announcement's text"),
    ("x", "y", date(2025, 6, 2), date(2025, 6, 1), "cannot end before it starts"),
    ("x", "y", date(2025, 1, 1), date(2026, 6, 1), "at most a year"),
])
def test_bad_announcements_are_refused(session, title, body, start, end, message):
    with pytest.raises(ValidationError, match=message):
        noticeboard.post_announcement(session, title, body, start, end)
    assert session.scalar(select(func.count()).select_from(Announcement)) == 0


def test_changing_and_removing_an_announcement_is_audited(session):
    aid = noticeboard.post_announcement(session, "Rapat", "Kamis", date(2025, 6, 1),
                                        date(2025, 6, 30))
    noticeboard.update_announcement(session, aid, "Rapat anggota", "Jumat", date(2025, 6, 1),
                                    date(2025, 6, 30))
    assert noticeboard.announcements(session)[0].body == "Jumat"
    noticeboard.remove_announcement(session, aid)
    assert noticeboard.announcements(session) == []
    actions = session.scalars(select(AuditLog.action).where(
        AuditLog.object_type == "announcement").order_by(AuditLog.id)).all()
    assert actions == ["announcement.post", "announcement.update", "announcement.remove"]


def test_the_calendar_merges_events_trainings_and_market_days(session):
    group = MemberGroup(name="Mawar")
    session.add(group)
    session.commit()
    noticeboard.add_event(session, EventData("meeting", date(2025, 6, 19), "Pertemuan",
                                             "Rumah Bu Sri", "14:00", group.id))
    noticeboard.add_event(session, EventData("market", date(2025, 6, 22), "Pasar Minggu",
                                             "Alun-alun"))
    noticeboard.add_event(session, EventData("rat", date(2025, 6, 28), "RAT 2024", "Balai"))
    training(session, programme(session))
    market_days.open_market_day(session, date(2025, 6, 22), "Alun-alun")  # planned: once
    market_days.open_market_day(session, date(2025, 6, 25), "Pasar Kamis")  # not planned
    items = noticeboard.calendar(session, date(2025, 6, 15), date(2025, 6, 30))
    assert [(i.date.day, i.kind, i.title) for i in items] == [
        (19, "meeting", "Pertemuan (Mawar)"),
        (20, "training", "Kue kering untuk Lebaran"),
        (22, "market", "Pasar Minggu"),
        (25, "market", "Pasar Kamis"),
        (28, "rat", "RAT 2024"),
    ]
    assert items[1].free_places == 2 and items[0].time == "14:00"
    assert [i.kind for i in noticeboard.calendar(session, date(2025, 6, 15),
                                                 date(2025, 6, 30), ("rat",))] == ["rat"]


@pytest.mark.parametrize(("data", "message"), [
    (EventData("party", date(2025, 6, 1), "x"), "Choose what kind of event"),
    (EventData("meeting", date(2025, 6, 1), " "), "Give the event a title"),
    (EventData("meeting", date(2025, 6, 1), "x", time="2pm"), "hours:minutes"),
    (EventData("meeting", date(2025, 6, 1), "x", time="25:00"), "hours:minutes"),
    (EventData("meeting", date(2025, 6, 1), "x", group_id=77), "There is no group 77"),
])
def test_bad_events_are_refused(session, data, message):
    with pytest.raises(ValidationError, match=message):
        noticeboard.add_event(session, data)
    assert session.scalar(select(func.count()).select_from(CalendarEvent)) == 0


def test_removing_an_event(session):
    eid = noticeboard.add_event(session, EventData("other", date(2025, 6, 1), "Arisan"))
    noticeboard.remove_event(session, eid)
    assert noticeboard.calendar(session, date(2025, 6, 1), date(2025, 6, 1)) == []
    with pytest.raises(ValidationError, match="There is no event"):
        noticeboard.remove_event(session, eid)
    with pytest.raises(ValidationError, match="end date is before the start"):
        noticeboard.calendar(session, date(2025, 6, 2), date(2025, 6, 1))
