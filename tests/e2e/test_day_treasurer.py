"""A treasurer's day in a real window, in Indonesian and in English: log in, add a
member, meeting deposits for five members, a loan applied for, approved by the chair,
paid out and repaid with its kwitansi saved as PDF, cash in, a market-day sale and the
day's summary, a report to PDF, the whole book to Excel, the table on screen to Excel
(Ctrl+E) and a backup. Run through tests/e2e/test_real_window.py."""

from __future__ import annotations

import re
import subprocess

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QTextBrowser
from sqlalchemy import func, select

from desktop_app.db.book import open_book
from desktop_app.db.models import Loan, LoanRepayment, Member
from desktop_app.domain.accounts import KAS
from desktop_app.domain.money import format_amount
from desktop_app.i18n import set_language, tr
from desktop_app.services import ledger, products
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.repayment_receipts import repayment_receipt
from desktop_app.ui.app import Launcher
from desktop_app.ui.dialogs.cash_entry_dialog import CashEntryDialog
from desktop_app.ui.dialogs.loan_application_dialog import LoanApplicationDialog
from desktop_app.ui.dialogs.member_dialog import MemberDialog
from desktop_app.ui.dialogs.repayment_dialog import RepaymentDialog
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.pages.market_day import SummaryDialog
from desktop_app.ui.translator import install_translators
from tests.e2e.drive import (
    Day,
    QtWatch,
    accept,
    answer,
    click,
    ok,
    press,
    save_as,
    shortcut,
    type_into,
    wait_until,
    yes,
)


def button(parent, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton)
                if b.text() == text and b.isVisibleTo(parent))


def read(path, query):
    book = open_book(path)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            return query(session)
    finally:
        book.close()


def log_in(window, name: str) -> None:
    start = window.start
    if start.switch_button.isVisible():
        click(start.switch_button)
    type_into(start.username, name, enter=True)
    type_into(start.password, "koperasi-demo", enter=True)
    wait_until(lambda: window.currentWidget() is window.main_window, 10, f"{name} logged in")


def lock(window) -> None:
    click(button(window.main_window, tr("Lock ({shortcut})", shortcut="Ctrl+L")))
    wait_until(lambda: window.currentWidget() is window.start, 5, "the lock screen")


@pytest.fixture(params=["id", "en"])
def language(request):
    set_language(request.param)
    install_translators(QApplication.instance(), request.param)
    yield request.param
    set_language("en")
    install_translators(QApplication.instance(), "en")


def test_a_treasurers_day(qtbot, book_path, tmp_path, language):
    watch = QtWatch()
    with watch.installed():
        day = Day(watch, f"treasurer-{language}")
        run_the_day(qtbot, day, book_path, tmp_path)
        day.write_times()


