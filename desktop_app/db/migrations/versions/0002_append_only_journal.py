"""Make the journal and the audit log append-only at the database level.

Posted entries are reversed, never edited or deleted; these triggers make sure no code
path (or a hand-edited query) can change them. SQLite books keep the triggers they were
made with; PostgreSQL needs a plpgsql function and row triggers for UPDATE/DELETE plus a
statement trigger for TRUNCATE (privileges add a second guard there: docs/server.md).

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
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    for table in PROTECTED:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def _upgrade_postgresql() -> None:
    op.execute(
        "CREATE FUNCTION koperasi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
    )
    for table in PROTECTED:
        op.execute(
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION koperasi_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION koperasi_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS koperasi_append_only() CASCADE")
        return
    for table in PROTECTED:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")
