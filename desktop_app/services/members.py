"""The member registry: members, their groups (kelompok), the member list and exits.

Members are never deleted once they have entries; they leave through `exit_member`,
which pays back their savings net of any outstanding loan in one journal entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from desktop_app.db.dialect import at_least_zero, month_number
from desktop_app.db.models import Account, JournalEntry, Member, MemberGroup
from desktop_app.domain.accounts import (
    PIUTANG_PINJAMAN,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.limits import EARLIEST_BIRTH_DATE, LimitError, check_date, check_text
from desktop_app.domain.money import format_amount
from desktop_app.domain.roles import Permission
from desktop_app.domain.savings import month_index
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, ledger, savings, settings
from desktop_app.services.context import require, transaction
from desktop_app.domain.journal import EntryDraft, Line
from desktop_app.domain.postings import exit_draft

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
        member = Member(**asdict(data), status="active")
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
    status: str = "active"
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
        member = _member(session, member_id)
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
    return _info(_member(session, member_id))


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
            Member.number.ilike(f"{_escape_like(words)}%", escape="\\")
            | Member.name.ilike(f"%{_escape_like(words)}%", escape="\\")
        )
    if active_only:
        query = query.where(Member.status == "active")
    rows = session.execute(query.order_by(Member.number).limit(limit))
    return [MemberChoice(*row) for row in rows]


def _escape_like(words: str) -> str:
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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


def rename_group(session: Session, group_id: int, name: str) -> None:
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        group = session.get(MemberGroup, group_id)
        if group is None:
            raise ValidationError(tr("That group no longer exists."))
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


# ------------------------------------------------------------------ exit


@dataclass(frozen=True)
class ExitPreview:
    member_id: int
    name: str
    on: date
    pokok: int
    wajib: int
    sukarela: int
    loans: int  # outstanding principal, settled from the savings

    @property
    def savings(self) -> int:
        return self.pokok + self.wajib + self.sukarela

    @property
    def pay_out(self) -> int:
        """Cash paid to the member: savings minus outstanding loans."""
        return self.savings - self.loans


def exit_preview(session: Session, member_id: int, on: date) -> ExitPreview:
    member = _member(session, member_id)
    balances = ledger.member_balances(session, member_id)
    saved = savings.balances_from(balances)
    return ExitPreview(
        member_id, member.name, on, saved.pokok, saved.wajib, saved.sukarela,
        balances.get(PIUTANG_PINJAMAN, 0),
    )


def exit_member(session: Session, member_id: int, on: date, pay_out: bool = True) -> int | None:
    """The member leaves on `on`. With `pay_out`, one entry returns her savings net of
    loans (Dr Pokok, Wajib, Sukarela [m]; Cr Piutang [m,l] via the loans service; Cr Kas);
    without it she is only marked as left and her balances stay on the books.
    Returns the entry id, or None when nothing was posted."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        member = _member(session, member_id)
        if member.status == "left":
            raise ValidationError(tr("{name} has already left.", name=member.name))
        if on < member.join_date:
            raise ValidationError(tr("The exit date cannot be before the joining date."))
        closed = settings.closed_through(session)
        if closed and on <= closed:
            raise ValidationError(
                tr("The books are closed through {date}; choose a later date.",
                   date=format_date(closed))
            )
        entry_id = None
        preview = exit_preview(session, member_id, on)
        if pay_out and (preview.savings or preview.loans):
            require(session, Permission.POST)
            entry_id = ledger.post_in_transaction(session, _exit_draft(session, preview))
        member.status = "left"
        member.exit_date = on
        audit.record(session, "member.exit", "member", member_id, on=on, entry=entry_id,
                     pay_out=pay_out)
        return entry_id


def _exit_draft(session: Session, preview: ExitPreview) -> EntryDraft:
    if preview.loans > preview.savings:
        digits = settings.get_profile(session).minor_digits
        raise ValidationError(
            tr("{name} still owes {loans} on loans but has only {savings} in savings; "
               "she must repay at least {rest} before leaving.",
               name=preview.name, loans=format_amount(preview.loans, digits),
               savings=format_amount(preview.savings, digits),
               rest=format_amount(preview.loans - preview.savings, digits))
        )
    loan_lines = _settle_loans(session, preview.member_id, preview.on) if preview.loans else []
    return exit_draft(preview.member_id, preview.name, preview.on, preview.pokok,
                      preview.wajib, preview.sukarela, loan_lines)


def _settle_loans(session: Session, member_id: int, on: date) -> list[Line]:
    """Credit lines closing the member's loans, from the loans service."""
    try:
        from desktop_app.services.loans import settle_for_exit
    except ImportError:
        raise ValidationError(
            tr("Loans cannot be settled from savings yet; record the repayments first.")
        ) from None
    return settle_for_exit(session, member_id, on)


