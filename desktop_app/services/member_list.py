"""The members page's list: filtered and sorted in SQL over the balance summaries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import at_least_zero, contains_any, month_number
from desktop_app.db.models import Account
from desktop_app.domain.accounts import (
    PIUTANG_PINJAMAN,
    SIMPANAN_POKOK,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
)
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.savings import month_index
from desktop_app.labels import member_status_label
from desktop_app.services import settings
from desktop_app.services.rows import escape_like


class MemberRow(NamedTuple):
    """A row of the members page."""

    number: str
    name: str
    group: str | None
    phone: str | None
    status: str  # in words
    savings: int  # total of pokok, wajib and sukarela
    loan: int  # outstanding principal
    arrears: int  # wajib overdue
    member_id: int  # hidden


class MemberListSource:
    """`MemberRow`s of the members page, filtered and sorted in SQL over the balance
    summaries. Each call reads in a short session of its own from
    `sessions`, so a page that keeps the source never holds a read transaction open.
    """

    _SORT = ("number", "name", "group_name", "phone", "status", "savings", "loan", "arrears")

    def __init__(self, sessions: Callable[[], Session], as_of: date):
        self.sessions = sessions
        self.search = ""
        self.group_id: int | None = None
        self.status: str | None = None  # active | left | None for all
        self.in_arrears = False
        self.order = "number"
        with sessions() as session:
            accounts = dict(session.execute(select(Account.code, Account.id)).all())
            monthly = settings.get_profile(session).wajib_amount
            # wajib months overdue: the joining month through the one before as_of's
            months_due = at_least_zero(
                session, f":as_of - {month_number(session, 'm.join_date')} + 1"
            )
            unpaid = at_least_zero(session, f"{months_due} * :monthly + COALESCE(bw.balance, 0)")
            self._search = contains_any(session, ("m.number", "m.name", "m.phone"))
        self._arrears = f"CASE WHEN m.status = '{MemberStatus.LEFT}' THEN 0 ELSE {unpaid} END"
        self._params = {
            "pokok": accounts[SIMPANAN_POKOK],
            "wajib": accounts[SIMPANAN_WAJIB],
            "sukarela": accounts[SIMPANAN_SUKARELA],
            "piutang": accounts[PIUTANG_PINJAMAN],
            "monthly": monthly,
            # the last month whose wajib is overdue: the one before as_of's (see
            # domain.savings.wajib_months_in_arrears)
            "as_of": month_index(as_of) - 1,
        }

    _WAJIB_JOIN = (
        "LEFT JOIN member_balance bw ON bw.member_id = m.id AND bw.account_id = :wajib "
    )

    def _where(self) -> tuple[str, dict]:
        where, params = ["1 = 1"], dict(self._params)
        if self.search.strip():
            where.append(self._search)
            params["q"] = f"%{escape_like(self.search.strip())}%"
        if self.group_id is not None:
            where.append("m.group_id = :group")
            params["group"] = self.group_id
        if self.status:
            where.append("m.status = :status")
            params["status"] = self.status
        if self.in_arrears:
            where.append(f"{self._arrears} > 0")
        return " AND ".join(where), params

    def _query(self) -> tuple[str, dict]:
        where, params = self._where()
        sql = (
            "SELECT m.number AS number, m.name AS name, g.name AS group_name, m.phone AS phone, "
            "m.status AS status, -(COALESCE(bp.balance, 0) + COALESCE(bw.balance, 0) "
            "+ COALESCE(bs.balance, 0)) AS savings, COALESCE(bl.balance, 0) AS loan, "
            f"{self._arrears} AS arrears, m.id AS id "
            "FROM member m LEFT JOIN member_group g ON g.id = m.group_id "
            "LEFT JOIN member_balance bp ON bp.member_id = m.id AND bp.account_id = :pokok "
            f"{self._WAJIB_JOIN}"
            "LEFT JOIN member_balance bs ON bs.member_id = m.id AND bs.account_id = :sukarela "
            "LEFT JOIN member_balance bl ON bl.member_id = m.id AND bl.account_id = :piutang "
            f"WHERE {where}"
        )
        return sql, params

    def count(self) -> int:
        """Counted over the member table alone (plus wajib balances for the arrears filter)."""
        where, params = self._where()
        join = self._WAJIB_JOIN if self.in_arrears else ""
        with self.sessions() as session:
            return session.scalar(text(f"SELECT COUNT(*) FROM member m {join}WHERE {where}"),
                                  params)

    def fetch(self, offset: int, limit: int) -> list[MemberRow]:
        sql, params = self._query()
        sql += f" ORDER BY {self.order}, number LIMIT :limit OFFSET :offset"
        with self.sessions() as session:
            rows = session.execute(text(sql), {**params, "limit": limit, "offset": offset}).all()
        return [MemberRow(*row[:4], member_status_label(row[4]), *row[5:]) for row in rows]

    def sort(self, column: int, descending: bool) -> None:
        self.order = self._SORT[column] + (" DESC" if descending else "")
