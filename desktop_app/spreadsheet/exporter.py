"""Exporting the book to the workbook format (DESIGN.md section 5).

The movement sheets are written so that the export re-imports into an empty book with
the same balances. Each posted entry (reversed pairs left out) lands on exactly one sheet:
savings lines on Simpanan, loans on Pinjaman/Angsuran, sales on Penjualan, and every
other line on Kas (Kas is implied: a credit to an account is Masuk, a debit is Keluar).
Translations keep balances exact where the format has no column for a thing:
- a repayment's penalty (denda) is a Kas row on Pendapatan Denda, since imported loans
  carry no penalty; Angsuran holds the interest and principal;
- stock bought or adjusted is part of Stok Awal (quantities) and its journal lines
  appear on Kas with Persediaan replaced by Ekuitas Saldo Awal, because the import
  posts Stok Awal against Ekuitas Saldo Awal at cost;
- a loan's end is a date on Pinjaman: Tanggal Hapus Buku for a write-off, Tanggal Lunas
  Saat Keluar for a member's exit netted against her loan. The exit entry's savings
  lines are Tarik rows on Simpanan like any other; the import then pays the loan's
  remaining principal into Kas, so Kas nets to what the member was paid out.

Date range (`date_from`, `date_to`): master sheets (Anggota, Pinjaman, Produk) are
whole; movement sheets (Simpanan, Angsuran, Penjualan, Kas) hold only movements in the
range; Stok Awal is the stock bought up to `date_to`; computed sheets show balances as
of `date_to` (default: everything). A range export is a report, not a re-importable
copy of the book (its movements before `date_from` are missing).

Kept as one module (over 400 lines): the rules above tie the sheets to each other (an
entry lands on exactly one sheet), so the sheet writers of `_Export` share its state (the
range, the entries the format cannot hold, the rows counted for progress) and are read side by
side to check that nothing is written twice or lost.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import and_, case, func, select, text
from sqlalchemy.orm import Session, aliased

from desktop_app.db.models import (
    Account,
    JointLiability,
    JournalEntry,
    JournalLine,
    Loan,
    LoanInstallment,
    LoanRepayment,
    MarketDay,
    Member,
    MemberGroup,
    Product,
    StockMovement,
)
from desktop_app.domain.accounts import (
    EKUITAS_SALDO_AWAL,
    KAS,
    PENDAPATAN_DENDA,
    PERSEDIAAN,
    PIUTANG_PINJAMAN,
    SAVINGS_ACCOUNTS,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    UTANG_KONSINYASI,
    EntryKind,
)
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.domain.member_status import MemberStatus
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import inventory_lists, settings
from desktop_app.spreadsheet import columns as spec
from desktop_app.spreadsheet import loan_terms, programme_sheets
from desktop_app.spreadsheet.columns import Kind, SheetSpec
from desktop_app.spreadsheet.writer import (
    AMOUNT_FORMAT,
    PERCENT_FORMAT,
    OutColumn,
    SheetWriter,
    discarded_on_failure,
    written_in_place,
)

Progress = Callable[[int, int], None]
_SAVINGS_NAME = {SIMPANAN_POKOK: "Pokok", SIMPANAN_WAJIB: "Wajib", SIMPANAN_SUKARELA: "Sukarela"}
_METHOD_NAME = {"flat": "Flat", "menurun": "Menurun", "anuitas": "Anuitas"}
_APPLICATION_NAME = {"applied": "Diajukan", "approved": "Disetujui", "rejected": "Ditolak"}
_OWN_SHEET_KINDS = (EntryKind.LOAN_DISBURSEMENT, EntryKind.REPAYMENT, EntryKind.SALE,
                    EntryKind.JOINT_COVER)
_LOAN_END_KINDS = (EntryKind.LOAN_WRITE_OFF, EntryKind.MEMBER_EXIT)
_SAVINGS_KINDS = (EntryKind.DEPOSIT, EntryKind.WITHDRAWAL)
_PROGRESS_ROWS = 1000  # rows between progress reports (each one a chance to cancel)
_FORMATS = {Kind.AMOUNT: AMOUNT_FORMAT, Kind.QUANTITY: "#,##0", Kind.INTEGER: "0",
            Kind.PERCENT: PERCENT_FORMAT}


def out_columns(sheet: SheetSpec) -> list[OutColumn]:
    return [OutColumn(c.name, c.width, _FORMATS.get(c.kind)) for c in sheet.columns]


class _Export:
    def __init__(self, session: Session, date_from: date | None, date_to: date | None,
                 progress: Progress):
        self.session = session
        self.date_from, self.date_to = date_from, date_to
        self.progress = progress
        self.book = Workbook(write_only=True)
        # The cooperative's name travels in the file's properties (beside its creation
        # time), so a consolidation of many exports can name each one.
        self.book.properties.title = settings.get_profile(session).name
        self.as_of = date_to or date.today()
        self.left_out: dict[str, int] = defaultdict(int)  # entries the format cannot hold
        self.done = self.total = 0  # progress, in rows (see `expected_rows`)

    def in_range(self, column):
        conditions = []
        if self.date_from:
            conditions.append(column >= self.date_from)
        if self.date_to:
            conditions.append(column <= self.date_to)
        return and_(True, *conditions)

    def sheet(self, sheet: SheetSpec, rows, expected: int = 0) -> None:
        """Write one sheet, reporting progress every few rows up to the `expected` ones."""
        writer = SheetWriter(self.book, sheet.name, out_columns(sheet))
        for row in rows:
            writer.append(row)
            if writer.rows % _PROGRESS_ROWS == 0:
                self.progress(self.done + min(writer.rows, expected), self.total)
        writer.close()

    def expected_rows(self) -> dict[str, int]:
        """About how many rows the long sheets get (whole-book counts, read from indexes),
        so that the progress bar moves with the rows written rather than by sheet."""
        def count(table, *where) -> int:
            return self.session.scalar(select(func.count()).select_from(table).where(*where))

        members = count(Member)
        savings = select(Account.id).where(Account.code.in_(SAVINGS_ACCOUNTS))
        kinds_elsewhere = [str(k) for k in _OWN_SHEET_KINDS + _SAVINGS_KINDS]
        return {
            spec.MEMBERS.key: members, spec.MEMBER_BALANCES.key: members,
            spec.SAVINGS.key: count(JournalLine, JournalLine.account_id.in_(savings)),
            spec.LOANS.key: count(Loan), spec.REPAYMENTS.key: count(LoanRepayment),
            spec.SALES.key: count(StockMovement), spec.SCHEDULES.key: count(LoanInstallment),
            spec.CASH.key: count(JournalEntry, JournalEntry.kind.not_in(kinds_elsewhere)),
        }

    def run(self, path: Path) -> None:
        steps = [
            (spec.MEMBERS, self.members), (spec.SAVINGS, self.savings),
            (spec.LOANS, self.loans), (spec.REPAYMENTS, self.repayments),
            (spec.PRODUCTS, self.products), (spec.SALES, self.sales), (spec.CASH, self.cash),
            (spec.PROGRAMMES, lambda: programme_sheets.programme_rows(self.session)),
            (spec.TRAININGS, lambda: programme_sheets.training_rows(self.session)),
            (spec.ATTENDANCE, lambda: programme_sheets.attendance_rows(self.session)),
            (spec.MEMBER_BALANCES, self.member_balances), (spec.SCHEDULES, self.schedules),
            (spec.STOCK, self.stock), (spec.TRIAL_BALANCE, self.trial_balance),
            (spec.JOINT_LIABILITY, self.joint_liability),
        ]
        expected = self.expected_rows()
        self.total = sum(expected.values()) + len(steps) + 1  # one more for saving
        for sheet, rows in steps:
            self.progress(self.done, self.total)
            self.sheet(sheet, rows(), expected.get(sheet.key, 0))
            self.done += expected.get(sheet.key, 0) + 1
        self.progress(self.done, self.total)
        self.book.save(path)
        self.progress(self.total, self.total)

    # ------------------------------------------------------------------ master sheets

    def members(self):
        rows = self.session.execute(
            select(Member.number, Member.name, Member.nik, Member.gender, Member.birth_date,
                   Member.address, Member.phone, MemberGroup.name, Member.join_date,
                   Member.head_of_household, Member.status, Member.exit_date)
            .outerjoin(MemberGroup, MemberGroup.id == Member.group_id).order_by(Member.id)
        ).yield_per(2000)
        for row in rows:
            (number, name, nik, gender, birth, address, phone, group, joined, head, status,
             left_on) = row
            yield (number, name, nik, {"F": "P", "M": "L"}.get(gender or ""), birth, address,
                   phone, group, joined, "Ya" if head else "Tidak",
                   "Keluar" if status == MemberStatus.LEFT else "Aktif", left_on)

    def loans(self):
        guarantor = aliased(Member)
        rows = self.session.execute(
            select(Loan.number, Member.number, Loan.disbursed_on, Loan.principal,
                   Loan.monthly_rate, Loan.term_months, Loan.method, Loan.admin_fee,
                   Loan.purpose, func.coalesce(Loan.guarantor_name, guarantor.name),
                   Loan.status, Loan.exit_settled, Loan.closed_on, Loan.frequency,
                   Loan.grace_installments, Loan.grace_kind, Loan.rounding_unit,
                   Loan.rounding_mode, Loan.first_due_date, Loan.applied_on)
            .join(Member, Member.id == Loan.member_id)
            .outerjoin(guarantor, guarantor.id == Loan.guarantor_member_id)
            .order_by(func.coalesce(Loan.disbursed_on, Loan.applied_on), Loan.id)
        ).yield_per(2000)
        for (number, member, day, principal, rate, term, method, fee, purpose, guarantor_name,
             status, exit_settled, closed_on, *terms, applied_on) in rows:
            application = _APPLICATION_NAME.get(status) if day is None else None
            yield (number, member, day, principal, float(rate), term,
                   _METHOD_NAME.get(method, method), fee, purpose, guarantor_name,
                   closed_on if status == "written_off" else None,
                   closed_on if status == "paid" and exit_settled else None,
                   *loan_terms.cells(*terms), application, applied_on if application else None)

    def products(self):
        stock_in = (
            select(StockMovement.product_id, func.sum(StockMovement.quantity).label("qty"))
            .where(StockMovement.kind != "sale", self.in_range(StockMovement.date)
                   if not self.date_from else StockMovement.date <= self.as_of)
            .group_by(StockMovement.product_id).subquery()
        )
        rows = self.session.execute(
            select(Product.code, Product.name, Product.unit, Product.sale_price,
                   Product.cost_price, Member.number, Product.commission_percent,
                   func.coalesce(stock_in.c.qty, 0), Product.min_stock)
            .outerjoin(Member, Member.id == Product.owner_member_id)
            .outerjoin(stock_in, stock_in.c.product_id == Product.id).order_by(Product.code)
        )
        for code, name, unit, sale, cost, owner, commission, opening, minimum in rows:
            yield (code, name, unit, sale, cost, owner,
                   float(commission) if owner else None, opening, minimum)

    # ------------------------------------------------------------------ movements

    def _live(self, entry=JournalEntry):
        """Entries that count: neither a reversal nor reversed."""
        reversal = aliased(JournalEntry)
        return and_(entry.reverses_id.is_(None),
                    ~select(reversal.id).where(reversal.reverses_id == entry.id).exists())

    def savings(self):
        codes = select(Account.id).where(Account.code.in_(SAVINGS_ACCOUNTS))
        rows = self.session.execute(
            select(JournalEntry.date, Member.number, Account.code, JournalLine.amount,
                   JournalEntry.description)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .join(Member, Member.id == JournalLine.member_id)
            .where(JournalLine.account_id.in_(codes), self._live(),
                   self.in_range(JournalEntry.date))
            .order_by(JournalEntry.date, JournalEntry.id, JournalLine.id)
        ).yield_per(5000)
        for day, number, code, amount, note in rows:
            yield (day, number, _SAVINGS_NAME[code], -amount if amount < 0 else None,
                   amount if amount > 0 else None, note)

    def repayments(self):
        rows = self.session.execute(
            select(LoanRepayment.date, Loan.number, LoanRepayment.interest
                   + LoanRepayment.principal, LoanRepayment.note)
            .join(Loan, Loan.id == LoanRepayment.loan_id)
            .where(LoanRepayment.reversed.is_(False), self.in_range(LoanRepayment.date),
                   LoanRepayment.interest + LoanRepayment.principal > 0)
            .order_by(LoanRepayment.date, LoanRepayment.id)
        ).yield_per(5000)
        yield from rows

    def sales(self):
        movement_entry = aliased(JournalEntry)
        rows = self.session.execute(
            select(StockMovement.date, MarketDay.market, Product.code, -StockMovement.quantity,
                   StockMovement.unit_price)
            .join(Product, Product.id == StockMovement.product_id)
            .outerjoin(MarketDay, MarketDay.id == StockMovement.market_day_id)
            .outerjoin(movement_entry, movement_entry.id == StockMovement.entry_id)
            .where(StockMovement.kind == "sale", self.in_range(StockMovement.date),
                   (StockMovement.entry_id.is_(None)) | self._live(movement_entry))
            .order_by(StockMovement.date, StockMovement.id)
        ).yield_per(5000)
        yield from rows

    def cash(self):
        """Every other line of every live entry, Kas implied (see the module notes)."""
        savings_ids = set(self.session.scalars(
            select(Account.id).where(Account.code.in_(SAVINGS_ACCOUNTS))))
        codes = dict(self.session.execute(select(Account.id, Account.code)).all())
        numbers = dict(self.session.execute(select(Member.id, Member.number)).all())
        own_sheet = [str(k) for k in _OWN_SHEET_KINDS]
        rows = self.session.execute(
            select(JournalEntry.id, JournalEntry.date, JournalEntry.kind,
                   JournalEntry.description, JournalLine.account_id, JournalLine.amount,
                   JournalLine.member_id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(self._live(), self.in_range(JournalEntry.date),
                   (JournalEntry.kind.not_in(own_sheet)) | (
                       (JournalEntry.kind.in_([str(EntryKind.REPAYMENT),
                                               str(EntryKind.JOINT_COVER)]))
                       & (JournalLine.account_id == self._account_id(PENDAPATAN_DENDA))))
            .order_by(JournalEntry.date, JournalEntry.id, JournalLine.id)
        ).yield_per(5000)
        for (_, day, kind, note), lines in itertools.groupby(rows, key=lambda r: r[:4]):
            per_account: dict[tuple[str, int | None], int] = defaultdict(int)
            lines = list(lines)
            if any(codes[line[4]] == PIUTANG_PINJAMAN for line in lines):
                if kind not in _LOAN_END_KINDS:
                    self.left_out[kind] += 1
                continue  # a loan's end is a date on Pinjaman (see the module notes)
            for *_, account_id, amount, member_id in lines:
                code = codes[account_id]
                if code == KAS or (account_id in savings_ids and member_id is not None):
                    continue
                if kind == EntryKind.STOCK and code == PERSEDIAAN:
                    code = EKUITAS_SALDO_AWAL
                per_account[(code, member_id)] += amount
            for (code, member_id), amount in per_account.items():
                if amount:
                    yield (day, code, -amount if amount < 0 else None,
                           amount if amount > 0 else None, note, numbers.get(member_id))

    def _account_id(self, code: str) -> int:
        return self.session.scalar(select(Account.id).where(Account.code == code))

    # ------------------------------------------------------------------ computed sheets

    def _member_account_sums(self) -> dict[tuple[int, str], int]:
        if self.date_to is None:
            rows = self.session.execute(text(
                "SELECT b.member_id, a.code, b.balance FROM member_balance b "
                "JOIN account a ON a.id = b.account_id"))
        else:
            rows = self.session.execute(text(
                "SELECT l.member_id, a.code, SUM(l.amount) FROM journal_line l "
                "JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
                "WHERE l.member_id IS NOT NULL AND e.date <= :to GROUP BY l.member_id, a.code"),
                {"to": self.date_to})
        return {(member_id, code): balance for member_id, code, balance in rows}

    def member_balances(self):
        sums = self._member_account_sums()
        arrears = dict(self.session.execute(
            select(Loan.member_id, func.sum(
                LoanInstallment.principal + LoanInstallment.interest
                - LoanInstallment.paid_principal - LoanInstallment.paid_interest))
            .join(Loan, Loan.id == LoanInstallment.loan_id)
            .where(Loan.status == LoanStatus.ACTIVE, LoanInstallment.due_date < self.as_of)
            .group_by(Loan.member_id)).all())
        rows = self.session.execute(
            select(Member.id, Member.number, Member.name).order_by(Member.id)).yield_per(2000)
        for member_id, number, name in rows:
            pokok, wajib, sukarela = (-sums.get((member_id, c), 0) for c in
                                      (SIMPANAN_POKOK, SIMPANAN_WAJIB, SIMPANAN_SUKARELA))
            yield (number, name, pokok, wajib, sukarela, pokok + wajib + sukarela,
                   sums.get((member_id, PIUTANG_PINJAMAN), 0), arrears.get(member_id, 0),
                   -sums.get((member_id, UTANG_KONSINYASI), 0))

    def schedules(self):
        paid = LoanInstallment.paid_principal + LoanInstallment.paid_interest
        rows = self.session.execute(
            select(Loan.number, Member.number, LoanInstallment.number, LoanInstallment.due_date,
                   LoanInstallment.principal, LoanInstallment.interest,
                   LoanInstallment.principal + LoanInstallment.interest, paid,
                   case((Loan.status == LoanStatus.ACTIVE,
                         LoanInstallment.principal + LoanInstallment.interest - paid), else_=0))
            .join(Loan, Loan.id == LoanInstallment.loan_id)
            .join(Member, Member.id == Loan.member_id)
            .order_by(Loan.id, LoanInstallment.number)
        ).yield_per(5000)
        yield from rows

    def joint_liability(self):
        """Each payer's share of every live cover and payback, with what the borrower
        still owes that payer after it (running, in date order)."""
        borrower, payer = aliased(Member), aliased(Member)
        rows = self.session.execute(
            select(JointLiability.date, JointLiability.kind, Loan.number, borrower.number,
                   borrower.name, payer.number, payer.name, JointLiability.amount,
                   JointLiability.source, JointLiability.borrower_id, JointLiability.payer_id)
            .join(Loan, Loan.id == JointLiability.loan_id)
            .join(borrower, borrower.id == JointLiability.borrower_id)
            .join(payer, payer.id == JointLiability.payer_id)
            .where(JointLiability.reversed.is_(False), self.in_range(JointLiability.date))
            .order_by(JointLiability.date, JointLiability.id))
        owed: dict[tuple[int, int], int] = defaultdict(int)
        for (day, kind, loan_no, number, name, payer_no, payer_name, amount, source,
             borrower_id, payer_id) in rows:
            owed[(borrower_id, payer_id)] += amount if kind == "cover" else -amount
            yield (day, "Talangan" if kind == "cover" else "Pengembalian", loan_no, number,
                   name, payer_no, payer_name, amount,
                   "Sukarela" if source == "savings" else "Tunai", owed[(borrower_id, payer_id)])

    def stock(self):
        for row in inventory_lists.stock_rows(self.session, self.date_to):
            yield (row.code, row.name, row.owner or None, row.stock, row.value, row.sold,
                   row.sales)

    def trial_balance(self):
        if self.date_to is None:
            sums = dict(self.session.execute(text(
                "SELECT account_id, balance FROM account_balance")).all())
        else:
            sums = dict(self.session.execute(text(
                "SELECT l.account_id, SUM(l.amount) FROM journal_line l JOIN journal_entry e "
                "ON e.id = l.entry_id WHERE e.date <= :to GROUP BY l.account_id"),
                {"to": self.date_to}).all())
        for account_id, code, name in self.session.execute(
                select(Account.id, Account.code, Account.name).order_by(Account.code)):
            balance = sums.get(account_id, 0)
            yield (code, name, balance if balance > 0 else 0, -balance if balance < 0 else 0)


@dataclass
class ExportResult:
    path: Path
    notices: list[str]


def export_book(
    session: Session, path: Path | str, *, date_from: date | None = None,
    date_to: date | None = None, progress: Progress = lambda done, total: None,
) -> ExportResult:
    """Write the book (or a date range of it) to `path`.

    Entries the format cannot express (none that the app posts today; an unexpected
    entry touching loan principal outside the loan sheets) are left out of the movement
    sheets and counted in the notices; the computed sheets still include them.
    """
    path = Path(path)
    if date_from and date_to and date_from > date_to:
        raise ValidationError(tr("The start date is after the end date."))
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(tr("Give the export file a name ending in .xlsx."))
    settings.get_profile(session)  # a book without a profile is not a Koperasi book
    with written_in_place(path) as temporary:
        export = _Export(session, date_from, date_to, progress)
        with discarded_on_failure(export.book):
            export.run(temporary)
    notices = [tr("{n} entries of kind {kind} cannot be written in the workbook format and "
                  "were left out of the movement sheets.", n=n, kind=kind)
               for kind, n in sorted(export.left_out.items())]
    return ExportResult(path, notices)