def run_the_day(qtbot, day: Day, book_path, tmp_path):  # noqa: PLR0915 - one story
    launcher = Launcher(QApplication.instance())
    with day.step("open the book"):
        launcher.open_path(book_path)
        window = launcher.window
        window.resize(1366, 740)
        window.activateWindow()
        qtbot.waitActive(window)
    with day.step("log in"):
        log_in(window, "bendahara")
    main = window.main_window

    with day.step("add a member"):
        page = main.show_page("members")

        def fill(dialog: MemberDialog) -> None:
            type_into(dialog.name, "Ibu Uji Coba")
            accept(dialog)

        added = answer(MemberDialog, fill)
        click(button(page, tr("New member…")))
        added.wait()
        assert read(book_path, lambda s: s.scalar(
            select(func.count()).where(Member.name == "Ibu Uji Coba"))) == 1

    with day.step("meeting deposits for five members"):
        page = main.show_page("savings")
        numbers = read(book_path, lambda s: list(s.scalars(
            select(Member.number).where(Member.status == "active").order_by(Member.number)
            .limit(5))))
        cash_before = read(book_path, lambda s: ledger.account_balance(s, KAS))
        for number in numbers:
            type_into(page.picker, number, enter=True)
            wait_until(lambda: page.member_title.text().startswith(number), 5, number)
            type_into(page.amount, "10.000", enter=True)
            wait_until(lambda: page.picker.text() == "", 5, f"the deposit of {number} posted")
        posted = read(book_path, lambda s: ledger.account_balance(s, KAS)) - cash_before
        assert posted >= 5 * 10_000  # the suggested amount may add wajib months

    with day.step("a loan applied for"):
        page = main.show_page("loans")
        busy = select(Loan.member_id).where(Loan.status.in_(("applied", "approved", "active")))
        borrower = read(book_path, lambda s: s.scalar(
            select(Member.number).where(Member.status == "active", Member.id.not_in(busy))
            .order_by(Member.number).limit(1)))

        def apply(dialog: LoanApplicationDialog) -> None:
            type_into(dialog.member, borrower, enter=True)
            type_into(dialog.amount, "1.000.000")
            dialog.term.setValue(min(10, dialog.term.maximum()))
            type_into(dialog.purpose, "modal warung")
            if numbers[1:]:
                type_into(dialog.guarantor, numbers[1], enter=True)
            accept(dialog)

        applied = answer(LoanApplicationDialog, apply)
        shown = answer(LoanDetailDialog, lambda d: d.reject())  # the new loan opens
        click(page.new_button)
        applied.wait()
        shown.wait()
        loan_id = read(book_path, lambda s: s.scalar(select(func.max(Loan.id))))
        assert read(book_path, lambda s: s.get(Loan, loan_id).status) == "applied"

    with day.step("the chair approves"):
        lock(window)
        log_in(window, "ketua")
        page = window.main_window.show_page("loans")
        approved = answer(LoanDetailDialog, lambda d: _approve(d))
        page.open_loan(loan_id)
        approved.wait()
        assert read(book_path, lambda s: s.get(Loan, loan_id).status) == "approved"
        lock(window)
        log_in(window, "bendahara")
        main = window.main_window

    with day.step("paid out and repaid, with the kwitansi"):
        page = main.show_page("loans")
        kwitansi = tmp_path / "kwitansi.pdf"
        offered = []
        paid = answer(LoanDetailDialog, lambda d: offered.append(_pay_out_and_repay(d, kwitansi)))
        page.open_loan(loan_id)
        paid.wait(90)
        loan = read(book_path, lambda s: s.get(Loan, loan_id))
        assert loan.status == "active" and loan.outstanding < 1_000_000
        receipt = read(book_path, lambda s: _last_receipt(s, loan_id))
        assert re.fullmatch(r"AN-\d{4}-\d{5}", receipt.receipt_no)
        assert receipt.receipt_no in offered[0]  # the offer names it on screen
        text = " ".join(pdftotext(kwitansi).split())
        assert receipt.member_name in text and receipt.receipt_no in text
        assert format_amount(receipt.amount) in text

    with day.step("a market-day sale"):
        page = main.show_page("inventory")
        page.tabs.setCurrentWidget(page.market_days)
        tab = page.market_days
        product = read(book_path, _a_product_in_stock)
        type_into(tab.market.lineEdit(), "Pasar Uji Coba")
        click(button(tab, tr("Open market day")))
        wait_until(lambda: tab.form is not None and tab.form.isVisible(), 10, "the sales form")
        form = tab.form
        type_into(form.product_edit, product.code, enter=True)
        wait_until(lambda: product.name in form.product_info.text(), 5, "the product taken")
        type_into(form.quantity.lineEdit(), "2")
        click(form.record_button)
        amount = format_amount(2 * product.sale_price)
        wait_until(form.message.text, 10, "a word on the sale")
        assert product.name in form.message.text() and amount in form.message.text(), \
            form.message.text()
        assert tr("{items} items sold · cash taken {cash}", items=2, cash=amount) \
            == form.totals.text()

        shown: list[str] = []

        def read_summary(dialog: SummaryDialog) -> None:
            shown.append(dialog.findChild(QTextBrowser).toPlainText())
            dialog.reject()

        summary = answer(SummaryDialog, read_summary)
        closing = answer(QMessageBox, yes)
        click(form.close_button)
        closing.wait()
        summary.wait()
        said = " ".join(shown[0].split())
        assert "Pasar Uji Coba" in said and product.name in said
        assert tr("Cash taken: {cash}", cash=amount) in said

    with day.step("cash in"):
        page = main.show_page("cashbook")
        cash_before = read(book_path, lambda s: ledger.account_balance(s, KAS))

        def cash(dialog: CashEntryDialog) -> None:
            type_into(dialog.amount, "25.000")
            type_into(dialog.description, "Sumbangan warga")
            accept(dialog)

        entered = answer(CashEntryDialog, cash)
        click(page.cash_in)
        entered.wait()
        assert read(book_path, lambda s: ledger.account_balance(s, KAS)) == cash_before + 25_000

    with day.step("a report to PDF"):
        page = main.show_page("reports")
        panel = page.reports
        panel.chooser.setCurrentRow(0)  # built off the GUI thread, then shown
        wait_until(lambda: panel.document is not None and not panel.busy.isVisible(), 120,
                   "the report on screen")
        pdf = tmp_path / "laporan.pdf"
        saved = answer(QFileDialog, save_as(pdf))
        notice = answer(QMessageBox, ok, timeout=60)
        click(button(panel, tr("Save PDF…")))
        saved.wait()
        assert str(pdf) in notice.wait(60)  # "Saved to …", closed as a user does
        wait_until(pdf.exists, 30, "the PDF")
        text = pdftotext(pdf)
        assert text.strip(), "the report PDF carries no text"

    with day.step("the whole book to Excel"):
        page = main.show_page("spreadsheets")
        page.tabs.setCurrentIndex(1)
        workbook = tmp_path / "buku.xlsx"
        chosen = answer(QFileDialog, save_as(workbook))
        said = answer(QMessageBox, ok, timeout=120)
        click(page.export_tab.export_button)
        chosen.wait()
        assert str(workbook) in said.wait(120)
        assert len(openpyxl.load_workbook(workbook, read_only=True).sheetnames) >= 5

    with day.step("the table on screen to Excel (Ctrl+E)"):
        main.show_page("members")
        table = tmp_path / "anggota.xlsx"
        chosen = answer(QFileDialog, save_as(table))
        said = answer(QMessageBox, ok, timeout=120)
        shortcut(main, "Ctrl+E")
        chosen.wait()
        assert str(table) in said.wait(120)
        rows = list(openpyxl.load_workbook(table).active.iter_rows(values_only=True))
        assert len(rows) > 5 and "Ibu Uji Coba" in {cell for row in rows for cell in row}

    with day.step("backup"):
        copy = tmp_path / "cadangan.sqlite3"
        chosen = answer(QFileDialog, save_as(copy))
        said = answer(QMessageBox, ok, timeout=120)
        shortcut(main, "Ctrl+B")
        chosen.wait()
        assert str(copy) in said.wait(120)  # "Saved to …" with Open folder
        assert read(copy, lambda s: s.scalar(select(func.count()).select_from(Member))) > 5

    with day.step("close the book"):
        window.close()
        launcher.close_book()
        window.deleteLater()
        launcher.deleteLater()


