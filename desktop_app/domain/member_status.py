"""The states of a member, as stored in `member.status`.

active → left (the exit, `services/member_exit`; its reversal makes her active again).
"""

from __future__ import annotations

from enum import StrEnum


class MemberStatus(StrEnum):
    ACTIVE = "active"
    LEFT = "left"
