"""Receipt numbers per series and year, without gaps (issue 12).

Receipts printed the journal entry id, which jumps (6932 -> 8943) because every posting
of any kind takes an id. Existing deposits, withdrawals and repayments are numbered by
date (then posting order), per series and calendar year of their date.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# as in domain/receipts.py at the time of this migration
SERIES_OF_KIND = {"deposit": "SP", "withdrawal": "SP", "repayment": "AN"}


def upgrade() -> None:
    numbers = op.create_table(
        "receipt_number",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["journal_entry.id"],
                                name=op.f("fk_receipt_number_entry_id_journal_entry")),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_receipt_number")),
        sa.UniqueConstraint("series", "year", "number", name=op.f("uq_receipt_number_series")),
    )
    counters = op.create_table(
        "receipt_counter",
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_receipt_counter")),
    )
    entry = sa.table("journal_entry", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                     sa.column("date", sa.Date))
    rows = op.get_bind().execute(
        sa.select(entry.c.id, entry.c.kind, entry.c.date)
        .where(entry.c.kind.in_(list(SERIES_OF_KIND)))
        .order_by(entry.c.date, entry.c.id)
    )
    last: dict[tuple[str, int], int] = defaultdict(int)
    batch = []
    for entry_id, kind, on in rows:
        key = (SERIES_OF_KIND[kind], on.year)
        last[key] += 1
        batch.append({"entry_id": entry_id, "series": key[0], "year": key[1],
                      "number": last[key]})
    if batch:
        op.bulk_insert(numbers, batch)
        op.bulk_insert(counters, [{"series": s, "year": y, "last": n}
                                  for (s, y), n in last.items()])


def downgrade() -> None:
    op.drop_table("receipt_counter")
    op.drop_table("receipt_number")
