"""The chart of accounts: the default accounts and edits to names."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Account
from desktop_app.domain.accounts import DEFAULT_CHART


@dataclass(frozen=True)
class AccountInfo:
    id: int
    code: str
    name: str
    type: str
    active: bool


def install_default_chart(session: Session) -> None:
    for code, name, account_type in DEFAULT_CHART:
        session.add(Account(code=code, name=name, type=str(account_type), active=True))
    session.flush()


def list_accounts(session: Session) -> list[AccountInfo]:
    rows = session.scalars(select(Account).order_by(Account.code))
    return [AccountInfo(a.id, a.code, a.name, a.type, a.active) for a in rows]
