"""Members (anggota) and their groups (kelompok)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.db.base import Base
from desktop_app.domain.member_status import MemberStatus


class MemberGroup(Base):
    __tablename__ = "member_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # Meeting day (0 = Monday … 6 = Sunday) and frequency (week | 2weeks | month): loan
    # due dates of its members follow the meeting day.
    meeting_weekday: Mapped[int | None]
    meeting_frequency: Mapped[str | None] = mapped_column(String(8))
    # Tanggung renteng: members present cover an installment a member cannot pay.
    joint_liability: Mapped[bool] = mapped_column(default=False, server_default="0")


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    nik: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(1))  # F | M
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("member_group.id"), index=True)
    join_date: Mapped[date] = mapped_column(Date)
    head_of_household: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(8), default=MemberStatus.ACTIVE.value, index=True)
    exit_date: Mapped[date | None] = mapped_column(Date)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    pin_failures: Mapped[int] = mapped_column(default=0)
    pin_locked_until: Mapped[datetime | None] = mapped_column(DateTime)

    group: Mapped[MemberGroup | None] = relationship()
