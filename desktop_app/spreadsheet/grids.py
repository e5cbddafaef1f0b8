"""Grids: the layout most treasurers keep. One row per member, one column per month
(`Jan` … `Des`, `Januari 2025`, `01/2025`, a real date), or one sheet per month with a
column per kind (`Wajib`, `Sukarela`, `Angsuran`). Each filled cell is one movement:

- its kind (wajib, pokok, sukarela deposits, or loan repayments) from the column header,
  else the sheet title or the title rows above the header, else the user's choice;
- its month from the column header, else the sheet title; its year likewise, else the
  user's; its day by the user's rule (the 1st, the last day, or the meeting day N);
- its member by number or, when the grid has only names, by name (resolved against the
  book and the workbook's Anggota sheet in `resolve`); a repayment goes to the loan the
  member had running on that date.

A grid's own `Jumlah`/`Total` column is checked against the sum of its months; total and
subtotal rows are skipped as in any sheet. The cells become ordinary Simpanan and
Angsuran records, so validation and posting are exactly those of format v1.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Loan, Member
from desktop_app.domain.accounts import SIMPANAN_POKOK, SIMPANAN_SUKARELA, SIMPANAN_WAJIB
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_number
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.spreadsheet.columns import MEMBER_NO, normalise
from desktop_app.spreadsheet.reader import UNSET, Problem, RawRow, is_blank_row, is_total_row
from desktop_app.spreadsheet.values import CellError, amount, is_blank, text

REPAYMENT = "repayment"
KINDS = (SIMPANAN_WAJIB, SIMPANAN_POKOK, SIMPANAN_SUKARELA, REPAYMENT)
_KIND_WORDS = (  # checked in this order: "angsuran pokok" is a repayment
    (REPAYMENT, ("angsuran", "cicilan", "pinjaman", "repayment", "repayments", "loan")),
    (SIMPANAN_WAJIB, ("wajib", "mandatory")),
    (SIMPANAN_SUKARELA, ("sukarela", "voluntary")),
    (SIMPANAN_POKOK, ("pokok", "principal")),
)
_MONTHS = {
    **dict.fromkeys(("jan", "januari", "january"), 1),
    **dict.fromkeys(("feb", "peb", "februari", "pebruari", "february"), 2),
    **dict.fromkeys(("mar", "maret", "march"), 3),
    **dict.fromkeys(("apr", "april"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("jun", "juni", "june"), 6),
    **dict.fromkeys(("jul", "juli", "july"), 7),
    **dict.fromkeys(("agu", "agt", "ags", "agus", "agustus", "aug", "august"), 8),
    **dict.fromkeys(("sep", "sept", "september"), 9),
    **dict.fromkeys(("okt", "oktober", "oct", "october"), 10),
    **dict.fromkeys(("nov", "nop", "november", "nopember"), 11),
    **dict.fromkeys(("des", "desember", "dec", "december"), 12),
}
_NUMERIC_MONTH = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})\s*[/.-]\s*(\d{1,2})$")
_WORD_MONTH = re.compile(r"^([a-z]+)\.?\s*[-'/ ]?\s*(\d{4}|\d{2})?$")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_NUMBER_HEADERS = {normalise(n) for n in (*MEMBER_NO[1:3], *MEMBER_NO[6:], "No", "No.",
                                          "Nomor", "No Urut", "No. Anggota")}
_NAME_HEADERS = {normalise(n) for n in ("Nama", "Nama Anggota", "Name", "Member Name")}
_LOAN_HEADERS = {normalise(n) for n in ("No. Pinjaman", "Loan No", "Nomor Pinjaman")}
_TOTAL_HEADERS = ("jumlah", "total")
DATE_RULES = ("first", "last")  # or a day of the month (the group's meeting day)


@dataclass(frozen=True)
class GridOptions:
    """What the user chose for what the file does not say."""

    kind: str | None = None  # one of KINDS
    year: int | None = None
    date_rule: str | int = "first"  # "first", "last" or the meeting day 1..31


def grid_options(kind: str | None, year: int | None, date_rule: str) -> GridOptions:
    """Options as a user types them (`wajib`/`angsuran`, `2025`, `first`/`last`/`15`)."""
    if kind is not None and kind not in KINDS:
        kind = REPAYMENT if kind_in(kind) == REPAYMENT else kind_in(kind)
    rule: str | int = date_rule
    if date_rule not in DATE_RULES:
        if not date_rule.isdigit() or not 1 <= int(date_rule) <= 31:
            raise ValidationError(tr(
                "The day of grid movements must be first, last or a day from 1 to 31."))
        rule = int(date_rule)
    if year is not None and not 1950 <= year <= 2100:
        raise ValidationError(tr("The year of a grid must be between 1950 and 2100."))
    return GridOptions(kind, year, rule)


def month_of(value: object) -> tuple[int | None, int] | None:
    """(year or None, month) when `value` names a month: `Jan`, `Januari 2025`,
    `01/2025`, `2025-01`, `Jan-25`, or a real date."""
    if isinstance(value, datetime | date):
        return value.year, value.month
    if not isinstance(value, str):
        return None
    key = " ".join(value.casefold().split())
    if match := _NUMERIC_MONTH.match(key):
        month, year = int(match.group(1)), int(match.group(2))
        return (year, month) if 1 <= month <= 12 else None
    if match := _ISO_MONTH.match(key):
        year, month = int(match.group(1)), int(match.group(2))
        return (year, month) if 1 <= month <= 12 else None
    if (match := _WORD_MONTH.match(key)) and match.group(1) in _MONTHS:
        year = match.group(2)
        year = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
        return year, _MONTHS[match.group(1)]
    return None


def kind_in(value: object) -> str | None:
    """The movement kind a title or header names, if any."""
    words = set(re.findall(r"[a-z]+", str(value).casefold())) if value is not None else set()
    return next((kind for kind, names in _KIND_WORDS if words & set(names)), None)


def year_in(value: object) -> int | None:
    match = _YEAR.search(str(value)) if value is not None else None
    return int(match.group(1)) if match else None


def month_in_title(title: str) -> tuple[int | None, int] | None:
    """The month a sheet title names (`Januari 2025`, `Simpanan Feb 2024`, `03-2025`)."""
    found = month_of(title.strip())
    if found:
        return found
    words = re.findall(r"[A-Za-z]+|\d{1,2}[/.-]\d{4}", title)
    for word in words:
        found = month_of(word)
        if found and (found[0] or word.isalpha()):
            return found[0] or year_in(title), found[1]
    return None


@dataclass(frozen=True)
class ValueColumn:
    index: int
    label: str  # "D (Feb)"
    year: int | None
    month: int | None
    kind: str | None


@dataclass
class GridLayout:
    title: str
    header_row: int
    number_col: int | None
    name_col: int | None
    loan_col: int | None
    total_col: int | None
    values: list[ValueColumn]
    labels: dict[int, str]

    def member_label(self) -> str:
        return self.labels[self.number_col if self.number_col is not None else self.name_col]


@dataclass(frozen=True)
class GridCell:
    """Where a grid record came from, so its problems name the user's sheet and column."""

    sheet: str
    member_column: str
    value_column: str
    member_no: str | None  # as written in the grid; None when it has names only
    member_name: str | None

    def label(self, key: str | None) -> str | None:
        if key is None:
            return None
        return self.member_column if key in ("member_no", "loan_no") else self.value_column


