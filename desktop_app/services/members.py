"""The member registry: members, their groups (kelompok) and their loans at a glance.

Members are never deleted once they have entries; they leave through
`member_exit.exit_member`. The member list of the members page is `member_list`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from desktop_app.db.models import Member, MemberGroup
from desktop_app.domain.accounts import PIUTANG_PINJAMAN
from desktop_app.domain.limits import EARLIEST_BIRTH_DATE, LimitError, check_date, check_text
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction
from desktop_app.services.rows import escape_like

GENDERS = ("F", "M")


@dataclass(frozen=True)
class MemberInput:
    """What the member dialog (and the importer) supplies for a new or changed member."""

    number: str
    name: str
    join_date: date | None
    nik: str | None = None
    gender: str | None = "F"
    birth_date: date | None = None
    address: str | None = None
    phone: str | None = None
    group_id: int | None = None
    head_of_household: bool = False


@dataclass(frozen=True)
class MemberInfo:
    id: int
    number: str
    name: str
    nik: str | None
    gender: str | None
    birth_date: date | None
    address: str | None
    phone: str | None
    group_id: int | None
    group_name: str | None
    join_date: date
    head_of_household: bool
    status: str  # active | left
    exit_date: date | None

    def as_input(self) -> MemberInput:
        return MemberInput(
            self.number, self.name, self.join_date, self.nik, self.gender, self.birth_date,
            self.address, self.phone, self.group_id, self.head_of_household,
        )


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    members: int


# ------------------------------------------------------------------ members


def _clean(data: MemberInput) -> MemberInput:
    def blank_to_none(value: str | None) -> str | None:
        return value.strip() or None if value else None

    return MemberInput(
        number=(data.number or "").strip(),
        name=" ".join((data.name or "").split()),
        join_date=data.join_date,
        nik=blank_to_none(data.nik),
        gender=(data.gender or "").strip().upper() or None,
        birth_date=data.birth_date,
        address=blank_to_none(data.address),
        phone=blank_to_none(data.phone),
        group_id=data.group_id,
        head_of_household=bool(data.head_of_household),
    )


def validate(session: Session, data: MemberInput, member_id: int | None = None) -> MemberInput:
    """The cleaned input, or a ValidationError listing every problem."""
    data = _clean(data)
    problems = []
    if not data.number:
        problems.append(tr("Enter a member number."))
    elif session.scalar(
        select(Member.id).where(Member.number == data.number, Member.id != (member_id or 0))
    ):
        problems.append(
            tr("Member number {number} is already taken; choose another.", number=data.number)
        )
    if not data.name:
        problems.append(tr("Enter the member's name."))
    if data.join_date is None:
        problems.append(tr("Enter the date the member joined."))
    if not is_valid_nik(data.nik):
        problems.append(tr("The NIK must be exactly 16 digits (or left empty)."))
    if data.gender is not None and data.gender not in GENDERS:
        problems.append(tr("Gender must be F (female) or M (male)."))
    if data.birth_date and data.join_date and data.birth_date >= data.join_date:
        problems.append(tr("The birth date must be before the joining date."))
    if data.group_id is not None and session.get(MemberGroup, data.group_id) is None:
        problems.append(tr("Choose an existing group."))
    problems += _limit_problems(data)
    if problems:
        raise ValidationError(" ".join(problems), problems)
    return data


def _limit_problems(data: MemberInput) -> list[str]:
    """Texts within their columns, without control characters; dates within the book's."""
    checks = [
        lambda: check_text(data.number, tr("Member number"), Member.number.type.length),
        lambda: check_text(data.name, tr("Name"), Member.name.type.length),
        lambda: check_text(data.address, tr("Address")),
        lambda: check_text(data.phone, tr("Phone"), Member.phone.type.length),
    ]
    if data.join_date:
        checks.append(lambda: check_date(data.join_date, tr("Join date")))
    if data.birth_date:
        checks.append(lambda: check_date(data.birth_date, tr("Birth date"),
                                         earliest=EARLIEST_BIRTH_DATE, latest=date.today()))
    problems = []
    for check in checks:
        try:
            check()
        except LimitError as exc:
            problems.append(exc.message)
    return problems


