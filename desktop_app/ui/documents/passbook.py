"""The passbook (buku simpanan) of one member, as printable HTML."""

from __future__ import annotations

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount, format_number
from desktop_app.domain.savings import label
from desktop_app.i18n import tr
from desktop_app.services.passbook import Passbook
from desktop_app.ui.printing import escape


def passbook_html(book: Passbook) -> str:
    digits = book.minor_digits

    def money(value: int) -> str:
        return format_number(value, digits) if value else ""

    member = book.member
    heads = (tr("Date"), tr("Description"), tr("Type"), tr("Deposit"), tr("Withdrawal"),
             tr("Pokok"), tr("Wajib"), tr("Sukarela"), tr("Total"))
    header = "".join(
        f"<th{' class=num' if i >= 3 else ''}>{escape(h)}</th>" for i, h in enumerate(heads)
    )
    lines = "".join(
        "<tr>"
        f"<td>{format_date(r.date)}</td><td>{escape(r.description)}</td>"
        f"<td>{escape(label(r.savings_type))}</td>"
        f"<td class=num>{money(r.deposit)}</td><td class=num>{money(r.withdrawal)}</td>"
        f"<td class=num>{format_number(r.pokok, digits)}</td>"
        f"<td class=num>{format_number(r.wajib, digits)}</td>"
        f"<td class=num>{format_number(r.sukarela, digits)}</td>"
        f"<td class=num><b>{format_number(r.total, digits)}</b></td></tr>"
        for r in book.rows
    )
    total = book.rows[-1].total if book.rows else 0
    return (
        f"<h1>{escape(book.cooperative)}</h1>"
        f"<h2>{escape(tr('Savings passbook'))}</h2>"
        f"<p>{escape(tr('Member'))}: <b>{escape(member.number)} — {escape(member.name)}</b>"
        f"<br>{escape(tr('Group'))}: {escape(member.group_name or '-')}"
        f"<br>{escape(tr('Joined'))}: {format_date(member.join_date)}"
        f"<br>{escape(tr('Printed on'))}: {format_date(book.printed_on)}</p>"
        f"<table><tr>{header}</tr>{lines}</table>"
        f"<p>{escape(tr('Total savings'))}: <b>{escape(format_amount(total, digits))}</b></p>"
    )
