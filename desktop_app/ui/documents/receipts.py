"""The receipt (kwitansi) for a savings deposit or withdrawal, as printable HTML."""

from __future__ import annotations

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount
from desktop_app.domain.savings import label
from desktop_app.domain.terbilang import rupiah_words
from desktop_app.i18n import tr
from desktop_app.services.savings import Receipt
from desktop_app.ui.printing import escape


def receipt_html(receipt: Receipt) -> str:
    amount = format_amount(receipt.amount, receipt.minor_digits)
    words = rupiah_words(receipt.amount, receipt.minor_digits)
    what = tr("Withdrawal") if receipt.is_withdrawal else tr("Deposit")
    rows = [  # (label, HTML value)
        (tr("Receipt no."), escape(receipt.entry_id)),
        (tr("Date"), escape(format_date(receipt.date))),
        (tr("Member"), escape(f"{receipt.member_number} — {receipt.member_name}")),
        (tr("For"), escape(f"{what} {label(receipt.savings_type)}")),
        (tr("Amount"), f"<b>{escape(amount)}</b>"),
        (tr("In words"), f"<i>{escape(words[:1].upper() + words[1:])}</i>"),
        (tr("Note"), escape(receipt.note)),
    ]
    body = "".join(
        f"<tr><td width='28%'>{escape(name)}</td><td>{value}</td></tr>" for name, value in rows
    )
    received_by = tr("Paid out by") if receipt.is_withdrawal else tr("Received by")
    member_sign = tr("Received by") if receipt.is_withdrawal else tr("Paid by")
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
