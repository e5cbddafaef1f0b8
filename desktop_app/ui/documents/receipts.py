"""Receipts (kwitansi) for savings deposits and withdrawals and for loan repayments."""

from __future__ import annotations

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount
from desktop_app.domain.savings import label
from desktop_app.domain.terbilang import rupiah_words
from desktop_app.i18n import tr
from desktop_app.services.receipt_numbers import receipt_no
from desktop_app.services.repayment_receipts import RepaymentReceipt
from desktop_app.services.savings import Receipt
from desktop_app.ui.context import AppContext
from desktop_app.ui.printing import escape


def receipt_html(receipt: Receipt) -> str:
    what = tr("Withdrawal") if receipt.is_withdrawal else tr("Deposit")
    rows = [  # (label, HTML value)
        (tr("Receipt no."), escape(receipt.receipt_no)),
        (tr("Date"), escape(format_date(receipt.date))),
        (tr("Member"), escape(f"{receipt.member_number} — {receipt.member_name}")),
        (tr("For"), escape(f"{what} {label(receipt.savings_type)}")),
        *_amount_rows(receipt.amount, receipt.minor_digits),
        (tr("Note"), escape(receipt.note)),
    ]
    return _kwitansi(receipt, rows, paid_out=receipt.is_withdrawal)


def repayment_receipt_html(receipt: RepaymentReceipt) -> str:
    def money(value: int) -> str:
        return escape(format_amount(value, receipt.minor_digits))

    rows = [
        (tr("Receipt no."), escape(receipt.receipt_no)),
        (tr("Date"), escape(format_date(receipt.date))),
        (tr("Member"), escape(f"{receipt.member_number} — {receipt.member_name}")),
        (tr("For"), escape(tr("Loan repayment {number}", number=receipt.loan_number))),
        *_amount_rows(receipt.amount, receipt.minor_digits),
        (tr("Principal"), money(receipt.principal)),
        (tr("Interest"), money(receipt.interest)),
        (tr("Penalty"), money(receipt.penalty)),
        (tr("Principal still owed"), money(receipt.outstanding_after)),
        (tr("Note"), escape(receipt.note)),
    ]
    return _kwitansi(receipt, rows, paid_out=False)


def receipt_file_name(ctx: AppContext, entry_id: int | None) -> str:
    """The suggested file name of a receipt: its printed number, not the entry id."""
    if entry_id is None:
        return "kwitansi.pdf"
    with ctx.session() as session:
        return f"kwitansi-{receipt_no(session, entry_id) or entry_id}.pdf"


def _amount_rows(amount: int, digits: int) -> list[tuple[str, str]]:
    words = rupiah_words(amount, digits)
    return [(tr("Amount"), f"<b>{escape(format_amount(amount, digits))}</b>"),
            (tr("In words"), f"<i>{escape(words[:1].upper() + words[1:])}</i>")]


def _kwitansi(receipt: Receipt | RepaymentReceipt, rows: list[tuple[str, str]],
              paid_out: bool) -> str:
    """The page around the rows: heading, table, and the two signatures."""
    body = "".join(
        f"<tr><td width='28%'>{escape(name)}</td><td>{value}</td></tr>" for name, value in rows
    )
    received_by = tr("Paid out by") if paid_out else tr("Received by")
    member_sign = tr("Received by") if paid_out else tr("Paid by")
    return (
        f"<h1>{escape(receipt.cooperative)}</h1>"
        f"<p class='muted'>{escape(receipt.address)}</p>"
        f"<h2>{escape(tr('RECEIPT'))}</h2>"
        f"<table>{body}</table><br>"
        "<table style='border: none'><tr>"
        f"<td style='border: none' width='50%' align='center'>{escape(member_sign)}<br><br><br><br>"
        f"( {escape(receipt.member_name)} )</td>"
        f"<td style='border: none' align='center'>{escape(received_by)}<br>"
        f"{escape(tr('Treasurer'))}<br><br><br>( {escape(receipt.treasurer)} )</td>"
        "</tr></table>"
    )
