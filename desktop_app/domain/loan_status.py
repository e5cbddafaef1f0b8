"""The states of a loan, as stored in `loan.status`.

applied → approved (or rejected) → active → paid, or written_off; an active loan whose
member leaves is settled from her savings and becomes paid (`exit_settled` > 0).
Only `services/loans.py` changes a loan's status.
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
