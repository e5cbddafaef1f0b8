"""Make the journal and the audit log append-only at the database level.

Posted entries are reversed, never edited or deleted; these triggers make sure no code
path (or a hand-edited query) can change them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PROTECTED = ("journal_entry", "journal_line", "audit_log")


def upgrade() -> None:
    for table in PROTECTED:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in PROTECTED:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")
