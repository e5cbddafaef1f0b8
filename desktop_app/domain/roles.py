"""Roles and what each may do. Services check these; the UI only mirrors them."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TREASURER = "treasurer"  # bendahara: all bookkeeping
    CHAIR = "chair"  # ketua: approves, closes periods, manages users, reads all
    AUDITOR = "auditor"  # pengawas: reads everything and the audit log
    SYSTEM = "system"  # the command line on the book's own machine


class Permission(StrEnum):
    POST = "post"  # deposits, withdrawals, repayments, sales, cash entries
    EDIT_MASTER = "edit_master"  # members, products, groups, loan products
    APPROVE = "approve"  # loan approval, write-off
    CLOSE_PERIOD = "close_period"  # close/reopen a period, post SHU
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"  # cooperative profile, bylaws
    IMPORT = "import"
    READ_AUDIT = "read_audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TREASURER: frozenset(
        {Permission.POST, Permission.EDIT_MASTER, Permission.SETTINGS, Permission.IMPORT}
    ),
    Role.CHAIR: frozenset(
        {
            Permission.APPROVE,
            Permission.CLOSE_PERIOD,
            Permission.MANAGE_USERS,
            Permission.SETTINGS,
            Permission.READ_AUDIT,
        }
    ),
    Role.AUDITOR: frozenset({Permission.READ_AUDIT}),
    Role.SYSTEM: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