def create_member(session: Session, data: MemberInput) -> int:
    """Register a member; return her id."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        data = validate(session, data)
        member = Member(**asdict(data), status=MemberStatus.ACTIVE)
        session.add(member)
        session.flush()
        audit.record(session, "member.create", "member", member.id, **asdict(data))
        return member.id


def is_valid_nik(nik: str | None) -> bool:
    """A NIK (the national identity number) is 16 digits, or not given."""
    return nik is None or re.fullmatch(r"\d{16}", nik) is not None


@dataclass(frozen=True)
class ImportedMember:
    """A member read from a workbook (checked row by row by the importer); her group is
    named, and created if the book has none of that name."""

    data: MemberInput
    group: str | None = None
    status: str = MemberStatus.ACTIVE
    exit_date: date | None = None


def register_imported(session: Session, imported: Sequence[ImportedMember], batch_id: int,
                      taken_over: dict[str, int]) -> dict[str, int]:
    """Register an import's members in one statement, in the importer's transaction, and
    return their ids by number. A number in `taken_over` (a member of an undone batch)
    takes that member back with the new details. One audit row for the batch."""
    require(session, Permission.IMPORT)
    groups = _groups_named(session, {m.group for m in imported if m.group})
    fresh, reused = [], []
    for member in imported:
        data = _clean(member.data)
        values = {**asdict(data), "group_id": groups.get(member.group),
                  "status": member.status, "exit_date": member.exit_date, "batch_id": batch_id}
        if data.number in taken_over:
            reused.append({"id": taken_over[data.number], **values})
        else:
            fresh.append(values)
    ids = list(session.scalars(
        insert(Member).returning(Member.id, sort_by_parameter_order=True), fresh)
    ) if fresh else []
    if reused:
        session.execute(update(Member), reused)
    audit.record(session, "member.import", "import_batch", batch_id,
                 created=len(fresh), taken_over=len(reused))
    return {**{values["number"]: member_id for values, member_id in zip(fresh, ids, strict=True)},
            **{values["number"]: values["id"] for values in reused}}


def _groups_named(session: Session, names: set[str]) -> dict[str, int]:
    existing = dict(session.execute(select(MemberGroup.name, MemberGroup.id)).all())
    for name in sorted(names - existing.keys()):
        group = MemberGroup(name=name)
        session.add(group)
        session.flush()
        existing[name] = group.id
    return existing


def update_member(session: Session, member_id: int, data: MemberInput) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        member = load_member(session, member_id)
        data = validate(session, data, member_id)
        changes = {}
        for key, value in asdict(data).items():
            if getattr(member, key) != value:
                changes[key] = [getattr(member, key), value]
                setattr(member, key, value)
        if changes:
            audit.record(session, "member.update", "member", member_id, **changes)


def _info(member: Member) -> MemberInfo:
    return MemberInfo(
        member.id, member.number, member.name, member.nik, member.gender, member.birth_date,
        member.address, member.phone, member.group_id,
        member.group.name if member.group else None, member.join_date,
        member.head_of_household, member.status, member.exit_date,
    )


def get_member(session: Session, member_id: int) -> MemberInfo:
    return _info(load_member(session, member_id))


def find_by_number(session: Session, number: str) -> MemberInfo | None:
    member = session.scalar(select(Member).where(Member.number == number.strip()))
    return _info(member) if member else None


def suggest_next_number(session: Session) -> str:
    """The number after the latest member's, keeping its prefix and width ("A-0099" -> "A-0100")."""
    last = session.scalar(select(Member.number).order_by(Member.id.desc()).limit(1))
    match = re.fullmatch(r"(.*?)(\d+)", last or "")
    prefix, digits = (match.group(1), match.group(2)) if match else ("", "0000")
    value = int(digits)
    while True:
        value += 1
        candidate = f"{prefix}{value:0{len(digits)}d}"
        if not session.scalar(select(Member.id).where(Member.number == candidate)):
            return candidate


@dataclass(frozen=True)
class MemberChoice:
    id: int
    number: str
    name: str

    def label(self) -> str:
        return f"{self.number} — {self.name}"


def search_members(
    session: Session, words: str, limit: int = 20, active_only: bool = True
) -> list[MemberChoice]:
    """Members whose number starts with, or whose name contains, `words` (for pickers)."""
    words = words.strip()
    query = select(Member.id, Member.number, Member.name)
    if words:
        query = query.where(
            Member.number.ilike(f"{escape_like(words)}%", escape="\\")
            | Member.name.ilike(f"%{escape_like(words)}%", escape="\\")
        )
    if active_only:
        query = query.where(Member.status == MemberStatus.ACTIVE)
    rows = session.execute(query.order_by(Member.number).limit(limit))
    return [MemberChoice(*row) for row in rows]


# ------------------------------------------------------------------ groups


def list_groups(session: Session) -> list[GroupInfo]:
    rows = session.execute(
        select(MemberGroup.id, MemberGroup.name, func.count(Member.id))
        .outerjoin(Member, Member.group_id == MemberGroup.id)
        .group_by(MemberGroup.id)
        .order_by(MemberGroup.name)
    )
    return [GroupInfo(*row) for row in rows]


def _group_name(session: Session, name: str, group_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(tr("Enter the group's name."))
    check_text(name, tr("Group"), MemberGroup.name.type.length)
    clash = session.scalar(
        select(MemberGroup.id).where(
            func.lower(MemberGroup.name) == name.lower(), MemberGroup.id != (group_id or 0)
        )
    )
    if clash:
        raise ValidationError(tr("There is already a group called {name}.", name=name))
    return name


def create_group(session: Session, name: str) -> int:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        group = MemberGroup(name=_group_name(session, name))
        session.add(group)
        session.flush()
        audit.record(session, "group.create", "member_group", group.id, name=group.name)
        return group.id


def load_group(session: Session, group_id: int) -> MemberGroup:
    group = session.get(MemberGroup, group_id)
    if group is None:
        raise ValidationError(tr("That group no longer exists."))
    return group


def rename_group(session: Session, group_id: int, name: str) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        group = load_group(session, group_id)
        new_name = _group_name(session, name, group_id)
        audit.record(session, "group.rename", "member_group", group_id,
                     name=[group.name, new_name])
        group.name = new_name


# ------------------------------------------------------------------ loans, read only


@dataclass(frozen=True)
class MemberLoan:
    id: int
    number: str
    disbursed_on: date | None
    principal: int
    status: str
    outstanding: int


def member_loans(session: Session, member_id: int) -> list[MemberLoan]:
    """The member's loans with outstanding principal from the journal (by loan index)."""
    rows = session.execute(
        text(
            "SELECT l.id, l.number, l.disbursed_on, l.principal, l.status, "
            "COALESCE((SELECT SUM(j.amount) FROM journal_line j JOIN account a "
            "ON a.id = j.account_id WHERE j.loan_id = l.id AND a.code = :piutang), 0) "
            "FROM loan l WHERE l.member_id = :m ORDER BY l.id DESC"
        ),
        {"m": member_id, "piutang": PIUTANG_PINJAMAN},
    ).all()
    return [
        MemberLoan(i, n, date.fromisoformat(str(d)) if d else None, p, s, o)
        for i, n, d, p, s, o in rows
    ]


def load_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise ValidationError(tr("There is no member with id {id}.", id=member_id))
    return member
