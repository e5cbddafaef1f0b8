"""Every document the app prints carries its text in the PDF, in Indonesian and English.

Each is built as the GUI builds it, under that language's Qt translators (the Indonesian
translator once blanked Qt's page-size names, which made every Indonesian PDF a blank page),
written with the same `save_pdf`, and read back with pypdf.
"""

from __future__ import annotations

from datetime import date

import pytest
from inventory_book import build as build_shop
from loan_book import add_member, add_product, running_loan
from pdf_text import pdf_text
from PySide6.QtCore import QDate

from desktop_app.domain.savings import SavingsType
from desktop_app.services import consignment, loans, market_days, passbook, savings
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.services.repayment_receipts import repayment_receipt
from desktop_app.ui import printing
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.loan_simulator import LoanSimulatorDialog
from desktop_app.ui.dialogs.settlement_dialog import statement_html
from desktop_app.ui.documents.passbook import passbook_html
from desktop_app.ui.documents.receipts import receipt_html, repayment_receipt_html
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.pages.loans import LoansPage
from desktop_app.ui.pages.market_day import summary_html


def text_of(html: str, tmp_path) -> str:
    path = printing.save_pdf(html, tmp_path / "doc.pdf")
    assert path is not None
    return pdf_text(path)


def words(lang: str, indonesian: list[str], english: list[str]) -> list[str]:
    return indonesian if lang == "id" else english


@pytest.fixture
def siti(session):
    member = add_member(session, "A001", "Siti Aminah")
    savings.deposit(session, member, SavingsType.SUKARELA, 1_234_567, date(2025, 1, 5))
    return member


def test_passbook(session, siti, lang, tmp_path):
    savings.withdraw(session, siti, 34_567, date(2025, 1, 6))
    text = text_of(passbook_html(passbook.passbook(session, siti, date(2025, 1, 7))), tmp_path)
    for word in ["Siti Aminah", "A001", "1.234.567", "34.567", "1.200.000", "06/01/2025",
                 *words(lang, ["Buku Simpanan", "Total simpanan: Rp 1.200.000"],
                        ["Savings passbook", "Total savings: Rp 1.200.000"])]:
        assert word in text, (word, text)


def test_savings_receipt(session, siti, lang, tmp_path):
    entry = savings.withdraw(session, siti, 250_000, date(2025, 1, 6))
    text = text_of(receipt_html(savings.receipt(session, entry)), tmp_path)
    for word in ["Siti Aminah", "Rp 250.000", "SP-2025-00002", "06/01/2025",
                 *words(lang, ["KWITANSI", "Penarikan", "Terbilang", "Dua ratus lima puluh ribu"],
                        ["RECEIPT", "Withdrawal", "In words"])]:
        assert word in text, (word, text)


def test_repayment_receipt(session, siti, lang, tmp_path):
    loan = running_loan(session, siti, add_product(session), principal=1_200_000)
    entry = loans.repay(session, loan, date(2025, 2, 10), 118_000)
    text = text_of(repayment_receipt_html(repayment_receipt(session, entry)), tmp_path)
    for word in ["Siti Aminah", "Rp 118.000", "Rp 100.000", "Rp 18.000", "Rp 1.100.000",
                 "AN-2025-00001", "10/02/2025",
                 *words(lang, ["KWITANSI", "Angsuran pinjaman", "Sisa pokok pinjaman"],
                        ["RECEIPT", "Loan repayment", "Principal still owed"])]:
        assert word in text, (word, text)


def test_loan_schedule(qtbot, book, session, siti, lang, tmp_path):
    loan = running_loan(session, siti, add_product(session), principal=1_200_000)
    dialog = LoanDetailDialog(AppContext(book, SYSTEM_ACTOR), loan, today=date(2025, 1, 11))
    qtbot.addWidget(dialog)
    text = text_of(dialog.html(), tmp_path)
    for word in ["Siti Aminah", "Rp 1.200.000", "118.000", "10/02/2025", "10/01/2026",
                 *words(lang, ["Pinjaman", "Sisa pinjaman"], ["Loan", "Outstanding"])]:
        assert word in text, (word, text)


def test_due_list(qtbot, book, session, siti, lang, tmp_path):
    running_loan(session, siti, add_product(session), principal=1_200_000)
    page = LoansPage(AppContext(book, SYSTEM_ACTOR), today=date(2025, 3, 20))
    qtbot.addWidget(page)
    page.refresh()
    text = text_of(page.due_html(), tmp_path)
    for word in ["Siti Aminah", "PJ-000001 10/02/2025 38 236.000 1.200.000",
                 *words(lang, ["Jatuh tempo minggu ini / menunggak — 20/03/2025"],
                        ["Due this week / overdue — 20/03/2025"])]:
        assert word in text, (word, text)


def test_loan_simulation(qtbot, book, lang, tmp_path):
    dialog = LoanSimulatorDialog(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(dialog)
    dialog.amount.setText("1.200.000")
    dialog.rate.setText("1,5")
    dialog.months.setValue(12)
    dialog.method.setCurrentIndex(dialog.method.findData("flat"))
    dialog.start.setDate(QDate(2025, 1, 10))
    text = text_of(dialog.html(), tmp_path)
    for word in ["Rp 1.200.000", "118.000", "10/01/2026",
                 *words(lang, ["Simulasi pinjaman"], ["Loan simulation"])]:
        assert word in text, (word, text)


def test_settlement_statement_and_market_day_summary(session, lang, tmp_path):
    shop = build_shop(session)
    day = market_days.open_market_day(session, date(2025, 3, 1), "Pasar Pandansari")
    market_days.record_sale(session, shop.kue, 10, market_day_id=day)
    statement = consignment.statement(session, shop.siti)
    text = text_of(statement_html(statement, "Koperasi Melati"), tmp_path)
    for word in ["Koperasi Melati", "Pasar Pandansari", "50.000", "5.000", "45.000",
                 *words(lang, ["Nota titipan"], ["Consignment statement"])]:
        assert word in text, (word, text)
    summary = text_of(summary_html(market_days.market_day_summary(session, day), 0), tmp_path)
    assert "Pasar Pandansari" in summary and "50.000" in summary