def _label(index: int, header: object) -> str:
    return f"{get_column_letter(index + 1)} ({str(header).strip()})"


def find_grid(title: str, first_rows: list[RawRow]) -> GridLayout | None:
    """The header row of a grid among the first rows, or None if this is no grid."""
    sheet_month = month_in_title(title)
    best: tuple[int, GridLayout] | None = None
    for raw in first_rows:
        number = name = loan = total = None
        values = []
        for index, value in enumerate(raw.values):
            if is_blank(value):
                continue
            key = normalise(value)
            if key in _NUMBER_HEADERS and number is None:
                number = index
            elif key in _NAME_HEADERS and name is None:
                name = index
            elif key in _LOAN_HEADERS:
                loan = index
            elif (month := month_of(value)) is not None:
                values.append(ValueColumn(index, _label(index, value), month[0], month[1],
                                          kind_in(value)))
            elif key.startswith(_TOTAL_HEADERS) and kind_in(value) is None and total is None:
                total = index
            elif sheet_month and (kind := kind_in(value)):
                values.append(ValueColumn(index, _label(index, value), None, None, kind))
        if (number is None and name is None) or not values:
            continue
        if any(v.month is None for v in values) and not sheet_month:
            continue
        labels = {i: _label(i, raw.values[i]) for i in (number, name, loan, total)
                  if i is not None}
        layout = GridLayout(title, raw.number, number, name, loan, total, values, labels)
        if best is None or len(values) > best[0]:
            best = (len(values), layout)
    return best[1] if best else None


