"""The Pinjaman and Angsuran sheets' share of a workbook import: loans with their
schedules, repayments split in date order, write-offs and settlements at exit; posted
in bulk through the loan service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from desktop_app.db.models import Loan
from desktop_app.domain import allocation
from desktop_app.domain.allocation import InstallmentState
from desktop_app.domain.dates import format_date
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.postings import loans_settled_at_exit_draft, write_off_draft
from desktop_app.domain.schedule import build_schedule, validate_terms
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import loan_history, loan_state, loans
from desktop_app.spreadsheet import loan_terms


class _Loan:
    """A loan as the import simulates it: its installments' state as repayments come."""

    __slots__ = ("disbursed_on", "ends_on", "id", "states")

    def __init__(self, loan_id, states, disbursed_on, ends_on=None):
        self.id, self.states, self.disbursed_on = loan_id, states, disbursed_on
        self.ends_on = ends_on  # written off or settled at exit: no repayment after it


class LoanImport:
    """Loans and repayments of the workbook (`plan` is the whole import)."""

    def __init__(self, plan):
        self.plan, self.session = plan, plan.session
        self.loans: dict[str, _Loan] = {}  # by loan number: file loans and book loans used
        self.new_loans: list = []  # loan records to create
        self.applications: list = []  # loan records never paid out (applied, approved, rejected)
        self.repayments: list = []  # (record, split) in date order
        self.write_offs: list = []  # (loan record, principal written off)
        self.exits: dict = {}  # (member number, exit date) -> loan records settled then

    def validate(self) -> None:
        self._validate_loans()
        self._validate_repayments()
        self._validate_loan_ends()

    def _validate_loans(self) -> None:
        sheet = self.plan._sheet("loans")
        if sheet is None:
            return
        taken = set(self.session.scalars(select(Loan.number)))
        seen: dict[str, int] = {}
        for record in sheet.records:
            if record.loan_no in seen or record.loan_no in taken:
                self.plan._problem(sheet, record, "loan_no", tr(
                    "loan number {number} appears twice (also on row {row})",
                    number=record.loan_no, row=seen[record.loan_no])
                    if record.loan_no in seen else
                    tr("loan {number} is already in the book", number=record.loan_no))
                continue
            seen[record.loan_no] = record.row
            member = self.plan._member(sheet, record)
            if record.application or record.disbursed_on is None:
                if member is not None:
                    self._validate_application(sheet, record)
                continue
            if not self.plan._open_date(sheet, record, "disbursed_on") or member is None:
                continue
            if record.principal <= 0:
                self.plan._problem(sheet, record, "principal", tr("the loan amount must be above zero"))
                continue
            if (record.admin_fee or 0) >= record.principal:
                self.plan._problem(sheet, record, "admin_fee",
                                   tr("the admin fee must be below the loan amount"))
                continue
            try:
                options = loan_terms.options_from(record)
                validate_terms(record.principal, record.rate, record.term, record.method,
                               options, record.disbursed_on)
                rows = build_schedule(record.principal, record.rate, record.term, record.method,
                                      record.disbursed_on, options=options)
            except ValidationError as exc:
                self.plan._problem(sheet, record, None, exc.message)
                continue
            ends_on = self._loan_end(sheet, record, member)
            if ends_on is False:
                continue
            states = [InstallmentState(r.number, r.due_date, r.principal, r.interest) for r in rows]
            self.loans[record.loan_no] = _Loan(None, states, record.disbursed_on, ends_on)
            self.new_loans.append(record)

    def _validate_application(self, sheet, record) -> None:
        """A loan never paid out: its state and application date, nothing to post."""
        if record.application is None:
            self.plan._problem(sheet, record, "disbursed_on", tr("this cell must be filled in"))
        elif record.disbursed_on or record.written_off_on or record.settled_at_exit_on:
            self.plan._problem(sheet, record, "application", tr(
                "a loan that was paid out has no application status; leave this cell empty"))
        elif record.applied_on is None:
            self.plan._problem(sheet, record, "applied_on", tr(
                "fill in the application date of a loan that was not paid out"))
        elif record.principal <= 0 or (record.admin_fee or 0) >= record.principal:
            self.plan._problem(sheet, record, "principal", tr(
                "the loan amount must be above zero and above the admin fee"))
        else:
            try:
                validate_terms(record.principal, record.rate, record.term, record.method)
            except ValidationError as exc:
                self.plan._problem(sheet, record, None, exc.message)
                return
            self.applications.append(record)

    def _loan_end(self, sheet, record, member) -> date | None | bool:
        """The date a loan was written off or settled at its member's exit (None if
        neither), or False after reporting a problem."""
        if record.written_off_on and record.settled_at_exit_on:
            self.plan._problem(sheet, record, "settled_at_exit_on", tr(
                "a loan is either written off or settled at exit, not both"))
            return False
        key = "written_off_on" if record.written_off_on else "settled_at_exit_on"
        ends_on = getattr(record, key)
        if ends_on is None:
            return None
        if not self.plan._open_date(sheet, record, key):
            return False
        if ends_on < record.disbursed_on:
            self.plan._problem(sheet, record, key, tr(
                "this date is before the loan was paid out ({date})",
                date=format_date(record.disbursed_on)))
            return False
        if key == "settled_at_exit_on" and member.status != MemberStatus.LEFT:
            self.plan._problem(sheet, record, key, tr(
                "member {number} is not marked as left (Status Keluar)", number=record.member_no))
            return False
        return ends_on

    def _book_loan(self, number: str) -> _Loan | None:
        loan = self.session.scalar(select(Loan).where(Loan.number == number))
        if loan is None or loan.status != LoanStatus.ACTIVE:
            return None
        self.loans[number] = _Loan(loan.id, loan_state.states_of(loan), loan.disbursed_on)
        return self.loans[number]

    def _validate_repayments(self) -> None:
        sheet = self.plan._sheet("repayments")
        if sheet is None:
            return
        for record in sorted(sheet.records, key=lambda r: (r.date, r.row)):
            loan = self.loans.get(record.loan_no) or self._book_loan(record.loan_no)
            if loan is None:
                self.plan._problem(sheet, record, "loan_no", tr(
                    "there is no open loan {number} in the book or in the Pinjaman sheet",
                    number=record.loan_no))
                continue
            if not self.plan._open_date(sheet, record):
                continue
            if loan.ends_on and record.date > loan.ends_on:
                self.plan._problem(sheet, record, "date", tr(
                    "loan {number} was written off or settled at exit on {date}; no repayment "
                    "can follow", number=record.loan_no, date=format_date(loan.ends_on)))
                continue
            if record.date < loan.disbursed_on:
                self.plan._problem(sheet, record, "date", tr(
                    "the repayment is dated before the loan was paid out ({date})",
                    date=format_date(loan.disbursed_on)))
                continue
            if not any(state.unpaid_principal for state in loan.states):
                self.plan._problem(sheet, record, "loan_no", tr(
                    "loan {number} is already paid off", number=record.loan_no))
                continue
            try:
                split = _repayment_split(loan.states, record.amount, record.date,
                                         self.plan.profile.minor_digits)
            except ValidationError as exc:
                self.plan._problem(sheet, record, "amount", exc.message)
                continue
            loan.states = allocation.apply(loan.states, split)
            self.repayments.append((record, split))

    def _validate_loan_ends(self) -> None:
        """A write-off takes the principal still unpaid after the file's repayments; an
        exit settles every loan of the member still open, as the app's exit does."""
        sheet = self.plan._sheet("loans")
        if sheet is None:
            return
        for record in self.new_loans:
            unpaid = sum(s.unpaid_principal for s in self.loans[record.loan_no].states)
            if record.written_off_on:
                if unpaid:
                    self.write_offs.append((record, unpaid))
                else:
                    self.plan._problem(sheet, record, "written_off_on", tr(
                        "loan {number} is fully repaid; there is nothing to write off",
                        number=record.loan_no))
            elif record.settled_at_exit_on:
                self.exits.setdefault((record.member_no, record.settled_at_exit_on), [])
        for record in self.new_loans:
            open_ = any(s.unpaid_principal for s in self.loans[record.loan_no].states)
            if not open_ or record.written_off_on:
                continue
            exit_on = next((on for number, on in self.exits if number == record.member_no), None)
            if exit_on is None:
                continue
            if record.settled_at_exit_on != exit_on:
                self.plan._problem(sheet, record, "settled_at_exit_on", tr(
                    "member {number} left on {date} with loans settled from her savings; this "
                    "loan is still open, so settle it on that date too",
                    number=record.member_no, date=format_date(exit_on)))
        for number, on in self.exits:
            member_id = self.plan.members[number].id
            if member_id is not None and self.session.scalar(select(func.count(Loan.id)).where(
                    Loan.member_id == member_id, Loan.status == LoanStatus.ACTIVE)):
                self.plan._problem(sheet, next(r for r in self.new_loans
                                               if r.member_no == number and r.settled_at_exit_on),
                              "settled_at_exit_on", tr(
                                  "member {number} has a running loan in the book; record its "
                                  "repayments before settling her loans at exit",
                                  number=number))

    def post(self) -> int:
        made = loan_history.create_loans_from_history(self.session, [loan_history.PastLoan(
            number=record.loan_no, member_id=self.plan.members[record.member_no].id,
            principal=record.principal, monthly_rate=record.rate, term_months=record.term,
            method=record.method, admin_fee=record.admin_fee or 0,
            disbursed_on=record.disbursed_on, purpose=record.purpose,
            guarantor_name=record.guarantor, options=loan_terms.options_from(record))
            for record in self.new_loans], self.plan.batch_id)
        for record, loan in zip(self.new_loans, made, strict=True):
            self.loans[record.loan_no].id = loan.loan_id
            self.plan.writer.add(loan.draft)
        self.plan.writer.flush()
        for record in self.applications:
            decided = record.applied_on if record.application != LoanStatus.APPLIED else None
            self.session.add(Loan(
                number=record.loan_no, member_id=self.plan.members[record.member_no].id,
                principal=record.principal, monthly_rate=record.rate, term_months=record.term,
                method=record.method, admin_fee=record.admin_fee or 0, purpose=record.purpose,
                guarantor_name=record.guarantor, status=record.application,
                applied_on=record.applied_on, approved_on=decided, batch_id=self.plan.batch_id,
                outstanding=0, exit_settled=0))
        self.session.flush()
        loan_history.record_past_repayments(self.session, [
            loan_history.PastRepayment(self.loans[record.loan_no].id, record.date, split,
                                       record.note)
            for record, split in self.repayments], self.plan.batch_id)
        self._post_loan_ends()
        return len(self.new_loans) + len(self.applications) + len(self.repayments)

    def _post_loan_ends(self) -> None:
        for record, amount in self.write_offs:
            loan = self.session.get(Loan, self.loans[record.loan_no].id)
            draft = write_off_draft(loan.member_id, loan.id, loan.number, amount,
                                    record.written_off_on)
            self.plan.writer.add(replace(draft, batch_id=self.plan.batch_id))
            loan_state.mark_written_off(loan, record.written_off_on)
        for number, on in self.exits:
            member_id = self.plan.members[number].id
            lines = loans.settle_for_exit(self.session, member_id, on)
            if lines:
                self.plan.writer.add(replace(loans_settled_at_exit_draft(on, lines),
                                             batch_id=self.plan.batch_id))
        self.plan.writer.flush()


def _repayment_split(states, amount: int, on: date, minor_digits: int) -> allocation.Split:
    """The split of a historical payment: exactly the early-payoff quote on its date
    closes the loan as an early payoff did (interest not yet due is not charged);
    any other amount goes oldest installment first."""
    payoff = allocation.payoff_split(states, on)
    if amount == payoff.total and amount < allocation.total_owed(states, on):
        return payoff
    return allocation.allocate(states, amount, on, minor_digits=minor_digits)
