"""Help > Loan terms: how rates, frequencies, grace periods, rounding, early payoff and
tanggung renteng work (the same rules as README "Loans")."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import tr


def loan_terms_text() -> str:
    return "\n\n".join([
        tr("The interest rate is always quoted per month. A weekly installment's rate is the "
           "monthly rate × 12 / 52 and a two-weekly one's × 12 / 26 (for example 1.3% per "
           "month = 0.3% per week); flat, menurun and anuitas all work per installment "
           "period."),
        tr("Grace period: the first installments carry no principal; they pay the interest "
           "only, or nothing (then their interest is added to the first installment after "
           "the grace period)."),
        tr("Rounding: installments round to the product's unit (e.g. Rp 500), half up or "
           "up; interest stays exact and the last installment absorbs the difference."),
        tr("First due date: when chosen, the first period's interest is charged by its "
           "actual days. Due dates move to the group's meeting day when it has one."),
        tr("Early payoff: by the product's rule, the remaining interest is waived, or "
           "interest runs to the payoff date, or a set number of months of interest is "
           "charged."),
        tr("Tanggung renteng: in a group with this setting, members present at a meeting "
           "can cover a member's installment, in cash or from their voluntary savings. She "
           "then owes each of them her share until she pays them back through the "
           "cooperative."),
    ])


def show_loan_terms_help(parent: QWidget) -> None:
    QMessageBox.information(parent, tr("Loan terms"), loan_terms_text())
