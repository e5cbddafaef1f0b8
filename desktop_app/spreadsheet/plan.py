"""Validating a workbook's records against the book, then posting them.

`Plan.validate()` checks every record and simulates the history in date order, in
memory, collecting every problem; `Plan.post()` writes what was validated, through the
services' draft builders and the bulk journal writer, in the caller's transaction.
Each sheet's share lives in its own module (`member_sheet`, `savings_sheets`,
`loan_sheets`, `stock_sheets`, `programme_sheets`); the plan holds what they share: the
members known by number, the problem list, the closed period and the journal writer.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ImportBatch, Member
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.ledger import JournalWriter
from desktop_app.services.settings import Profile, closed_through
from desktop_app.spreadsheet.loan_sheets import LoanImport
from desktop_app.spreadsheet.member_sheet import KnownMember, MemberImport
from desktop_app.spreadsheet.programme_sheets import ProgrammeImport
from desktop_app.spreadsheet.reader import ProblemList
from desktop_app.spreadsheet.records import SheetRecords, WorkbookRecords
from desktop_app.spreadsheet.savings_sheets import SavingsImport
from desktop_app.spreadsheet.stock_sheets import StockImport


class Plan:
    def __init__(self, session: Session, profile: Profile, records: WorkbookRecords):
        self.session = session
        self.profile = profile
        self.records = records
        self.closed = closed_through(session)
        self.problems = ProblemList()
        self.notices: list[str] = []
        self.members: dict[str, KnownMember] = {}  # by number: the book's and the file's
        self.taken_over: dict[str, int] = {}  # number -> id of a member from an undone batch
        self.member_part = MemberImport(self)
        self.savings_part = SavingsImport(self)
        self.loan_part = LoanImport(self)
        self.stock_part = StockImport(self)
        self.programme_part = ProgrammeImport(self)

    # ------------------------------------------------------------------ helpers

    def _sheet(self, key: str) -> SheetRecords | None:
        return self.records.sheets.get(key)

    def _problem(self, sheet: SheetRecords, record, key: str | None, message: str) -> None:
        self.problems.append(sheet.problem(record, key, message))

    def _open_date(self, sheet, record, key: str = "date") -> bool:
        day = getattr(record, key)
        if self.closed and day <= self.closed:
            self._problem(sheet, record, key, tr(
                "the books are closed through {date}; this date cannot be imported",
                date=format_date(self.closed)))
            return False
        return True

    def _member(self, sheet, record, key: str = "member_no") -> KnownMember | None:
        member = self.members.get(getattr(record, key))
        if member is None:
            self._problem(sheet, record, key, tr(
                "there is no member {number} in the book or in the Anggota sheet",
                number=getattr(record, key)))
        return member

    def _money(self, amount: int) -> str:
        return format_amount(amount, self.profile.minor_digits, self.profile.currency)

    def counts(self) -> dict[str, int]:
        """What would be created, per sheet (sheets with nothing left out)."""
        loans, stock = self.loan_part, self.stock_part
        made = {"members": len(self.member_part.new_members),
                "savings": len(self.savings_part.savings),
                "loans": len(loans.new_loans) + len(loans.applications),
                "repayments": len(loans.repayments),
                "products": len(stock.new_products), "sales": len(stock.sales),
                "cash": len(self.savings_part.cash), **self.programme_part.counts()}
        return {key: n for key, n in made.items() if n}

    def entry_count(self) -> int:
        return sum(self.counts().values())

    # ------------------------------------------------------------------ validation

    def validate(self) -> None:
        self._load_members()
        self.member_part.validate()
        self.savings_part.validate_savings()
        self.loan_part.validate()
        self.stock_part.validate()
        self.savings_part.validate_cash()
        self.programme_part.validate()

    def _load_members(self) -> None:
        undone = select(ImportBatch.id).where(ImportBatch.undone_at.is_not(None))
        for member_id, number, join_date, status, from_undone in self.session.execute(
            select(Member.id, Member.number, Member.join_date, Member.status,
                   Member.batch_id.in_(undone))
        ):
            if from_undone:
                self.taken_over[number] = member_id
            else:
                self.members[number] = KnownMember(member_id, join_date, status)

    # ------------------------------------------------------------------ posting

    def post(self, batch_id: int, progress: Callable[[int], None]) -> None:
        self.batch_id = batch_id
        self.writer = JournalWriter(self.session, batch_id=batch_id, batch_size=10_000)
        self.member_part.post()
        done = 0
        entries = self.savings_part.entries()
        while rows := list(islice(entries, 5000)):
            self.writer.add_many(rows)
            done += len(rows)
            progress(done)
        for draft in self.savings_part.cash_drafts():
            self.writer.add(draft)
            done += 1
        done += self.loan_part.post()
        progress(done)
        done += self.stock_part.post()
        progress(done)
        self.programme_part.post(batch_id)
        self.writer.flush()
        audit.record(self.session, "import.post", "import_batch", batch_id,
                     entries=self.writer.written)
