"""Import presets: a column mapping and grid choices saved under a name, offered again
for a workbook with the same headers (issue 16).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_preset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("saved_by", sa.String(length=64), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_preset")),
        sa.UniqueConstraint("name", name=op.f("uq_import_preset_name")),
    )
    op.create_index(op.f("ix_import_preset_signature"), "import_preset", ["signature"])


def downgrade() -> None:
    op.drop_index(op.f("ix_import_preset_signature"), table_name="import_preset")
    op.drop_table("import_preset")
