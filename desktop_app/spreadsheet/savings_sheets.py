"""The Simpanan and Kas sheets' share of a workbook import: savings movements replayed
in date order against the members' balances, cash movements against the chart."""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import select, text

from desktop_app.db.models import Account
from desktop_app.domain.accounts import (
    KAS,
    PIUTANG_PINJAMAN,
    SAVINGS_ACCOUNTS,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.postings import (
    cash_in_draft,
    cash_out_draft,
    deposit_shape,
    savings_returned_shape,
    withdrawal_shape,
)
from desktop_app.domain.savings import TYPE_OF_ACCOUNT
from desktop_app.i18n import tr


class SavingsImport:
    """Savings and cash movements of the workbook (`plan` is the whole import)."""

    def __init__(self, plan):
        self.plan, self.session = plan, plan.session
        self.savings: list = []  # (order, record, account, signed amount) in date order
        self.cash: list = []  # (record, account code, account type)

    def validate_savings(self) -> None:
        sheet = self.plan._sheet("savings")
        if sheet is None:
            return
        plan, members, closed = self.plan, self.plan.members, self.plan.closed
        pokok, pokok_differs = plan.profile.pokok_amount, 0
        moves = []
        for record in sheet.records:
            member = members.get(record.member_no)
            if member is None:
                plan._member(sheet, record)  # says which member is unknown
            if closed and record.date <= closed:
                plan._open_date(sheet, record)
                continue
            if member is None:
                continue
            deposit, withdrawal, kind = record.deposit, record.withdrawal, record.type
            if deposit and not withdrawal:
                if kind == SIMPANAN_POKOK and deposit != pokok:
                    pokok_differs += 1
                signed, later = -deposit, 0  # deposits before withdrawals on the same day
            elif withdrawal and not deposit:
                if kind != SIMPANAN_SUKARELA and member.status != MemberStatus.LEFT:
                    plan._problem(sheet, record, "type", tr(
                        "only Sukarela can be withdrawn; Pokok and Wajib are returned only to "
                        "a member who has left (Status Keluar)"))
                    continue
                signed, later = withdrawal, 1
            else:
                plan._problem(sheet, record, "withdrawal" if deposit else "deposit", tr(
                    "fill in either Setor or Tarik (one amount per row)"))
                continue
            # by date, deposits first, then by row: one int compares faster than a tuple
            moves.append(((record.date.toordinal() << 1 | later) << 32 | record.row, record,
                          kind, signed))
        moves.sort(key=itemgetter(0))
        balances = self._savings_balances()
        for move in moves:
            _, record, account, amount = move
            key = (record.member_no, account)
            balance = balances.get(key, 0) + amount  # credits are negative
            if balance > 0:
                plan._problem(sheet, record, "withdrawal", tr(
                    "the withdrawal of {amount} is more than the {balance} saved on {date}",
                    amount=plan._money(amount), balance=plan._money(amount - balance),
                    date=format_date(record.date)))
                continue
            balances[key] = balance
            self.savings.append(move)
        if pokok_differs:
            plan.notices.append(tr(
                "{n} Simpanan Pokok deposit(s) differ from today's amount {amount}; the amounts "
                "in the file were kept as history.", n=pokok_differs, amount=plan._money(pokok)))

    def _savings_balances(self) -> dict[tuple[str, str], int]:
        codes = ",".join(f"'{c}'" for c in SAVINGS_ACCOUNTS)
        rows = self.session.execute(text(
            "SELECT m.number, a.code, b.balance FROM member_balance b "
            "JOIN member m ON m.id = b.member_id JOIN account a ON a.id = b.account_id "
            f"WHERE a.code IN ({codes})"))
        return {(number, code): balance for number, code, balance in rows}

    def validate_cash(self) -> None:
        sheet = self.plan._sheet("cash")
        if sheet is None:
            return
        accounts = {code: (kind, active) for code, kind, active in self.session.execute(
            select(Account.code, Account.type, Account.active))}
        member_accounts = {*SAVINGS_ACCOUNTS, PIUTANG_PINJAMAN}
        for record in sheet.records:
            if not self.plan._open_date(sheet, record):
                continue
            code = record.account
            if code not in accounts:
                self.plan._problem(sheet, record, "account", tr(
                    "there is no account {code} in the chart of accounts", code=code))
                continue
            if not accounts[code][1]:
                self.plan._problem(sheet, record, "account", tr("account {code} is closed", code=code))
                continue
            if code == KAS:
                self.plan._problem(sheet, record, "account", tr(
                    "write the other account here, not Kas itself: Masuk and Keluar already "
                    "are Kas"))
                continue
            if code in member_accounts:
                self.plan._problem(sheet, record, "account", tr(
                    "account {code} belongs to members; use the Simpanan or Pinjaman sheet",
                    code=code))
                continue
            if record.member_no is not None and self.plan._member(sheet, record) is None:
                continue
            cash_in, cash_out = record.cash_in or 0, record.cash_out or 0
            if bool(cash_in) == bool(cash_out):
                self.plan._problem(sheet, record, "cash_in" if not cash_in else "cash_out", tr(
                    "fill in either Masuk or Keluar (one amount per row)"))
                continue
            self.cash.append((record, code, accounts[code][0]))

    def entries(self):
        """The savings movements as `JournalWriter.add_many` rows, in date order."""
        shapes = {}
        members = self.plan.members
        for _, record, account, amount in self.savings:
            if amount < 0:
                key = account
            elif account == SIMPANAN_SUKARELA:
                key = "withdrawal"
            else:
                key = ("returned", account)
            shape = shapes.get(key)
            if shape is None:
                shape = shapes[key] = (
                    deposit_shape(TYPE_OF_ACCOUNT[account]) if amount < 0
                    else withdrawal_shape() if key == "withdrawal"
                    else savings_returned_shape(account))
            yield shape, record.date, abs(amount), members[record.member_no].id, record.note

    def cash_drafts(self):
        for record, code, kind in self.cash:
            member = self.plan.members[record.member_no].id if record.member_no else None
            if record.cash_in:
                yield cash_in_draft(record.date, code, kind, record.cash_in,
                                    record.note or tr("Cash in"), member)
            else:
                yield cash_out_draft(record.date, code, kind, record.cash_out,
                                     record.note or tr("Cash out"), member)
