"""A member's own business: what she makes, where she sells, since when, and the
consignment products she brings to the cooperative (found by product owner)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import BusinessProfile, Product
from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import require, transaction
from desktop_app.services.members import load_member


@dataclass(frozen=True)
class BusinessData:
    kind: str  # "warung makan", "kerajinan anyaman"
    products: str | None = None
    sells_at: str | None = None  # which local markets
    started_on: date | None = None


@dataclass(frozen=True)
class BusinessView:
    profile: BusinessData | None  # None: not recorded yet
    consignment_products: list[tuple[str, str, bool]]  # code, name, active


def business_of(session: Session, member_id: int) -> BusinessView:
    row = session.get(BusinessProfile, member_id)
    profile = None if row is None else BusinessData(row.kind, row.products, row.sells_at,
                                                    row.started_on)
    products = session.execute(
        select(Product.code, Product.name, Product.active)
        .where(Product.owner_member_id == member_id).order_by(Product.code)).all()
    return BusinessView(profile, [tuple(p) for p in products])


def save_business(session: Session, member_id: int, data: BusinessData,
                  today: date | None = None) -> None:
    """Record or change a member's business profile."""
    with transaction(session):
        require(session, Permission.EDIT_MASTER)
        load_member(session, member_id)
        problems = []
        if not data.kind.strip():
            problems.append(tr("Say what kind of business she runs."))
        if data.started_on and data.started_on > (today or date.today()):
            problems.append(tr("The business cannot start after today ({date}).",
                               date=format_date(today or date.today())))
        if problems:
            raise ValidationError(" ".join(problems), problems)
        row = session.get(BusinessProfile, member_id) or BusinessProfile(member_id=member_id)
        row.kind = data.kind.strip()
        row.products = (data.products or "").strip() or None
        row.sells_at = (data.sells_at or "").strip() or None
        row.started_on = data.started_on
        session.add(row)
        audit.record(session, "business.save", "member", member_id, kind=row.kind,
                     products=row.products, sells_at=row.sells_at, started_on=row.started_on)
