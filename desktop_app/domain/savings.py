"""The three kinds of savings (simpanan) and the rule for wajib arrears."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop_app.domain.accounts import SIMPANAN_POKOK, SIMPANAN_SUKARELA, SIMPANAN_WAJIB
from desktop_app.i18n import tr


class SavingsType(StrEnum):
    POKOK = "pokok"  # once, on joining, the profile's fixed amount
    WAJIB = "wajib"  # every month from the joining month
    SUKARELA = "sukarela"  # any amount, the only kind that can be withdrawn


ACCOUNT_OF: dict[SavingsType, str] = {
    SavingsType.POKOK: SIMPANAN_POKOK,
    SavingsType.WAJIB: SIMPANAN_WAJIB,
    SavingsType.SUKARELA: SIMPANAN_SUKARELA,
}
TYPE_OF_ACCOUNT: dict[str, SavingsType] = {code: kind for kind, code in ACCOUNT_OF.items()}


def label(kind: SavingsType) -> str:
    """The name a treasurer uses for a savings type, in the UI language."""
    return {
        SavingsType.POKOK: tr("Simpanan Pokok"),
        SavingsType.WAJIB: tr("Simpanan Wajib"),
        SavingsType.SUKARELA: tr("Simpanan Sukarela"),
    }[kind]


def month_index(day: date) -> int:
    """Months since year 0, so that month differences are plain subtraction."""
    return day.year * 12 + day.month - 1


def wajib_months_in_arrears(join_date: date, as_of: date) -> int:
    """Months whose wajib is overdue on `as_of`.

    Wajib is a fixed amount every month from the joining month. A month's
    wajib falls due by the end of that month (it is paid at a group meeting in the
    month), so arrears count only the months that ended before `as_of`: the joining month
    is due, but nobody is in arrears on the day she joins (the app showed Rp 20.000 of
    arrears for a member who joined that day)."""
    return max(0, month_index(as_of) - month_index(join_date))


def wajib_arrears(join_date: date, as_of: date, monthly: int, paid: int) -> int:
    """Months in arrears × monthly amount − wajib paid, never below zero."""
    return max(0, wajib_months_in_arrears(join_date, as_of) * monthly - paid)
