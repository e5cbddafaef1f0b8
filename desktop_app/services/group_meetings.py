"""A group's meeting day and frequency, and whether it practises tanggung renteng.

Loan due dates of the group's members follow the meeting weekday (`loans._start`); the
joint-liability covers of `services/joint_liability.py` need the setting on.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.domain.roles import Permission
from desktop_app.domain.schedule import FREQUENCIES
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction
from desktop_app.services.members import load_group


@dataclass(frozen=True)
class GroupMeetings:
    group_id: int
    name: str
    weekday: int | None  # 0 = Monday … 6 = Sunday; None = no fixed day
    frequency: str | None  # week | 2weeks | month
    joint_liability: bool


def weekday_label(weekday: int | None) -> str:
    if weekday is None:
        return tr("No fixed day")
    return (tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"),
            tr("Saturday"), tr("Sunday"))[weekday]


def get_group_meetings(session: Session, group_id: int) -> GroupMeetings:
    group = load_group(session, group_id)
    return GroupMeetings(group.id, group.name, group.meeting_weekday, group.meeting_frequency,
                         bool(group.joint_liability))


def set_group_meetings(session: Session, group_id: int, weekday: int | None,
                       frequency: str | None, joint_liability: bool) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        group = load_group(session, group_id)
        if weekday is not None and not 0 <= weekday <= 6:
            raise ValidationError(tr("The meeting day must be a day of the week."))
        if frequency is not None and frequency not in FREQUENCIES:
            raise ValidationError(tr("Choose how often the group meets."))
        before = get_group_meetings(session, group_id)
        group.meeting_weekday, group.meeting_frequency = weekday, frequency
        group.joint_liability = joint_liability
        audit.record(session, "group.meetings", "member_group", group_id,
                     weekday=[before.weekday, weekday], frequency=[before.frequency, frequency],
                     joint_liability=[before.joint_liability, joint_liability])
