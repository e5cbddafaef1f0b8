"""Receipt (kwitansi) numbers: one series per kind of receipt, counted per calendar year.

A treasurer files receipts in number order and an auditor checks that none is missing,
so numbers run 1, 2, 3 … within a series and year with no gaps (never the journal id).
"""

from __future__ import annotations

from desktop_app.domain.accounts import EntryKind

SAVINGS = "SP"  # simpanan: deposits and withdrawals
REPAYMENT = "AN"  # angsuran: loan repayments

SERIES_OF_KIND = {
    EntryKind.DEPOSIT: SAVINGS,
    EntryKind.WITHDRAWAL: SAVINGS,
    EntryKind.REPAYMENT: REPAYMENT,
}


def receipt_label(series: str, year: int, number: int) -> str:
    """The number as printed, e.g. ``SP-2026-00042``."""
    return f"{series}-{year}-{number:05d}"