class GridReader:
    """Turns a grid's rows into savings and repayment records (see records.py)."""

    def __init__(self, layout: GridLayout, first_rows: list[RawRow], options: GridOptions,
                 minor_digits: int):
        self.layout = layout
        self.options = options
        self.minor_digits = minor_digits
        self.problems: list[Problem] = []
        self.totals = 0
        titles = [layout.title] + [str(v) for raw in first_rows
                                   if raw.number < layout.header_row for v in raw.values
                                   if isinstance(v, str)]
        self.sheet_kind = next((k for k in map(kind_in, titles) if k), None) or options.kind
        self.sheet_year = next((y for y in map(year_in, titles) if y), None) or options.year
        month = month_in_title(layout.title)
        self.columns: list[tuple[ValueColumn, int, int, str]] = []  # column, year, month, kind
        for column in layout.values:
            year = column.year or (month[0] if month and month[0] else None) or self.sheet_year
            kind = column.kind if column.kind and column.month else self.sheet_kind
            if column.month is None:
                kind = column.kind
            this_month = column.month or (month[1] if month else None)
            if year is None:
                self._header_problem(column, tr(
                    "the year of this month is not in the header or the sheet title; write it "
                    "(e.g. Jan 2025) or choose the year when importing"))
            elif kind is None:
                self._header_problem(column, tr(
                    "this grid does not say whether it holds wajib, pokok, sukarela or loan "
                    "repayments; put it in the sheet title or choose it when importing"))
            else:
                self.columns.append((column, year, this_month, kind))

    def _header_problem(self, column: ValueColumn, message: str) -> None:
        self.problems.append(Problem(self.layout.title, self.layout.header_row, column.label,
                                     message))

    def day(self, year: int, month: int) -> date:
        last = calendar.monthrange(year, month)[1]
        rule = self.options.date_rule
        if rule == "last":
            return date(year, month, last)
        if rule == "first":
            return date(year, month, 1)
        return date(year, month, min(int(rule), last))

    def read(self, raw: RawRow, savings, repayments) -> bool:
        """Append the row's movements; return False for a total row (skipped)."""
        values = raw.values
        if is_blank_row(values):
            return True
        if is_total_row(values):
            self.totals += 1
            return False
        layout = self.layout

        def cell(index):
            return values[index] if index is not None and index < len(values) else None

        number, name = cell(layout.number_col), cell(layout.name_col)
        if is_blank(number) and is_blank(name):
            if any(not is_blank(cell(c.index)) for c, *_ in self.columns):
                self.problems.append(Problem(layout.title, raw.number, layout.member_label(),
                                             tr("the member's number or name is missing")))
            return True
        member = text(number) if not is_blank(number) else None
        member_name = " ".join(str(name).split()) if not is_blank(name) else None
        loan = text(cell(layout.loan_col)) if not is_blank(cell(layout.loan_col)) else None
        where_member = layout.member_label()
        total, bad = 0, False
        for column, year, month, kind in self.columns:
            value = cell(column.index)
            if is_blank(value) or (isinstance(value, str) and value.strip() in ("-", "–")):
                continue
            if value is UNSET:
                self.problems.append(Problem(layout.title, raw.number, column.label, tr(
                    "the formula in this cell has no saved value; open the file in Excel "
                    "or LibreOffice, save it, and import again")))
                bad = True
                continue
            try:
                paid = amount(value, self.minor_digits)
            except CellError as exc:
                self.problems.append(Problem(layout.title, raw.number, column.label, str(exc)))
                bad = True
                continue
            total += paid
            if not paid:
                continue
            where = GridCell(layout.title, where_member, column.label, member, member_name)
            on = self.day(year, month)
            if kind == REPAYMENT:
                repayments.append((raw.number, on, loan, paid, where))
            else:
                savings.append((raw.number, on, member, kind, paid, where))
        stated = cell(layout.total_col)
        complete = len(self.columns) == len(layout.values)  # else the months are unknown
        if complete and not bad and not is_blank(stated) and stated is not UNSET:
            try:
                stated_amount = amount(stated, self.minor_digits)
            except CellError as exc:
                self.problems.append(Problem(layout.title, raw.number,
                                             layout.labels[layout.total_col], str(exc)))
                return True
            if stated_amount != total:
                self.problems.append(Problem(
                    layout.title, raw.number, layout.labels[layout.total_col], tr(
                        "the months add up to {sum} but this column says {stated}",
                        sum=format_number(total, self.minor_digits),
                        stated=format_number(stated_amount, self.minor_digits))))
        return True


