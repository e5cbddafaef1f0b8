"""Monthly totals kept by the posting path (issue 19).

`account_month` was a cache counted on first use from a high-water mark (~4 s on a
10,000-member book, on the user's first click). From now on every posting adds to it;
this migration counts the whole journal once and drops the high-water mark.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MARK = "cache.account_month_through_entry"
CLOSING_KIND = "year_end"  # EntryKind.YEAR_END at the time of this migration


def upgrade() -> None:
    """Count the journal per account and day in SQL (portable), then per month here."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT l.account_id, e.date AS day, e.kind = :closing AS closing, SUM(l.amount) "
        "FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id "
        "GROUP BY 1, 2, 3"
    ).columns(day=sa.Date), {"closing": CLOSING_KIND})
    totals: dict[tuple[int, str, bool], int] = defaultdict(int)
    for account_id, day, closing, amount in rows:
        totals[(account_id, f"{day.year:04d}-{day.month:02d}", bool(closing))] += amount
    month = sa.table("account_month", sa.column("account_id", sa.Integer),
                     sa.column("month", sa.String), sa.column("closing", sa.Boolean),
                     sa.column("amount", sa.BigInteger))
    op.execute(month.delete())
    if totals:
        op.bulk_insert(month, [{"account_id": a, "month": m, "closing": c, "amount": d}
                               for (a, m, c), d in totals.items()])
    setting = sa.table("setting", sa.column("key", sa.String))
    op.execute(setting.delete().where(setting.c.key == MARK))


def downgrade() -> None:
    """Empty the table: the older version counts it again from its high-water mark."""
    op.execute(sa.table("account_month").delete())
