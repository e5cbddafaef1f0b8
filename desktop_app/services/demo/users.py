"""Demo part: the board's logins and a kiosk PIN, so a demo book opens like a real one.

The passwords are public (README): they belong to demo books only. A real book gets
its first user from the first-run wizard.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.db.models import Member
from desktop_app.domain.member_status import MemberStatus
from desktop_app.services import kiosk, users
from desktop_app.services.demo.context import DemoContext

DEMO_PASSWORD = "koperasi-demo"
DEMO_PIN = "246813"
DEMO_USERS = (
    ("ketua", "chair", "Ibu Ketua (demo)"),
    ("bendahara", "treasurer", "Ibu Bendahara (demo)"),
    ("pengawas", "auditor", "Ibu Pengawas (demo)"),
)


def generate(ctx: DemoContext) -> dict[str, int]:
    for username, role, full_name in DEMO_USERS:
        users.add_user(
            ctx.session, username, role=role, password=DEMO_PASSWORD, full_name=full_name
        )
    first_active = ctx.session.scalar(
        select(Member.number).where(Member.status == MemberStatus.ACTIVE).order_by(Member.number).limit(1)
    )
    if first_active:
        kiosk.set_pin(ctx.session, first_active, DEMO_PIN)
    return {"users": len(DEMO_USERS)}
