"""Programmes and their trainings, participants and attendance; announcements, the
calendar and members' business profiles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    organiser_kind: Mapped[str] = mapped_column(String(12))  # government | ngo | cooperative
    organiser: Mapped[str | None] = mapped_column(String(120))
    funder: Mapped[str | None] = mapped_column(String(120))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class TrainingTopic(Base):
    """The list of topics the cooperative keeps (kerajinan, kuliner, …)."""

    __tablename__ = "training_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Training(Base):
    __tablename__ = "training"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("training_topic.id"))
    title: Mapped[str] = mapped_column(String(160))
    date: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(120))
    trainer: Mapped[str | None] = mapped_column(String(120))
    capacity: Mapped[int]
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class Participant(Base):
    """Someone who is not a member (a daughter, a neighbour) taking part in trainings;
    kept without savings or a member number."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    gender: Mapped[str | None] = mapped_column(String(1))  # F | M
    head_of_household: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)  # e.g. "daughter of member 0012"
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class TrainingRegistration(Base):
    """One participant (a member or a non-member) at one training.

    status: requested (asked at the kiosk, waits for the board) | registered | declined |
    cancelled. Only registered rows take a place and can attend or complete.
    """

    __tablename__ = "training_registration"
    __table_args__ = (
        UniqueConstraint("training_id", "member_id", name="uq_training_registration_member"),
        UniqueConstraint("training_id", "participant_id",
                         name="uq_training_registration_participant"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"))
    status: Mapped[str] = mapped_column(String(10), index=True)
    attended: Mapped[bool] = mapped_column(default=False)
    completed: Mapped[bool] = mapped_column(default=False)
    certificate_no: Mapped[str | None] = mapped_column(String(40))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class Announcement(Base):
    __tablename__ = "announcement"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(160))
    body: Mapped[str] = mapped_column(Text)
    shown_from: Mapped[date] = mapped_column(Date, index=True)
    shown_until: Mapped[date] = mapped_column(Date, index=True)
    posted_by: Mapped[str] = mapped_column(String(64))
    posted_at: Mapped[datetime] = mapped_column(DateTime)


class CalendarEvent(Base):
    """A dated event the board plans: a group meeting, a market day, the RAT, other."""

    __tablename__ = "calendar_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # meeting | market | rat | other
    date: Mapped[date] = mapped_column(Date, index=True)
    time: Mapped[str | None] = mapped_column(String(5))  # "09:00"
    title: Mapped[str] = mapped_column(String(160))
    place: Mapped[str | None] = mapped_column(String(120))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("member_group.id"))


class BusinessProfile(Base):
    """A member's own business; her consignment products are found by product owner."""

    __tablename__ = "business_profile"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(80))
    products: Mapped[str | None] = mapped_column(Text)
    sells_at: Mapped[str | None] = mapped_column(Text)  # which local markets
    started_on: Mapped[date | None] = mapped_column(Date)