def _approve(dialog: LoanDetailDialog) -> None:
    confirm = answer(QMessageBox, yes)
    done = answer(QMessageBox, ok, timeout=60)
    click(dialog.buttons["approve"])
    confirm.wait()
    done.wait()
    dialog.reject()


def _pay_out_and_repay(dialog: LoanDetailDialog, kwitansi) -> str:
    """Pay the loan out, take the installment due, save the kwitansi the app offers;
    what the offer said (its receipt number)."""
    confirm = answer(QMessageBox, yes)
    done = answer(QMessageBox, ok, timeout=60)
    click(dialog.buttons["disburse"])
    confirm.wait()
    done.wait()

    def repay(form: RepaymentDialog) -> None:
        assert form.amount.text()  # the installment due is suggested
        accept(form)

    repaid = answer(RepaymentDialog, repay)
    click(dialog.buttons["repay"])
    repaid.wait()
    chosen = answer(QFileDialog, save_as(kwitansi))
    offer = answer(QMessageBox, lambda box: press(box, tr("Save receipt as PDF…")))
    said = offer.wait()
    chosen.wait()
    saved = answer(QMessageBox, ok, timeout=60)  # "Saved to …"
    assert str(kwitansi) in saved.wait(60)
    dialog.reject()
    return said


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _last_receipt(session, loan_id: int):
    entry_id = session.scalar(select(func.max(LoanRepayment.entry_id))
                              .where(LoanRepayment.loan_id == loan_id))
    return repayment_receipt(session, entry_id)


def _a_product_in_stock(session):
    for product_id, _code, _name in products.product_choices(session):
        product = products.get_product(session, product_id)
        if product.stock >= 2 and product.sale_price > 0:
            return product
    raise AssertionError("the demo book has no product in stock")

