"""Journal lines indexed by loan and product only where they have one (issue 16).

Most lines carry neither a loan nor a product, yet every posting added a NULL to both
indexes: about a sixth of the cost of writing a line in a bulk import. Queries look lines
up by a loan or product (`loan_id = …`, `loan_id IS NOT NULL`), which partial indexes
answer as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEXES = (("ix_journal_line_loan", "loan_id"), ("ix_journal_line_product", "product_id"))


def upgrade() -> None:
    for name, column in INDEXES:
        op.drop_index(name, table_name="journal_line")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "journal_line", [column], sqlite_where=where,
                        postgresql_where=where)


def downgrade() -> None:
    for name, column in INDEXES:
        op.drop_index(name, table_name="journal_line")
        op.create_index(name, "journal_line", [column])
