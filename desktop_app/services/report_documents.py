"""Reports as printable, exportable documents: titled tables of typed cells.

One shape serves the screen, print and PDF (drawn by ui/report_pdf.py) and Excel, so
all three show the same figures. `build_report(session, key, start, end)` computes one report by key;
`rat_package(session, year)` gives the documents for the annual members' meeting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain.money import format_number
from desktop_app.i18n import tr
from desktop_app.labels import member_status_label
from desktop_app.services import joint_report, reports, training_figures
from desktop_app.services.report_shapes import (
    DATE,
    INT,
    MONEY,
    PERCENT,
    Column,
    ReportDocument,
    Table,
    as_of_text,
    period_text,
    show,
)
from desktop_app.services.shu import ShuResult, compute_shu
from desktop_app.services.training_figures import ProgrammeFigures


def _rows_doc(rows: list[reports.AccountRow]) -> list[Sequence[Any]]:
    return [(r.code, r.name, r.amount) for r in rows]


def _account_columns(amount_title: str) -> list[Column]:
    return [Column(tr("Code")), Column(tr("Account")), Column(amount_title, MONEY)]


# ------------------------------------------------------------------ one per report


def cash_book_document(book: reports.CashBook) -> ReportDocument:
    table = Table(
        tr("Cash book"),
        [Column(tr("Date"), DATE), Column(tr("Entry")), Column(tr("Reference")),
         Column(tr("Description")), Column(tr("In"), MONEY), Column(tr("Out"), MONEY),
         Column(tr("Balance"), MONEY)],
        [(r.date, r.entry_id, r.reference, r.description, r.cash_in, r.cash_out, r.balance)
         for r in book.rows],
        ("", "", "", tr("Total"), book.total_in, book.total_out, book.closing),
    )
    notes = [] if book.rows else [tr("No cash movements in this period.")]
    return ReportDocument(
        "cash_book", tr("Cash book (Buku Kas)"), period_text(book.start, book.end), [table],
        [(tr("Opening cash"), format_number(book.opening)),
         (tr("Closing cash"), format_number(book.closing))],
        notes,
    )


def trial_balance_document(tb: reports.TrialBalance) -> ReportDocument:
    table = Table(
        tr("Trial balance"),
        [Column(tr("Code")), Column(tr("Account")), Column(tr("Debit"), MONEY),
         Column(tr("Credit"), MONEY)],
        [(r.code, r.name, r.debit, r.credit) for r in tb.rows],
        ("", tr("Total"), tb.total_debit, tb.total_credit),
    )
    notes = [] if tb.rows else [tr("No postings up to this date.")]
    return ReportDocument("trial_balance", tr("Trial balance (Neraca Saldo)"),
                          as_of_text(tb.as_of), [table], notes=notes)


def balance_sheet_document(bs: reports.BalanceSheet) -> ReportDocument:
    amount = tr("Amount")
    equity_rows = _rows_doc(bs.equity) + [
        ("", tr("Result of the current year"), bs.current_result)
    ]
    if bs.earlier_result:
        equity_rows.append(("", tr("Result of earlier years not yet closed"), bs.earlier_result))
    tables = [
        Table(tr("Assets"), _account_columns(amount), _rows_doc(bs.assets),
              ("", tr("Total assets"), bs.total_assets)),
        Table(tr("Liabilities"), _account_columns(amount), _rows_doc(bs.liabilities),
              ("", tr("Total liabilities"), bs.total_liabilities)),
        Table(tr("Equity"), _account_columns(amount), equity_rows,
              ("", tr("Total equity"), bs.total_equity)),
    ]
    return ReportDocument(
        "balance_sheet", tr("Balance sheet (Neraca)"), as_of_text(bs.as_of), tables,
        [(tr("Total assets"), format_number(bs.total_assets)),
         (tr("Total liabilities and equity"), format_number(bs.total_liabilities_and_equity))],
    )


def income_statement_document(st: reports.IncomeStatement) -> ReportDocument:
    amount = tr("Amount")
    tables = [
        Table(tr("Income"), _account_columns(amount), _rows_doc(st.income),
              ("", tr("Total income"), st.total_income)),
        Table(tr("Expenses"), _account_columns(amount), _rows_doc(st.expenses),
              ("", tr("Total expenses"), st.total_expenses)),
    ]
    label = tr("Surplus (SHU)") if st.result >= 0 else tr("Loss")
    return ReportDocument(
        "income_statement", tr("Income statement (Perhitungan Hasil Usaha)"),
        period_text(st.start, st.end), tables, [(label, format_number(st.result))],
    )


def member_savings_document(ms: reports.MemberSavings) -> ReportDocument:
    table = Table(
        tr("Member savings"),
        [Column(tr("Member No")), Column(tr("Name")), Column(tr("Pokok"), MONEY),
         Column(tr("Wajib"), MONEY), Column(tr("Sukarela"), MONEY), Column(tr("Total"), MONEY)],
        [(r.number, r.name, r.pokok, r.wajib, r.sukarela, r.total) for r in ms.rows],
        ("", tr("Total"), ms.totals["pokok"], ms.totals["wajib"], ms.totals["sukarela"],
         ms.totals["total"]),
    )
    notes = [] if ms.rows else [tr("No members yet.")]
    return ReportDocument("member_savings", tr("Member savings summary"), as_of_text(ms.as_of),
                          [table], notes=notes)


def loan_portfolio_document(lp: reports.LoanPortfolio) -> ReportDocument:
    table = Table(
        tr("Ageing"),
        [Column(tr("Days late")), Column(tr("Loans"), INT), Column(tr("Outstanding"), MONEY),
         Column(tr("Share"), PERCENT)],
        [(r.label, r.loans, r.outstanding, r.outstanding / lp.outstanding if lp.outstanding
          else None) for r in lp.rows],
        (tr("Total"), sum(r.loans for r in lp.rows), lp.outstanding, None),
    )
    return ReportDocument(
        "loan_portfolio", tr("Loan portfolio"), as_of_text(lp.as_of), [table],
        [(tr("Outstanding principal"), format_number(lp.outstanding)),
         (tr("PAR30"), show(lp.par30, PERCENT) or "–")],
        [] if lp.outstanding else [tr("No loans outstanding.")],
    )


def inventory_document(inv: reports.InventoryReport) -> ReportDocument:
    stock = Table(
        tr("Stock"),
        [Column(tr("Code")), Column(tr("Product")), Column(tr("Owner")), Column(tr("Stock"), INT),
         Column(tr("Stock value"), MONEY)],
        [(r.code, r.name, r.owner or tr("Cooperative"), r.stock, r.value) for r in inv.stock],
        ("", tr("Total"), "", sum(r.stock for r in inv.stock), sum(r.value for r in inv.stock)),
    )
    sales = Table(
        tr("Sales in the period"),
        [Column(tr("Product")), Column(tr("Quantity"), INT), Column(tr("Sales"), MONEY)],
        [(r.label, r.quantity, r.amount) for r in inv.sales],
        (tr("Total"), sum(r.quantity for r in inv.sales), sum(r.amount for r in inv.sales)),
    )
    notes = [] if inv.sales else [tr("No sales in this period.")]
    return ReportDocument("inventory", tr("Inventory and sales"), period_text(inv.start, inv.end),
                          [stock, sales], notes=notes)


def indicators_document(ind: reports.Indicators,
                        trainings: Sequence[ProgrammeFigures] = ()) -> ReportDocument:
    rows = [
        (tr("Active members"), ind.members, INT),
        (tr("Women members"), ind.women, INT),
        (tr("Women heads of household"), ind.women_heads_of_household, INT),
        (tr("Active borrowers"), ind.active_borrowers, INT),
        (tr("Total savings"), ind.total_savings, MONEY),
        (tr("Loans disbursed in the period"), ind.loans_disbursed_count, INT),
        (tr("Amount disbursed in the period"), ind.loans_disbursed_amount, MONEY),
        (tr("Repayment rate (installments due in the period)"), ind.repayment_rate, PERCENT),
        (tr("PAR30"), ind.par30, PERCENT),
        (tr("Market sales in the period"), ind.market_sales, MONEY),
    ]
    table = Table(tr("Indicators"), [Column(tr("Indicator")), Column(tr("Value"))],
                  [(label, show(value, kind) or "–") for label, value, kind in rows])
    tables, notes = [table], []
    if trainings:
        tables.append(training_figures_table(trainings))
        notes = training_figures.definitions()
    return ReportDocument("indicators", tr("NGO indicators"), period_text(ind.start, ind.end),
                          tables, notes=notes)


def training_figures_table(figures: Sequence[ProgrammeFigures]) -> Table:
    """One row per programme: reach, completion, and what followed after 6 and 12 months."""
    def of(follow: training_figures.FollowUp, count: int) -> str:
        return tr("{count} of {total}", count=count, total=follow.eligible)

    columns = [Column(tr("Programme")), Column(tr("Trainings"), INT),
               Column(tr("Participants"), INT), Column(tr("Non-members"), INT),
               Column(tr("Women"), INT), Column(tr("Women heads of household"), INT),
               Column(tr("Completion rate"), PERCENT)]
    for months in training_figures.WINDOWS:
        columns += [Column(tr("Began selling ({months} mo.)", months=months)),
                    Column(tr("Took a loan ({months} mo.)", months=months)),
                    Column(tr("Raised savings ({months} mo.)", months=months))]
    rows = []
    for f in figures:
        row = [f.programme, f.trainings, f.participants, f.non_members, f.women,
               f.women_heads_of_household, f.completion_rate]
        for months in training_figures.WINDOWS:
            follow = f.follow_up[months]
            row += [of(follow, follow.began_selling), of(follow, follow.took_loan),
                    of(follow, follow.raised_savings)]
        rows.append(row)
    return Table(tr("Trainings by programme"), columns, rows)


def shu_document(result: ShuResult) -> ReportDocument:
    pools = Table(
        tr("SHU by the bylaws"),
        [Column(tr("Allocation")), Column(tr("Percent")), Column(tr("Amount"), MONEY)],
        [(p.title, f"{p.percent.normalize():f}%".replace(".", ","), p.amount)
         for p in result.pools],
        (tr("Total"), "100%", sum(p.amount for p in result.pools)),
    )
    members = Table(
        tr("SHU per member"),
        [Column(tr("Member No")), Column(tr("Name")), Column(tr("Capital"), MONEY),
         Column(tr("Participation"), MONEY), Column(tr("Jasa modal"), MONEY),
         Column(tr("Jasa usaha"), MONEY), Column(tr("Total"), MONEY)],
        [(m.number, m.name, m.capital, m.participation, m.jasa_modal, m.jasa_usaha, m.total)
         for m in result.members],
        ("", tr("Total"), sum(m.capital for m in result.members),
         sum(m.participation for m in result.members),
         sum(m.jasa_modal for m in result.members), sum(m.jasa_usaha for m in result.members),
         sum(m.total for m in result.members)),
    )
    notes = []
    if result.provisional:
        notes.append(tr("Provisional: fiscal year {year} is still open.", year=result.year))
    if result.distributed:
        notes.append(tr("This SHU has been distributed."))
    if result.shu <= 0:
        notes.append(tr("There is no surplus to share this year."))
    if result.undistributed:
        notes.append(tr("{amount} of the members' pools has nobody to share it and stays in "
                        "SHU Belum Dibagi.", amount=format_number(result.undistributed)))
    return ReportDocument(
        "shu", tr("SHU {year}", year=result.year), period_text(result.start, result.end),
        [pools, members],
        [(tr("Income"), format_number(result.income)),
         (tr("Expenses"), format_number(result.expenses)),
         (tr("SHU"), format_number(result.shu))],
        notes,
    )


def member_list_document(session: Session, as_of: date) -> ReportDocument:
    rows = session.execute(
        text(
            "SELECT m.number, m.name, COALESCE(m.gender, ''), m.head_of_household, "
            "COALESCE(g.name, ''), m.join_date, m.status FROM member m "
            "LEFT JOIN member_group g ON g.id = m.group_id WHERE m.join_date <= :d "
            "ORDER BY m.number"
        ),
        {"d": as_of},
    ).all()
    yes, no = tr("Yes"), tr("No")
    table = Table(
        tr("Members"),
        [Column(tr("Member No")), Column(tr("Name")), Column(tr("Gender")),
         Column(tr("Head of household")), Column(tr("Group")), Column(tr("Joined"), DATE),
         Column(tr("Status"))],
        [(n, name, g, yes if head else no, group, _day(joined),
          member_status_label(status))
         for n, name, g, head, group, joined, status in rows],
    )
    return ReportDocument("members", tr("Member list"), as_of_text(as_of), [table])


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


# ------------------------------------------------------------------ by key


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: Callable[[], str]
    build: Callable[[Session, date, date], ReportDocument]
    point_in_time: bool = False  # uses only the end date


REPORTS: tuple[ReportKind, ...] = (
    ReportKind("cash_book", lambda: tr("Cash book (Buku Kas)"),
               lambda s, a, b: cash_book_document(reports.cash_book(s, a, b))),
    ReportKind("trial_balance", lambda: tr("Trial balance (Neraca Saldo)"),
               lambda s, a, b: trial_balance_document(reports.trial_balance(s, b)), True),
    ReportKind("balance_sheet", lambda: tr("Balance sheet (Neraca)"),
               lambda s, a, b: balance_sheet_document(reports.balance_sheet(s, b)), True),
    ReportKind("income_statement", lambda: tr("Income statement (Perhitungan Hasil Usaha)"),
               lambda s, a, b: income_statement_document(reports.income_statement(s, a, b))),
    ReportKind("member_savings", lambda: tr("Member savings summary"),
               lambda s, a, b: member_savings_document(reports.member_savings(s, b)), True),
    ReportKind("loan_portfolio", lambda: tr("Loan portfolio"),
               lambda s, a, b: loan_portfolio_document(reports.loan_portfolio(s, b)), True),
    ReportKind("inventory", lambda: tr("Inventory and sales"),
               lambda s, a, b: inventory_document(reports.inventory_report(s, a, b))),
    ReportKind("indicators", lambda: tr("NGO indicators"),
               lambda s, a, b: indicators_document(
                   reports.indicators(s, a, b), training_figures.programme_figures(s, a, b))),
    ReportKind("joint_liability", lambda: tr("Tanggung renteng (joint liability)"),
               joint_report.joint_liability_document),
)
REPORTS_BY_KEY = {r.key: r for r in REPORTS}


def build_report(session: Session, key: str, start: date, end: date) -> ReportDocument:
    reports.check_period(start, end)
    return REPORTS_BY_KEY[key].build(session, start, end)


def rat_package(session: Session, year: int) -> list[ReportDocument]:
    """The annual meeting's papers: balance sheet, income statement, SHU, member list."""
    result = compute_shu(session, year)
    return [
        balance_sheet_document(reports.balance_sheet(session, result.end)),
        income_statement_document(reports.income_statement(session, result.start, result.end)),
        shu_document(result),
        member_list_document(session, result.end),
    ]
