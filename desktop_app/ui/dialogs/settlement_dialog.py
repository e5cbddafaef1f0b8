"""Settle a producer: her statement since the last settlement, and the payment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import AmountError, format_amount
from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import consignment, settings
from desktop_app.services.consignment import Statement
from desktop_app.ui.context import AppContext
from desktop_app.ui.printing import STYLE, ask_and_save_pdf, escape, print_html
from desktop_app.ui.widgets.date_edit import DateEdit, confirm_posting_date
from desktop_app.ui.widgets.forms import error_label
from desktop_app.ui.widgets.money_edit import MoneyEdit


def statement_html(statement: Statement, cooperative: str, minor_digits: int = 0) -> str:
    """The producer's printable statement (nota konsinyasi)."""

    def money(value: int) -> str:
        return escape(format_amount(value, minor_digits))

    since = (tr("since the settlement of {date}", date=format_date(statement.since))
             if statement.since else tr("since her first sale"))
    rows = "".join(
        f"<tr><td>{escape(format_date(ln.date))}</td><td>{escape(ln.market)}</td>"
        f"<td>{escape(ln.code)} {escape(ln.product)}</td><td class=num>{ln.quantity}</td>"
        f"<td class=num>{money(ln.amount)}</td><td class=num>{money(ln.commission)}</td>"
        f"<td class=num>{money(ln.owed)}</td></tr>"
        for ln in statement.lines
    )
    heads = (tr("Date"), tr("Market"), tr("Product"), tr("Quantity"), tr("Sales amount"),
             tr("Commission"), tr("Her share"))
    head = "".join(
        f"<th{'' if i < 3 else ' class=num'}>{escape(h)}</th>" for i, h in enumerate(heads)
    )
    total_share = statement.total_amount - statement.total_commission
    return (
        f"<h1>{escape(cooperative)}</h1>"
        f"<h2>{escape(tr('Consignment statement'))}</h2>"
        f"<p>{escape(tr('Member'))}: <b>{escape(statement.member_number)} "
        f"{escape(statement.member_name)}</b><br>{escape(tr('Sales'))} {escape(since)}</p>"
        f"<table><tr>{head}</tr>{rows}"
        f"<tr><th colspan=4>{escape(tr('Total'))}</th>"
        f"<th class=num>{money(statement.total_amount)}</th>"
        f"<th class=num>{money(statement.total_commission)}</th>"
        f"<th class=num>{money(total_share)}</th></tr></table>"
        f"<h2>{escape(tr('Owed to her now: {amount}', amount=money(statement.owed_now)))}</h2>"
    )


class SettlementDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.entry_id: int | None = None
        with ctx.session() as session:
            profile = settings.get_profile(session)
            self.statement = consignment.statement(session, member_id)
        self.minor_digits = profile.minor_digits
        self.html = statement_html(self.statement, profile.name, self.minor_digits)
        s = self.statement
        self.setWindowTitle(tr("Settle {name}", name=s.member_name))
        self.resize(760, 640)
        view = QTextBrowser()
        view.document().setDefaultStyleSheet(STYLE)
        view.setHtml(self.html)
        self.amount = MoneyEdit(self.minor_digits)
        self.amount.set_amount(s.owed_now)
        self.cash = QRadioButton(tr("Pay in cash"))
        self.savings = QRadioButton(tr("Credit to her voluntary savings"))
        self.cash.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.cash)
        group.addButton(self.savings)
        self.on = DateEdit()
        self.error = error_label()
        method = QHBoxLayout()
        method.addWidget(self.cash)
        method.addWidget(self.savings)
        form = QFormLayout()
        owed_now = format_amount(s.owed_now, self.minor_digits)
        form.addRow(tr("Owed now"), QLabel(f"<b>{owed_now}</b>"))
        form.addRow(tr("Amount to settle"), self.amount)
        form.addRow(tr("How"), method)
        form.addRow(tr("Date"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.settle_button = buttons.addButton(tr("Settle"), QDialogButtonBox.ButtonRole.AcceptRole)
        action = QDialogButtonBox.ButtonRole.ActionRole
        print_button = buttons.addButton(tr("Print statement"), action)
        pdf_button = buttons.addButton(tr("Save as PDF"), action)
        self.settle_button.clicked.connect(self.settle)
        buttons.rejected.connect(self.reject)
        print_button.clicked.connect(lambda: print_html(self, self.html))
        pdf_button.clicked.connect(
            lambda: ask_and_save_pdf(self, self.html, f"konsinyasi-{s.member_number}.pdf")
        )
        self.settle_button.setEnabled(ctx.can(Permission.POST) and s.owed_now > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def settle(self) -> None:
        method = consignment.SAVINGS if self.savings.isChecked() else consignment.CASH
        if not confirm_posting_date(self, self.on.value()):
            return
        try:
            amount = self.amount.amount()
            with self.ctx.session() as session:
                self.entry_id = consignment.settle(
                    session, self.member_id, amount, self.on.value(), method
                )
        except (KoperasiError, AmountError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()
