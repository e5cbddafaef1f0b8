"""Announcements and the calendar: what the board tells the members, and what is coming.

The board posts announcements shown between two dates, and plans events (group meetings,
market days, the RAT, others). The calendar merges those events with the trainings and
with market days already opened for sales (one not planned beforehand). All of it is
public: the kiosk shows it before any PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Announcement, CalendarEvent, MarketDay, MemberGroup
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, programmes
from desktop_app.services.context import require, transaction

EVENT_KINDS = ("meeting", "market", "rat", "other")
TRAINING = "training"  # a calendar item's kind for a training (not a stored event)
MAX_ANNOUNCEMENT_DAYS = 366


def kind_label(kind: str) -> str:
    return {"meeting": tr("Group meeting"), "market": tr("Market day"),
            "rat": tr("Annual members' meeting (RAT)"), "other": tr("Other"),
            TRAINING: tr("Training")}.get(kind, kind)


# ------------------------------------------------------------------ announcements


@dataclass(frozen=True)
class AnnouncementInfo:
    id: int
    title: str
    body: str
    shown_from: date
    shown_until: date
    posted_by: str


def _check_announcement(title: str, body: str, shown_from: date, shown_until: date) -> None:
    problems = []
    if not title.strip():
        problems.append(tr("Give the announcement a title."))
    if not body.strip():
        problems.append(tr("Write the announcement's text."))
    if shown_until < shown_from:
        problems.append(tr("The announcement cannot end before it starts."))
    elif (shown_until - shown_from).days > MAX_ANNOUNCEMENT_DAYS:
        problems.append(tr("Show an announcement for at most a year."))
    if problems:
        raise ValidationError(" ".join(problems), problems)


def post_announcement(session: Session, title: str, body: str, shown_from: date,
                      shown_until: date) -> int:
    with transaction(session):
        actor = require(session, Permission.EDIT_MASTER)
        _check_announcement(title, body, shown_from, shown_until)
        row = Announcement(title=title.strip(), body=body.strip(), shown_from=shown_from,
                           shown_until=shown_until, posted_by=actor.username,
                           posted_at=datetime.now())
        session.add(row)
        session.flush()
        audit.record(session, "announcement.post", "announcement", row.id, title=row.title,
                     shown_from=shown_from, shown_until=shown_until)
        return row.id


def update_announcement(session: Session, announcement_id: int, title: str, body: str,
                        shown_from: date, shown_until: date) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = _announcement(session, announcement_id)
        _check_announcement(title, body, shown_from, shown_until)
        row.title, row.body = title.strip(), body.strip()
        row.shown_from, row.shown_until = shown_from, shown_until
        audit.record(session, "announcement.update", "announcement", row.id, title=row.title,
                     shown_from=shown_from, shown_until=shown_until)


def remove_announcement(session: Session, announcement_id: int) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = _announcement(session, announcement_id)
        audit.record(session, "announcement.remove", "announcement", row.id, title=row.title)
        session.delete(row)


def _announcement(session: Session, announcement_id: int) -> Announcement:
    row = session.get(Announcement, announcement_id)
    if row is None:
        raise ValidationError(tr("There is no announcement {id}.", id=announcement_id))
    return row


def announcements(session: Session, *, on: date | None = None) -> list[AnnouncementInfo]:
    """All announcements, newest first; with `on`, only those shown that day."""
    query = select(Announcement).order_by(Announcement.shown_from.desc(), Announcement.id.desc())
    if on is not None:
        query = query.where(Announcement.shown_from <= on, Announcement.shown_until >= on)
    return [AnnouncementInfo(a.id, a.title, a.body, a.shown_from, a.shown_until, a.posted_by)
            for a in session.scalars(query)]


# ------------------------------------------------------------------ calendar events


@dataclass(frozen=True)
class EventData:
    kind: str
    date: date
    title: str
    place: str | None = None
    time: str | None = None  # "HH:MM"
    group_id: int | None = None


def _check_event(session: Session, data: EventData) -> None:
    problems = []
    if data.kind not in EVENT_KINDS:
        problems.append(tr("Choose what kind of event it is."))
    if not data.title.strip():
        problems.append(tr("Give the event a title."))
    if data.time and not _is_time(data.time):
        problems.append(tr("Write the time as hours:minutes, for example 09:30."))
    if data.group_id is not None and session.get(MemberGroup, data.group_id) is None:
        problems.append(tr("There is no group {id}.", id=data.group_id))
    if problems:
        raise ValidationError(" ".join(problems), problems)


def _is_time(value: str) -> bool:
    try:
        datetime.strptime(value.strip(), "%H:%M")
    except ValueError:
        return False
    return len(value.strip()) == 5


def add_event(session: Session, data: EventData) -> int:
    """Plan a group meeting, a market day, the RAT or another event."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        _check_event(session, data)
        row = CalendarEvent(kind=data.kind, date=data.date, title=data.title.strip(),
                            place=(data.place or "").strip() or None,
                            time=(data.time or "").strip() or None, group_id=data.group_id)
        session.add(row)
        session.flush()
        audit.record(session, "event.add", "calendar_event", row.id, kind=row.kind,
                     date=row.date, title=row.title)
        return row.id


def remove_event(session: Session, event_id: int) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        row = session.get(CalendarEvent, event_id)
        if row is None:
            raise ValidationError(tr("There is no event {id}.", id=event_id))
        audit.record(session, "event.remove", "calendar_event", row.id, kind=row.kind,
                     date=row.date, title=row.title)
        session.delete(row)


# ------------------------------------------------------------------ the calendar


@dataclass(frozen=True)
class CalendarItem:
    date: date
    time: str | None
    kind: str  # an EVENT_KIND or TRAINING
    title: str
    place: str | None
    event_id: int | None = None  # a stored event (can be removed)
    training_id: int | None = None
    free_places: int | None = None  # trainings only

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


def calendar(session: Session, start: date, end: date,
             kinds: tuple[str, ...] | None = None) -> list[CalendarItem]:
    """Everything dated from `start` to `end`, in date and time order."""
    if end < start:
        raise ValidationError(tr("The end date is before the start date."))
    items: list[CalendarItem] = []
    rows = session.execute(
        select(CalendarEvent, MemberGroup.name)
        .outerjoin(MemberGroup, MemberGroup.id == CalendarEvent.group_id)
        .where(CalendarEvent.date >= start, CalendarEvent.date <= end))
    for event, group in rows:
        title = f"{event.title} ({group})" if group and group not in event.title else event.title
        items.append(CalendarItem(event.date, event.time, event.kind, title, event.place,
                                  event_id=event.id))
    unplanned_markets = session.execute(
        select(MarketDay.date, MarketDay.market)
        .outerjoin(CalendarEvent, and_(CalendarEvent.kind == "market",
                                       CalendarEvent.date == MarketDay.date))
        .where(MarketDay.date >= start, MarketDay.date <= end, CalendarEvent.id.is_(None)))
    for on, market in unplanned_markets:
        items.append(CalendarItem(on, None, "market", market, market))
    for t in programmes.list_trainings(session, start=start, end=end):
        items.append(CalendarItem(t.date, None, TRAINING, t.title, t.place,
                                  training_id=t.id, free_places=t.free_places))
    order = {kind: n for n, kind in enumerate(("rat", "meeting", "market", TRAINING, "other"))}
    items.sort(key=lambda i: (i.date, i.time or "", order.get(i.kind, 9), i.title))
    return [i for i in items if kinds is None or i.kind in kinds]
