"""The rows of the Program & Pelatihan page's tables, with declared columns.

Each row ends with what a selection needs (an id or the item itself), not shown.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from desktop_app.services import attendance, noticeboard


class ProgrammeLine(NamedTuple):
    name: str
    organiser: str
    funder: str
    start_date: date | None
    end_date: date | None
    trainings: int
    id: int  # hidden


class TrainingLine(NamedTuple):
    date: date
    title: str
    topic: str
    place: str
    trainer: str
    capacity: int | None
    registered: int
    free_places: int | None
    requested: int
    attended: int
    completed: int
    id: int  # hidden


class ParticipantLine(NamedTuple):
    name: str
    member_number: str
    status: str
    attended: str
    completed: str
    certificate_no: str
    note: str | None
    participant: attendance.ParticipantRow  # hidden


class RequestLine(NamedTuple):
    requested_on: date
    member_number: str
    member_name: str
    training: str
    training_date: date
    free_places: int | None
    registration_id: int  # hidden


class AnnouncementLine(NamedTuple):
    title: str
    body: str
    shown_from: date
    shown_until: date | None
    posted_by: str
    announcement: noticeboard.AnnouncementInfo  # hidden


class CalendarLine(NamedTuple):
    date: date
    time: str
    kind: str
    title: str
    place: str
    item: Any  # the calendar item (hidden)
