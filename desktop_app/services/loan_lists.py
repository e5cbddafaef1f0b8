"""The loans page's lists: every loan (filtered, sorted in SQL) and the due/overdue list.

Arrears come from the indexed `loan.next_due_date` and `loan.outstanding` columns the
loan services keep in step; nothing replays a loan in Python to draw a list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import contains_any, days_late
from desktop_app.domain.loan_rules import BUCKETS_BY_KEY, bucket_for
from desktop_app.domain.loan_status import LoanStatus
from desktop_app.services.loan_state import status_label
from desktop_app.services.rows import escape_like

_RUNNING = f"l.status = '{LoanStatus.ACTIVE}'"

# Amount of installments due by :due_by still unpaid, for one loan (uses the
# (loan_id, number) unique index).
_OVERDUE = (
    "(SELECT COALESCE(SUM(i.principal + i.interest - i.paid_principal - i.paid_interest), 0) "
    "FROM loan_installment i WHERE i.loan_id = l.id AND i.due_date <= :due_by)"
)


def _bucket_condition(key: str, params: dict, as_of: date) -> str:
    """SQL on l.next_due_date selecting running loans in ageing bucket `key`."""
    bucket = BUCKETS_BY_KEY[key]
    if bucket.max_days == 0:
        params["b_from"] = as_of.isoformat()
        return "(l.next_due_date IS NULL OR l.next_due_date >= :b_from)"
    params["b_to"] = (as_of - timedelta(days=bucket.min_days)).isoformat()
    condition = "l.next_due_date <= :b_to"
    if bucket.max_days is not None:
        params["b_from"] = (as_of - timedelta(days=bucket.max_days)).isoformat()
        condition += " AND l.next_due_date >= :b_from"
    return f"({condition})"


class LoanRow(NamedTuple):
    """A row of the loans page."""

    number: str
    member_number: str
    name: str
    product: str
    disbursed_on: date | None
    principal: int
    outstanding: int
    overdue: int  # amount
    days_late: int
    bucket: str  # the ageing bucket's label, empty unless running
    status: str  # in words
    loan_id: int  # hidden


class LoanListSource:
    """`LoanRow`s of the loans page. Each call reads in a short session of its own from
    `sessions`."""

    _SORT = ("l.number", "m.number", "m.name", "product", "l.disbursed_on", "l.principal",
             "l.outstanding", "overdue", "days", "days", "l.status")

    def __init__(self, sessions: Callable[[], Session], as_of: date):
        self.sessions = sessions
        self.as_of = as_of
        self.search = ""
        self.status: str | tuple[str, ...] | None = None  # one status or several
        self.bucket: str | None = None  # a BUCKETS key: running loans of that age only
        self.member_id: int | None = None
        self.order = "l.id DESC"

    def _where(self, session: Session) -> tuple[str, dict]:
        where, params = ["1 = 1"], {"as_of": self.as_of.isoformat(),
                                    "due_by": self.as_of.isoformat()}
        if self.search.strip():
            where.append(contains_any(session, ("l.number", "m.number", "m.name")))
            params["q"] = f"%{escape_like(self.search.strip())}%"
        if self.status:
            statuses = (self.status,) if isinstance(self.status, str) else self.status
            names = [f"status{i}" for i in range(len(statuses))]
            where.append(f"l.status IN ({', '.join(':' + n for n in names)})")
            params.update(zip(names, statuses, strict=True))
        if self.member_id is not None:
            where.append("l.member_id = :member")
            params["member"] = self.member_id
        if self.bucket:
            where.append(_RUNNING)
            where.append(_bucket_condition(self.bucket, params, self.as_of))
        return " AND ".join(where), params

    def count(self) -> int:
        with self.sessions() as session:
            where, params = self._where(session)
            return session.scalar(text(
                f"SELECT COUNT(*) FROM loan l JOIN member m ON m.id = l.member_id WHERE {where}"),
                params)

    def fetch(self, offset: int, limit: int) -> list[LoanRow]:
        with self.sessions() as session:
            where, params = self._where(session)
            sql = (
                "SELECT l.number, m.number, m.name, COALESCE(p.name, l.method) AS product, "
                "l.disbursed_on, l.principal, l.outstanding, "
                f"CASE WHEN {_RUNNING} THEN {_OVERDUE} ELSE 0 END AS overdue, "
                f"CASE WHEN {_RUNNING} "
                f"THEN {days_late(session, 'l.next_due_date')} ELSE 0 END AS days, "
                "l.status, l.id FROM loan l JOIN member m ON m.id = l.member_id "
                f"LEFT JOIN loan_product p ON p.id = l.product_id WHERE {where} "
                f"ORDER BY {self.order}, l.id DESC LIMIT :limit OFFSET :offset"
            )
            rows = session.execute(text(sql), {**params, "limit": limit, "offset": offset}).all()
        return [
            LoanRow(number, member_no, name, product, _date(disbursed), principal, outstanding,
                    overdue, days, bucket_for(days).label() if status == LoanStatus.ACTIVE else "",
                    status_label(status), loan_id)
            for number, member_no, name, product, disbursed, principal, outstanding, overdue,
            days, status, loan_id in rows
        ]

    def sort(self, column: int, descending: bool) -> None:
        self.order = self._SORT[column] + (" DESC" if descending else "")


class DueRow(NamedTuple):
    """A row of the due list."""

    member_number: str
    name: str
    group: str | None
    loan_number: str
    due_date: date  # the oldest unpaid installment's
    days_late: int
    amount_due: int  # by the end of the window
    outstanding: int
    loan_id: int  # hidden


class DueListSource:
    """Running loans with an installment due within `days_ahead` days or already late —
    the list a treasurer takes to the group meeting, as `DueRow`s."""

    def __init__(self, sessions: Callable[[], Session], as_of: date, days_ahead: int = 7):
        self.sessions = sessions
        self.as_of = as_of
        self.days_ahead = days_ahead
        self.order = "l.next_due_date"

    def _params(self) -> dict:
        return {"as_of": self.as_of.isoformat(),
                "due_by": (self.as_of + timedelta(days=self.days_ahead)).isoformat()}

    _FROM = ("FROM loan l JOIN member m ON m.id = l.member_id "
             "LEFT JOIN member_group g ON g.id = m.group_id "
             f"WHERE {_RUNNING} AND l.next_due_date <= :due_by")

    def count(self) -> int:
        with self.sessions() as session:
            return session.scalar(text(f"SELECT COUNT(*) {self._FROM}"), self._params())

    def fetch(self, offset: int, limit: int) -> list[DueRow]:
        with self.sessions() as session:
            sql = (f"SELECT m.number, m.name, g.name, l.number, l.next_due_date, "
                   f"{days_late(session, 'l.next_due_date')}, {_OVERDUE}, l.outstanding, l.id "
                   f"{self._FROM} ORDER BY {self.order}, m.number LIMIT :limit OFFSET :offset")
            rows = session.execute(
                text(sql), {**self._params(), "limit": limit, "offset": offset}).all()
        return [DueRow(*row[:4], _date(row[4]), *row[5:]) for row in rows]

    def sort(self, column: int, descending: bool) -> None:
        columns = ("m.number", "m.name", "g.name", "l.number", "l.next_due_date",
                   "l.next_due_date", "l.next_due_date", "l.outstanding")
        self.order = columns[column] + (" DESC" if descending else "")
        if column == 5:  # more days late = earlier due date
            self.order = "l.next_due_date" + ("" if descending else " DESC")


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