def reverse_exit(session: Session, entry_id: int, on: date, reason: str) -> int:
    """Undo a mistaken exit: her savings come back and she is active again. An exit that
    also settled loans is refused, since those loans were closed with it."""
    entry = session.get(JournalEntry, entry_id)
    if any(line.loan_id for line in entry.lines):
        raise ValidationError(
            tr("This exit also paid off loans, so it cannot be reversed; register the member "
               "again and record her savings instead.")
        )
    member_id = next(line.member_id for line in entry.lines if line.member_id)
    reversal_id = ledger.reverse_in_transaction(session, entry_id, on, reason)
    member = _member(session, member_id)
    member.status, member.exit_date = "active", None
    audit.record(session, "member.exit_reversed", "member", member_id, entry=entry_id)
    return reversal_id


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise ValidationError(tr("There is no member with id {id}.", id=member_id))
    return member


# ------------------------------------------------------------------ the member list


class MemberListSource:
    """Rows of the members page, filtered and sorted in SQL over the balance summaries.

    Row: number, name, group, phone, status, total savings, outstanding loan,
    wajib arrears, member id (hidden). Each call reads in a short session of its own from
    `sessions`, so a page that keeps the source never holds a read transaction open.
    """

    _SORT = ("number", "name", "group_name", "phone", "status", "savings", "loan", "arrears")

    def __init__(self, sessions: Callable[[], Session], as_of: date):
        self.sessions = sessions
        self.search = ""
        self.group_id: int | None = None
        self.status: str | None = None  # active | left | None for all
        self.in_arrears = False
        self.order = "number"
        with sessions() as session:
            accounts = dict(session.execute(select(Account.code, Account.id)).all())
            monthly = settings.get_profile(session).wajib_amount
            # wajib months overdue: the joining month through the one before as_of's
            months_due = at_least_zero(
                session, f":as_of - {month_number(session, 'm.join_date')} + 1"
            )
            unpaid = at_least_zero(session, f"{months_due} * :monthly + COALESCE(bw.balance, 0)")
        self._arrears = f"CASE WHEN m.status = 'left' THEN 0 ELSE {unpaid} END"
        self._params = {
            "pokok": accounts[SIMPANAN_POKOK],
            "wajib": accounts[SIMPANAN_WAJIB],
            "sukarela": accounts[SIMPANAN_SUKARELA],
            "piutang": accounts[PIUTANG_PINJAMAN],
            "monthly": monthly,
            # the last month whose wajib is overdue: the one before as_of's (see
            # domain.savings.wajib_months_in_arrears)
            "as_of": month_index(as_of) - 1,
        }

    _WAJIB_JOIN = (
        "LEFT JOIN member_balance bw ON bw.member_id = m.id AND bw.account_id = :wajib "
    )

    def _where(self) -> tuple[str, dict]:
        where, params = ["1 = 1"], dict(self._params)
        if self.search.strip():
            where.append(
                "(lower(m.number) LIKE lower(:q) ESCAPE '\\' "
                "OR lower(m.name) LIKE lower(:q) ESCAPE '\\' "
                "OR lower(m.phone) LIKE lower(:q) ESCAPE '\\')"
            )
            params["q"] = f"%{_escape_like(self.search.strip())}%"
        if self.group_id is not None:
            where.append("m.group_id = :group")
            params["group"] = self.group_id
        if self.status:
            where.append("m.status = :status")
            params["status"] = self.status
        if self.in_arrears:
            where.append(f"{self._arrears} > 0")
        return " AND ".join(where), params

    def _query(self) -> tuple[str, dict]:
        where, params = self._where()
        sql = (
            "SELECT m.number AS number, m.name AS name, g.name AS group_name, m.phone AS phone, "
            "m.status AS status, -(COALESCE(bp.balance, 0) + COALESCE(bw.balance, 0) "
            "+ COALESCE(bs.balance, 0)) AS savings, COALESCE(bl.balance, 0) AS loan, "
            f"{self._arrears} AS arrears, m.id AS id "
            "FROM member m LEFT JOIN member_group g ON g.id = m.group_id "
            "LEFT JOIN member_balance bp ON bp.member_id = m.id AND bp.account_id = :pokok "
            f"{self._WAJIB_JOIN}"
            "LEFT JOIN member_balance bs ON bs.member_id = m.id AND bs.account_id = :sukarela "
            "LEFT JOIN member_balance bl ON bl.member_id = m.id AND bl.account_id = :piutang "
            f"WHERE {where}"
        )
        return sql, params

    def count(self) -> int:
        """Counted over the member table alone (plus wajib balances for the arrears filter)."""
        where, params = self._where()
        join = self._WAJIB_JOIN if self.in_arrears else ""
        with self.sessions() as session:
            return session.scalar(text(f"SELECT COUNT(*) FROM member m {join}WHERE {where}"),
                                  params)

    def fetch(self, offset: int, limit: int) -> list[tuple]:
        sql, params = self._query()
        sql += f" ORDER BY {self.order}, number LIMIT :limit OFFSET :offset"
        with self.sessions() as session:
            rows = session.execute(text(sql), {**params, "limit": limit, "offset": offset}).all()
        return [(*row[:4], _status_label(row[4]), *row[5:]) for row in rows]

    def sort(self, column: int, descending: bool) -> None:
        self.order = self._SORT[column] + (" DESC" if descending else "")


def _status_label(status: str) -> str:
    return tr("Left") if status == "left" else tr("Active")