def _name_key(name: object) -> str:
    return " ".join(str(name).casefold().split())


def resolve(session: Session, records) -> None:
    """Give grid records their member number (when the grid has only names) and, for
    repayments, the loan the member had running on the payment date (the latest one
    disbursed on or before it, from the book or the workbook's Pinjaman sheet)."""
    sheets = [records.sheets.get("savings"), records.sheets.get("repayments")]
    if not any(r.where for sheet in sheets if sheet for r in sheet.records):
        return
    names: dict[str, set[str]] = {}
    for number, name in session.execute(select(Member.number, Member.name)):
        names.setdefault(_name_key(name), set()).add(number)
    for record in records.records("members"):
        names.setdefault(_name_key(record.name), set()).add(record.member_no)
    loans: dict[str, list[tuple[date, str]]] = {}
    if records.sheets.get("repayments"):
        for member, number, on in session.execute(
                select(Member.number, Loan.number, Loan.disbursed_on)
                .join(Member, Loan.member_id == Member.id)
                .where(Loan.disbursed_on.is_not(None))):
            loans.setdefault(member, []).append((on, number))
        for record in records.records("loans"):
            loans.setdefault(record.member_no, []).append((record.disbursed_on, record.loan_no))
    for sheet in filter(None, sheets):
        kept = []
        for record in sheet.records:
            where = record.where
            if where is None:
                kept.append(record)
                continue
            number = where.member_no or _by_name(names, where, record, records.problems)
            if number is None:
                continue
            if sheet.layout.spec.key == "savings":
                kept.append(record._replace(member_no=number))
                continue
            if record.loan_no:
                kept.append(record)
                continue
            running = [loan for loan in loans.get(number, ()) if loan[0] <= record.date]
            if not running:
                records.problems.append(Problem(where.sheet, record.row, where.value_column, tr(
                    "member {number} has no loan disbursed on or before {date}",
                    number=number, date=format_date(record.date))))
                continue
            kept.append(record._replace(loan_no=max(running)[1]))
        sheet.records = kept


def _by_name(names, where: GridCell, record, problems) -> str | None:
    found = names.get(_name_key(where.member_name), set())
    if len(found) == 1:
        return next(iter(found))
    message = tr("there is no member named {name} in the book or in the Anggota sheet",
                 name=where.member_name) if not found else tr(
        "{n} members are named {name}; write the member numbers in the grid",
        n=len(found), name=where.member_name)
    problems.append(Problem(where.sheet, record.row, where.member_column, message))
    return None
