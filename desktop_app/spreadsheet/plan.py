"""Validating a workbook's records against the book, then posting them.

`Plan.validate()` checks every record and simulates the history in date order, in
memory, collecting every problem; `Plan.post()` writes what was validated, through the
services' draft builders and the bulk journal writer, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Account,
    ImportBatch,
    Loan,
    MarketDay,
    Member,
    Product,
)
from desktop_app.domain import allocation
from desktop_app.domain.accounts import (
    KAS,
    MODAL_DONASI,
    PIUTANG_PINJAMAN,
    SAVINGS_ACCOUNTS,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    EntryKind,
)
from desktop_app.domain.allocation import InstallmentState
from desktop_app.domain.dates import format_date
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.money import format_amount
from desktop_app.domain.savings import TYPE_OF_ACCOUNT
from desktop_app.domain.schedule import build_schedule, validate_terms
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit, inventory, loans, members
from desktop_app.services.ledger import EntryDraft, JournalWriter, credit, debit
from desktop_app.services.savings import deposit_draft, withdrawal_draft
from desktop_app.services.settings import Profile, closed_through
from desktop_app.spreadsheet import loan_terms
from desktop_app.spreadsheet.programme_sheets import ProgrammeImport
from desktop_app.spreadsheet.reader import ProblemList
from desktop_app.spreadsheet.records import SheetRecords, WorkbookRecords


class _Member:
    __slots__ = ("id", "join_date", "status", "row")

    def __init__(self, member_id, join_date, status, row=None):
        self.id, self.join_date, self.status, self.row = member_id, join_date, status, row


class _Loan:
    __slots__ = ("id", "states", "disbursed_on", "ends_on")

    def __init__(self, loan_id, states, disbursed_on, ends_on=None):
        self.id, self.states, self.disbursed_on = loan_id, states, disbursed_on
        self.ends_on = ends_on  # written off or settled at exit: no repayment after it


class _Product:
    __slots__ = ("id", "sale_price", "stock", "record")

    def __init__(self, product_id, sale_price, stock, record=None):
        self.id, self.sale_price, self.stock, self.record = product_id, sale_price, stock, record


class Plan:
    def __init__(self, session: Session, profile: Profile, records: WorkbookRecords):
        self.session = session
        self.profile = profile
        self.records = records
        self.closed = closed_through(session)
        self.problems = ProblemList()
        self.notices: list[str] = []
        self.members: dict[str, _Member] = {}
        self.new_members: list = []  # member records to insert
        self.taken_over: dict[str, int] = {}  # number -> id of a member from an undone batch
        self.savings: list = []  # (date, order, record, account, signed amount) in date order
        self.cash: list = []  # (record, account code, account type)
        self.loans: dict[str, _Loan] = {}  # by loan number: file loans and book loans used
        self.new_loans: list = []  # loan records to create
        self.applications: list = []  # loan records never paid out (applied, approved, rejected)
        self.repayments: list = []  # (record, split) in date order
        self.write_offs: list = []  # (loan record, principal written off)
        self.exits: dict = {}  # (member number, exit date) -> loan records settled then
        self.products: dict[str, _Product] = {}  # by code: file products and book ones used
        self.new_products: list = []  # product records to create
        self.sales: list = []  # (record, unit price) in date order
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

    def _member(self, sheet, record, key: str = "member_no") -> _Member | None:
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
        made = {"members": len(self.new_members), "savings": len(self.savings),
                "loans": len(self.new_loans) + len(self.applications),
                "repayments": len(self.repayments),
                "products": len(self.new_products), "sales": len(self.sales),
                "cash": len(self.cash), **self.programme_part.counts()}
        return {key: n for key, n in made.items() if n}

    def entry_count(self) -> int:
        return sum(self.counts().values())

    # ------------------------------------------------------------------ validation

    def validate(self) -> None:
        self._load_members()
        self._validate_members()
        self._validate_savings()
        self._validate_loans()
        self._validate_repayments()
        self._validate_loan_ends()
        self._validate_products()
        self._validate_sales()
        self._validate_cash()
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
                self.members[number] = _Member(member_id, join_date, status)

    def _validate_members(self) -> None:
        sheet = self._sheet("members")
        if sheet is None:
            return
        seen: dict[str, int] = {}
        for record in sheet.records:
            number = record.member_no
            if number in seen:
                self._problem(sheet, record, "member_no", tr(
                    "member number {number} appears twice (also on row {row})",
                    number=number, row=seen[number]))
                continue
            seen[number] = record.row
            if number in self.members:
                self._problem(sheet, record, "member_no", tr(
                    "member {number} is already in the book", number=number))
                continue
            ok = True
            if not members.is_valid_nik(record.nik):
                self._problem(sheet, record, "nik", tr("the NIK must be exactly 16 digits"))
                ok = False
            if record.birth_date and record.birth_date >= record.join_date:
                self._problem(sheet, record, "birth_date",
                              tr("the birth date must be before the joining date"))
                ok = False
            if record.exit_date and record.status != "left":
                self._problem(sheet, record, "exit_date",
                              tr("an exit date needs the status Keluar (Left)"))
                ok = False
            elif record.exit_date and record.exit_date < record.join_date:
                self._problem(sheet, record, "exit_date",
                              tr("the exit date must not be before the joining date"))
                ok = False
            if ok:
                self.new_members.append(record)
                self.members[number] = _Member(None, record.join_date,
                                               record.status or "active", record.row)

    def _validate_savings(self) -> None:
        sheet = self._sheet("savings")
        if sheet is None:
            return
        pokok_differs = 0
        moves = []
        for record in sheet.records:
            member = self._member(sheet, record)
            if not self._open_date(sheet, record) or member is None:
                continue
            deposit, withdrawal = record.deposit or 0, record.withdrawal or 0
            if bool(deposit) == bool(withdrawal):
                self._problem(sheet, record, "deposit" if not deposit else "withdrawal", tr(
                    "fill in either Setor or Tarik (one amount per row)"))
                continue
            if withdrawal and record.type != SIMPANAN_SUKARELA and member.status != "left":
                self._problem(sheet, record, "type", tr(
                    "only Sukarela can be withdrawn; Pokok and Wajib are returned only to a "
                    "member who has left (Status Keluar)"))
                continue
            if deposit and record.type == SIMPANAN_POKOK and deposit != self.profile.pokok_amount:
                pokok_differs += 1
            # deposits before withdrawals on the same day, then file order
            moves.append((record.date, 1 if withdrawal else 0, record.row, record,
                          record.type, withdrawal or -deposit))
        moves.sort(key=lambda m: m[:3])
        balances = self._savings_balances()
        for move in moves:
            _, _, _, record, account, amount = move
            key = (record.member_no, account)
            balance = balances.get(key, 0) + amount  # credits are negative
            if balance > 0:
                self._problem(sheet, record, "withdrawal", tr(
                    "the withdrawal of {amount} is more than the {balance} saved on {date}",
                    amount=self._money(amount), balance=self._money(amount - balance),
                    date=format_date(record.date)))
                continue
            balances[key] = balance
            self.savings.append(move)
        if pokok_differs:
            self.notices.append(tr(
                "{n} Simpanan Pokok deposit(s) differ from today's amount {amount}; the amounts "
                "in the file were kept as history.", n=pokok_differs,
                amount=self._money(self.profile.pokok_amount)))

    def _savings_balances(self) -> dict[tuple[str, str], int]:
        codes = ",".join(f"'{c}'" for c in SAVINGS_ACCOUNTS)
        rows = self.session.execute(text(
            "SELECT m.number, a.code, b.balance FROM member_balance b "
            "JOIN member m ON m.id = b.member_id JOIN account a ON a.id = b.account_id "
            f"WHERE a.code IN ({codes})"))
        return {(number, code): balance for number, code, balance in rows}

    def _validate_cash(self) -> None:
        sheet = self._sheet("cash")
        if sheet is None:
            return
        accounts = {code: (kind, active) for code, kind, active in self.session.execute(
            select(Account.code, Account.type, Account.active))}
        member_accounts = {*SAVINGS_ACCOUNTS, PIUTANG_PINJAMAN}
        for record in sheet.records:
            if not self._open_date(sheet, record):
                continue
            code = record.account
            if code not in accounts:
                self._problem(sheet, record, "account", tr(
                    "there is no account {code} in the chart of accounts", code=code))
                continue
            if not accounts[code][1]:
                self._problem(sheet, record, "account", tr("account {code} is closed", code=code))
                continue
            if code == KAS:
                self._problem(sheet, record, "account", tr(
                    "write the other account here, not Kas itself: Masuk and Keluar already "
                    "are Kas"))
                continue
            if code in member_accounts:
                self._problem(sheet, record, "account", tr(
                    "account {code} belongs to members; use the Simpanan or Pinjaman sheet",
                    code=code))
                continue
            if record.member_no is not None and self._member(sheet, record) is None:
                continue
            cash_in, cash_out = record.cash_in or 0, record.cash_out or 0
            if bool(cash_in) == bool(cash_out):
                self._problem(sheet, record, "cash_in" if not cash_in else "cash_out", tr(
                    "fill in either Masuk or Keluar (one amount per row)"))
                continue
            self.cash.append((record, code, accounts[code][0]))

    def _validate_loans(self) -> None:
        sheet = self._sheet("loans")
        if sheet is None:
            return
        taken = set(self.session.scalars(select(Loan.number)))
        seen: dict[str, int] = {}
        for record in sheet.records:
            if record.loan_no in seen or record.loan_no in taken:
                self._problem(sheet, record, "loan_no", tr(
                    "loan number {number} appears twice (also on row {row})",
                    number=record.loan_no, row=seen[record.loan_no])
                    if record.loan_no in seen else
                    tr("loan {number} is already in the book", number=record.loan_no))
                continue
            seen[record.loan_no] = record.row
            member = self._member(sheet, record)
            if record.application or record.disbursed_on is None:
                if member is not None:
                    self._validate_application(sheet, record)
                continue
            if not self._open_date(sheet, record, "disbursed_on") or member is None:
                continue
            if record.principal <= 0:
                self._problem(sheet, record, "principal", tr("the loan amount must be above zero"))
                continue
            if (record.admin_fee or 0) >= record.principal:
                self._problem(sheet, record, "admin_fee",
                              tr("the admin fee must be below the loan amount"))
                continue
            try:
                options = loan_terms.options_from(record)
                validate_terms(record.principal, record.rate, record.term, record.method,
                               options, record.disbursed_on)
                rows = build_schedule(record.principal, record.rate, record.term, record.method,
                                      record.disbursed_on, options=options)
            except ValidationError as exc:
                self._problem(sheet, record, None, exc.message)
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
            self._problem(sheet, record, "disbursed_on", tr("this cell must be filled in"))
        elif record.disbursed_on or record.written_off_on or record.settled_at_exit_on:
            self._problem(sheet, record, "application", tr(
                "a loan that was paid out has no application status; leave this cell empty"))
        elif record.applied_on is None:
            self._problem(sheet, record, "applied_on", tr(
                "fill in the application date of a loan that was not paid out"))
        elif record.principal <= 0 or (record.admin_fee or 0) >= record.principal:
            self._problem(sheet, record, "principal", tr(
                "the loan amount must be above zero and above the admin fee"))
        else:
            try:
                validate_terms(record.principal, record.rate, record.term, record.method)
            except ValidationError as exc:
                self._problem(sheet, record, None, exc.message)
                return
            self.applications.append(record)

    def _loan_end(self, sheet, record, member: _Member) -> date | None | bool:
        """The date a loan was written off or settled at its member's exit (None if
        neither), or False after reporting a problem."""
        if record.written_off_on and record.settled_at_exit_on:
            self._problem(sheet, record, "settled_at_exit_on", tr(
                "a loan is either written off or settled at exit, not both"))
            return False
        key = "written_off_on" if record.written_off_on else "settled_at_exit_on"
        ends_on = getattr(record, key)
        if ends_on is None:
            return None
        if not self._open_date(sheet, record, key):
            return False
        if ends_on < record.disbursed_on:
            self._problem(sheet, record, key, tr(
                "this date is before the loan was paid out ({date})",
                date=format_date(record.disbursed_on)))
            return False
        if key == "settled_at_exit_on" and member.status != "left":
            self._problem(sheet, record, key, tr(
                "member {number} is not marked as left (Status Keluar)", number=record.member_no))
            return False
        return ends_on

    def _book_loan(self, number: str) -> _Loan | None:
        loan = self.session.scalar(select(Loan).where(Loan.number == number))
        if loan is None or loan.status != LoanStatus.ACTIVE:
            return None
        self.loans[number] = _Loan(loan.id, loans.states_of(loan), loan.disbursed_on)
        return self.loans[number]

    def _validate_repayments(self) -> None:
        sheet = self._sheet("repayments")
        if sheet is None:
            return
        for record in sorted(sheet.records, key=lambda r: (r.date, r.row)):
            loan = self.loans.get(record.loan_no) or self._book_loan(record.loan_no)
            if loan is None:
                self._problem(sheet, record, "loan_no", tr(
                    "there is no open loan {number} in the book or in the Pinjaman sheet",
                    number=record.loan_no))
                continue
            if not self._open_date(sheet, record):
                continue
            if loan.ends_on and record.date > loan.ends_on:
                self._problem(sheet, record, "date", tr(
                    "loan {number} was written off or settled at exit on {date}; no repayment "
                    "can follow", number=record.loan_no, date=format_date(loan.ends_on)))
                continue
            if record.date < loan.disbursed_on:
                self._problem(sheet, record, "date", tr(
                    "the repayment is dated before the loan was paid out ({date})",
                    date=format_date(loan.disbursed_on)))
                continue
            if not any(state.unpaid_principal for state in loan.states):
                self._problem(sheet, record, "loan_no", tr(
                    "loan {number} is already paid off", number=record.loan_no))
                continue
            try:
                split = _repayment_split(loan.states, record.amount, record.date,
                                         self.profile.minor_digits)
            except ValidationError as exc:
                self._problem(sheet, record, "amount", exc.message)
                continue
            loan.states = allocation.apply(loan.states, split)
            self.repayments.append((record, split))

    def _validate_loan_ends(self) -> None:
        """A write-off takes the principal still unpaid after the file's repayments; an
        exit settles every loan of the member still open, as the app's exit does."""
        sheet = self._sheet("loans")
        if sheet is None:
            return
        for record in self.new_loans:
            unpaid = sum(s.unpaid_principal for s in self.loans[record.loan_no].states)
            if record.written_off_on:
                if unpaid:
                    self.write_offs.append((record, unpaid))
                else:
                    self._problem(sheet, record, "written_off_on", tr(
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
                self._problem(sheet, record, "settled_at_exit_on", tr(
                    "member {number} left on {date} with loans settled from her savings; this "
                    "loan is still open, so settle it on that date too",
                    number=record.member_no, date=format_date(exit_on)))
        for number, on in self.exits:
            member_id = self.members[number].id
            if member_id is not None and self.session.scalar(select(func.count(Loan.id)).where(
                    Loan.member_id == member_id, Loan.status == LoanStatus.ACTIVE)):
                self._problem(sheet, next(r for r in self.new_loans
                                          if r.member_no == number and r.settled_at_exit_on),
                              "settled_at_exit_on", tr(
                                  "member {number} has a running loan in the book; record its "
                                  "repayments before settling her loans at exit",
                                  number=number))

    def _first_date(self) -> date:
        """Opening stock is dated on the workbook's first date (or today)."""
        where = {"savings": "date", "loans": "disbursed_on", "repayments": "date",
                 "sales": "date", "cash": "date"}
        days = [getattr(r, name) for key, name in where.items() for r in self.records.records(key)]
        return min((day for day in days if day), default=date.today())

    def _validate_products(self) -> None:
        sheet = self._sheet("products")
        if sheet is None:
            return
        taken = {c.lower() for c in self.session.scalars(select(Product.code))}
        seen: dict[str, int] = {}
        self.opening_date = self._first_date()
        for record in sheet.records:
            key = record.code.lower()
            if key in seen or key in taken:
                self._problem(sheet, record, "code", tr(
                    "product code {code} appears twice (also on row {row})",
                    code=record.code, row=seen[key]) if key in seen else
                    tr("product {code} is already in the book", code=record.code))
                continue
            seen[key] = record.row
            if record.owner:
                owner = self._member(sheet, record, "owner")
                if owner is None:
                    continue
                if owner.status == "left":
                    self._problem(sheet, record, "owner", tr(
                        "member {number} has left; she cannot own products", number=record.owner))
                    continue
            if record.opening_stock and self.closed and self.opening_date <= self.closed:
                self._problem(sheet, record, "opening_stock", tr(
                    "opening stock would be dated {date}, in the closed period",
                    date=format_date(self.opening_date)))
                continue
            self.products[key] = _Product(None, record.sale_price, record.opening_stock or 0,
                                          record)
            self.new_products.append(record)

    def _book_product(self, code: str) -> _Product | None:
        row = self.session.execute(select(Product.id, Product.sale_price, Product.active)
                                   .where(func.lower(Product.code) == code)).first()
        if row is None or not row.active:
            return None
        self.products[code] = _Product(row.id, row.sale_price,
                                       inventory.stock_of(self.session, row.id))
        return self.products[code]

    def _validate_sales(self) -> None:
        sheet = self._sheet("sales")
        if sheet is None:
            return
        for record in sorted(sheet.records, key=lambda r: (r.date, r.row)):
            key = record.code.lower()
            product = self.products.get(key) or self._book_product(key)
            if product is None:
                self._problem(sheet, record, "code", tr(
                    "there is no product {code} in the book or in the Produk sheet",
                    code=record.code))
                continue
            if not self._open_date(sheet, record):
                continue
            if record.quantity <= 0:
                self._problem(sheet, record, "quantity", tr("the quantity must be above zero"))
                continue
            price = record.unit_price or product.sale_price
            if price <= 0:
                self._problem(sheet, record, "unit_price", tr("the sale price must be above zero"))
                continue
            if record.quantity > product.stock:
                self._problem(sheet, record, "quantity", tr(
                    "only {stock} left in stock on {date}; cannot sell {quantity}",
                    stock=product.stock, date=format_date(record.date), quantity=record.quantity))
                continue
            product.stock -= record.quantity
            self.sales.append((record, price))

    # ------------------------------------------------------------------ posting

    def post(self, batch_id: int, progress: Callable[[int], None]) -> None:
        self.batch_id = batch_id
        self.writer = JournalWriter(self.session, batch_id=batch_id)
        self._post_members()
        done = 0
        for draft in self._drafts():
            self.writer.add(draft)
            done += 1
            if done % 2000 == 0:
                progress(done)
        done += self._post_loans()
        progress(done)
        done += self._post_stock()
        progress(done)
        self.programme_part.post(batch_id)
        self.writer.flush()
        audit.record(self.session, "import.post", "import_batch", batch_id,
                     entries=self.writer.written)

    def _drafts(self):
        for _, _, _, record, account, amount in self.savings:
            member_id = self.members[record.member_no].id
            if amount < 0:
                yield deposit_draft(member_id, TYPE_OF_ACCOUNT[account], -amount, record.date,
                                    record.note)
            elif account == SIMPANAN_SUKARELA:
                yield withdrawal_draft(member_id, amount, record.date, record.note)
            else:
                yield _returned_savings_draft(member_id, account, amount, record.date, record.note)
        for record, code, kind in self.cash:
            member = self.members[record.member_no].id if record.member_no else None
            yield _cash_draft(record, code, kind, member)

    def _post_loans(self) -> int:
        made = loans.create_loans_from_history(self.session, [loans.PastLoan(
            number=record.loan_no, member_id=self.members[record.member_no].id,
            principal=record.principal, monthly_rate=record.rate, term_months=record.term,
            method=record.method, admin_fee=record.admin_fee or 0,
            disbursed_on=record.disbursed_on, purpose=record.purpose,
            guarantor_name=record.guarantor, options=loan_terms.options_from(record))
            for record in self.new_loans], self.batch_id)
        for record, loan in zip(self.new_loans, made, strict=True):
            self.loans[record.loan_no].id = loan.loan_id
            self.writer.add(loan.draft)
        self.writer.flush()
        for record in self.applications:
            decided = record.applied_on if record.application != LoanStatus.APPLIED else None
            self.session.add(Loan(
                number=record.loan_no, member_id=self.members[record.member_no].id,
                principal=record.principal, monthly_rate=record.rate, term_months=record.term,
                method=record.method, admin_fee=record.admin_fee or 0, purpose=record.purpose,
                guarantor_name=record.guarantor, status=record.application,
                applied_on=record.applied_on, approved_on=decided, batch_id=self.batch_id,
                outstanding=0, exit_settled=0))
        self.session.flush()
        loans.record_past_repayments(self.session, [
            loans.PastRepayment(self.loans[record.loan_no].id, record.date, split, record.note)
            for record, split in self.repayments], self.batch_id)
        self._post_loan_ends()
        return len(self.new_loans) + len(self.applications) + len(self.repayments)

    def _post_loan_ends(self) -> None:
        for record, amount in self.write_offs:
            loan = self.session.get(Loan, self.loans[record.loan_no].id)
            draft = loans.write_off_draft(loan.member_id, loan.id, loan.number, amount,
                                          record.written_off_on)
            self.writer.add(replace(draft, batch_id=self.batch_id))
            loans.mark_written_off(loan, record.written_off_on)
        for number, on in self.exits:
            member_id = self.members[number].id
            lines = loans.settle_for_exit(self.session, member_id, on)
            if lines:
                paid_in = -sum(line.amount for line in lines)
                self.writer.add(EntryDraft(
                    on, EntryKind.MEMBER_EXIT, tr("Loans settled from savings at exit"),
                    [debit(KAS, paid_in), *lines], batch_id=self.batch_id))
        self.writer.flush()

    def _post_stock(self) -> int:
        for record in self.new_products:
            self.products[record.code.lower()].id = inventory.create_product(
                self.session, inventory.ProductInput(
                    code=record.code, name=record.name, sale_price=record.sale_price,
                    cost_price=record.cost_price or 0, unit=record.unit or "pcs",
                    min_stock=record.min_stock or 0, owner_number=record.owner,
                    commission_percent=record.commission or Decimal(0)),
                batch_id=self.batch_id)
        posting = inventory.StockPosting(self.session, self.writer)
        infos = {}

        def info(key: str):
            if key not in infos:
                infos[key] = inventory.get_product(self.session, self.products[key].id)
            return infos[key]

        for record in self.new_products:
            if record.opening_stock:
                posting.opening(info(record.code.lower()), record.opening_stock,
                                self.opening_date, self.batch_id)
        markets: dict[tuple[date, str], int] = {}
        for record, price in self.sales:
            market_day = None
            if record.market:
                market_day = markets.get((record.date, record.market))
                if market_day is None:
                    day = MarketDay(date=record.date, market=record.market, status="closed")
                    self.session.add(day)
                    self.session.flush()
                    market_day = markets[(record.date, record.market)] = day.id
            posting.sale(info(record.code.lower()), record.quantity, price, record.date,
                         market_day, self.batch_id)
        posting.flush()
        return len(self.new_products) + len(self.sales)

    def _post_members(self) -> None:
        if not self.new_members:
            return
        ids = members.register_imported(self.session, [members.ImportedMember(
            members.MemberInput(
                number=record.member_no, name=record.name, join_date=record.join_date,
                nik=record.nik, gender=record.gender, birth_date=record.birth_date,
                address=record.address, phone=record.phone,
                head_of_household=bool(record.head_of_household)),
            record.group, record.status or "active", record.exit_date)
            for record in self.new_members], self.batch_id, self.taken_over)
        for number, member_id in ids.items():
            self.members[number].id = member_id


def _repayment_split(states, amount: int, on: date, minor_digits: int) -> allocation.Split:
    """The split of a historical payment: exactly the early-payoff quote on its date
    closes the loan as an early payoff did (interest not yet due is not charged);
    any other amount goes oldest installment first."""
    payoff = allocation.payoff_split(states, on)
    if amount == payoff.total and amount < allocation.total_owed(states, on):
        return payoff
    return allocation.allocate(states, amount, on, minor_digits=minor_digits)


def _returned_savings_draft(member_id: int, account: str, amount: int, on: date,
                            note: str | None) -> EntryDraft:
    """Pokok or wajib paid back to a member who left: Dr Simpanan [m]; Cr Kas."""
    return EntryDraft(on, EntryKind.MEMBER_EXIT,
                      note or tr("Savings returned to a member who left"),
                      [debit(account, amount, member_id=member_id), credit(KAS, amount)])


def _cash_draft(record, code: str, account_type: str, member_id: int | None) -> EntryDraft:
    """Masuk: Dr Kas; Cr account [member]. Keluar: Dr account [member]; Cr Kas."""
    if record.cash_in:
        kind = (EntryKind.GRANT if code == MODAL_DONASI else
                EntryKind.INCOME if account_type == "income" else EntryKind.TRANSFER)
        return EntryDraft(record.date, kind, record.note or tr("Cash in"),
                          [debit(KAS, record.cash_in),
                           credit(code, record.cash_in, member_id=member_id)])
    kind = EntryKind.EXPENSE if account_type == "expense" else EntryKind.TRANSFER
    return EntryDraft(record.date, kind, record.note or tr("Cash out"),
                      [debit(code, record.cash_out, member_id=member_id),
                       credit(KAS, record.cash_out)])


