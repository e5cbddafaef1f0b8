"""The states of a loan, as stored in `loan.status`.

applied → approved (or rejected) → active → paid, or written_off; an active loan whose
member leaves is settled from her savings and becomes paid (`exit_settled` > 0).
Only the loan services (`loans`, `loan_state`, `loan_history`, `loan_reversals`) change
a loan's status (the demo builder writes its generated loans directly).
"""

from __future__ import annotations

from enum import StrEnum


class LoanStatus(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    REJECTED = "rejected"
    ACTIVE = "active"
    PAID = "paid"
    WRITTEN_OFF = "written_off"


OPEN_STATUSES = (LoanStatus.APPLIED, LoanStatus.APPROVED, LoanStatus.ACTIVE)
RUNNING_OR_PAID = (LoanStatus.ACTIVE, LoanStatus.PAID)
