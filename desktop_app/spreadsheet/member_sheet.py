"""The Anggota sheet's share of a workbook import: new members checked row by row, then
registered through the members service."""

from __future__ import annotations

from desktop_app.domain.member_status import MemberStatus
from desktop_app.i18n import tr
from desktop_app.services import members


class KnownMember:
    """A member the import can refer to: in the book already, or on the Anggota sheet."""

    __slots__ = ("id", "join_date", "row", "status")

    def __init__(self, member_id, join_date, status, row=None):
        self.id, self.join_date, self.status, self.row = member_id, join_date, status, row


class MemberImport:
    """New members of the workbook (`plan` is the whole import)."""

    def __init__(self, plan):
        self.plan, self.session = plan, plan.session
        self.new_members: list = []  # member records to insert

    def validate(self) -> None:
        sheet = self.plan._sheet("members")
        if sheet is None:
            return
        seen: dict[str, int] = {}
        for record in sheet.records:
            number = record.member_no
            if number in seen:
                self.plan._problem(sheet, record, "member_no", tr(
                    "member number {number} appears twice (also on row {row})",
                    number=number, row=seen[number]))
                continue
            seen[number] = record.row
            if number in self.plan.members:
                self.plan._problem(sheet, record, "member_no", tr(
                    "member {number} is already in the book", number=number))
                continue
            ok = True
            if not members.is_valid_nik(record.nik):
                self.plan._problem(sheet, record, "nik", tr("the NIK must be exactly 16 digits"))
                ok = False
            if record.birth_date and record.birth_date >= record.join_date:
                self.plan._problem(sheet, record, "birth_date",
                                   tr("the birth date must be before the joining date"))
                ok = False
            if record.exit_date and record.status != MemberStatus.LEFT:
                self.plan._problem(sheet, record, "exit_date",
                                   tr("an exit date needs the status Keluar (Left)"))
                ok = False
            elif record.exit_date and record.exit_date < record.join_date:
                self.plan._problem(sheet, record, "exit_date",
                                   tr("the exit date must not be before the joining date"))
                ok = False
            if ok:
                self.new_members.append(record)
                self.plan.members[number] = KnownMember(None, record.join_date,
                                               record.status or MemberStatus.ACTIVE, record.row)

    def post(self) -> None:
        if not self.new_members:
            return
        ids = members.register_imported(self.session, [members.ImportedMember(
            members.MemberInput(
                number=record.member_no, name=record.name, join_date=record.join_date,
                nik=record.nik, gender=record.gender, birth_date=record.birth_date,
                address=record.address, phone=record.phone,
                head_of_household=bool(record.head_of_household)),
            record.group, record.status or MemberStatus.ACTIVE, record.exit_date)
            for record in self.new_members], self.plan.batch_id, self.plan.taken_over)
        for number, member_id in ids.items():
            self.plan.members[number].id = member_id
