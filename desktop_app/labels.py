"""Display names for entry kinds, account types and the like (no Qt: services, CLI and UI
share them)."""

from __future__ import annotations

from desktop_app.domain.accounts import AccountType, EntryKind
from desktop_app.domain.member_status import MemberStatus
from desktop_app.i18n import tr


def kind_label(kind: str) -> str:
    """The translated name of an entry kind; an unknown kind shows as stored."""
    labels = {
        EntryKind.DEPOSIT: tr("Deposit"),
        EntryKind.WITHDRAWAL: tr("Withdrawal"),
        EntryKind.LOAN_DISBURSEMENT: tr("Loan disbursement"),
        EntryKind.REPAYMENT: tr("Repayment"),
        EntryKind.LOAN_WRITE_OFF: tr("Loan write-off"),
        EntryKind.SALE: tr("Sale"),
        EntryKind.SETTLEMENT: tr("Consignment settlement"),
        EntryKind.STOCK: tr("Stock"),
        EntryKind.EXPENSE: tr("Expense"),
        EntryKind.INCOME: tr("Other income"),
        EntryKind.GRANT: tr("Grant"),
        EntryKind.TRANSFER: tr("Transfer"),
        EntryKind.OPENING_BALANCE: tr("Opening balance"),
        EntryKind.MEMBER_EXIT: tr("Member exit"),
        EntryKind.SHU_DISTRIBUTION: tr("SHU distribution"),
        EntryKind.YEAR_END: tr("Year-end close"),
        EntryKind.REVERSAL: tr("Reversal"),
        EntryKind.JOINT_COVER: tr("Covered by the group (tanggung renteng)"),
        EntryKind.JOINT_PAYBACK: tr("Payback to the group (tanggung renteng)"),
    }
    return labels.get(kind, kind)


def account_type_label(account_type: str) -> str:
    labels = {
        AccountType.ASSET: tr("Asset"),
        AccountType.LIABILITY: tr("Liability"),
        AccountType.EQUITY: tr("Equity"),
        AccountType.INCOME: tr("Income"),
        AccountType.EXPENSE: tr("Expense"),
    }
    return labels.get(account_type, account_type)


def member_status_label(status: str) -> str:
    """Active, or Left (a member who left the cooperative)."""
    return tr("Left") if status == MemberStatus.LEFT else tr("Active")


def frequency_label(frequency: str) -> str:
    """Monthly, every two weeks, weekly (a loan's installment frequency)."""
    return {"month": tr("Monthly"), "2weeks": tr("Every two weeks"),
            "week": tr("Weekly")}.get(frequency, frequency)


def method_label(method: str) -> str:
    """How a loan's interest is computed: flat, declining or annuity."""
    return {"flat": tr("Flat"), "menurun": tr("Declining (menurun)"),
            "anuitas": tr("Annuity (anuitas)")}.get(method, method)


def penalty_label(kind: str) -> str:
    """A loan product's late-payment penalty rule."""
    return {"none": tr("No penalty"), "percent_day": tr("% of the overdue amount per day"),
            "percent_month": tr("% of the overdue amount per month"),
            "fixed": tr("Fixed amount per late installment")}[kind]


def term_label(installments: int, frequency: str) -> str:
    """A loan's term in words: `12 months`, `25 weeks`, `10 × 2 weeks`."""
    if frequency == "week":
        return tr("{n} weeks", n=installments)
    if frequency == "2weeks":
        return tr("{n} × 2 weeks", n=installments)
    return tr("{n} months", n=installments)


def payoff_rule_label(rule: str, months: int = 0) -> str:
    return {"waive": tr("Remaining interest waived"),
            "to_date": tr("Interest to the payoff date"),
            "months": tr("{n} months of interest", n=months)}.get(rule, rule)
