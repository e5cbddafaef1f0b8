"""Every loan repayment can print its kwitansi: offered right after posting, and later
from the loan's payments; saving it says where it went."""

from __future__ import annotations

from datetime import date

import pytest
from loan_book import add_member, add_product, running_loan
from pdf_text import pdf_text
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.services import loans
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.ui import printing
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.repayment_dialog import RepaymentDialog
from desktop_app.ui.pages.loan_detail import LoanDetailDialog


@pytest.fixture
def dialog(qtbot, book, session):
    siti = add_member(session, "A001", "Siti Aminah")
    loan = running_loan(session, siti, add_product(session), principal=1_200_000)
    widget = LoanDetailDialog(AppContext(book, SYSTEM_ACTOR), loan, today=date(2025, 2, 10))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_posting_a_repayment_offers_its_receipt(dialog, tmp_path, monkeypatch):
    def post_as_typed(repayment: RepaymentDialog) -> int:
        repayment.submit()  # the amount due is filled in: 118.000
        return repayment.result()

    monkeypatch.setattr(RepaymentDialog, "exec", post_as_typed)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, name, pattern: (str(tmp_path / name), pattern))
    dialog.buttons["repay"].click()

    offer = dialog.findChild(QMessageBox, "receipt-offer")
    assert offer is not None and offer.isVisible()
    assert "receipt no. AN-2025-00001, Rp 118.000" in offer.text()
    button(offer, "Save receipt as PDF…").click()
    saved = tmp_path / "kwitansi-AN-2025-00001.pdf"
    text = pdf_text(saved)
    assert "AN-2025-00001" in text and "Siti Aminah" in text and "Rp 118.000" in text
    notice = dialog.findChild(QMessageBox, "saved-notice")
    assert notice is not None and f"Saved to {saved}" in notice.text()


def test_any_past_payment_prints_its_receipt(dialog, session, monkeypatch):
    loans.repay(session, dialog.loan_id, date(2025, 2, 10), 118_000)
    loans.repay(session, dialog.loan_id, date(2025, 3, 10), 118_000)
    dialog.reload()
    payments = dialog.payments.model()
    assert [payments.index(r, 5).data() for r in range(2)] == ["AN-2025-00001", "AN-2025-00002"]
    dialog.payments.selectionModel().select(
        payments.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    html = dialog._selected_receipt_html()
    assert "AN-2025-00002" in html and "Rp 1.000.000" in html  # principal still owed
    assert dialog._receipt_name() == "kwitansi-AN-2025-00002.pdf"
    printed = []
    monkeypatch.setattr(printing, "print_html", lambda parent, doc: printed.append(doc) or True)
    dialog.offer_receipt(loans.repay(session, dialog.loan_id, date(2025, 4, 10), 118_000))
    button(dialog.findChild(QMessageBox, "receipt-offer"), "Print receipt…").click()
    assert len(printed) == 1 and "AN-2025-00003" in printed[0]


def test_without_a_selected_payment_it_says_what_to_do(dialog, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert dialog._selected_receipt_html() is None
    assert shown == ["Select a payment on the Payments tab first."]
