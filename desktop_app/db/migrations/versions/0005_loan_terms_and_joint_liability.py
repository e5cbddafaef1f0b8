"""Loan schedule options (frequency, grace, rounding, first due date, early payoff rule),
group meeting day and tanggung renteng, and the joint-liability sub-ledger (issue 17).

Existing products and loans get today's terms (monthly, no grace, rounding to one minor
unit half up, remaining interest waived at payoff), so their schedules do not change.
Server defaults are plain literals so that SQLite adds the columns in place: a SQL
expression would make Alembic rebuild the tables, which the loans' foreign keys forbid.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _term_columns() -> list[sa.Column]:
    return [
        sa.Column("frequency", sa.String(length=8), server_default="month", nullable=False),
        sa.Column("grace_installments", sa.Integer(), server_default="0",
                  nullable=False),
        sa.Column("grace_kind", sa.String(length=8), server_default="interest", nullable=False),
        sa.Column("rounding_unit", sa.BigInteger(), server_default="1",
                  nullable=False),
        sa.Column("rounding_mode", sa.String(length=8), server_default="half_up",
                  nullable=False),
        sa.Column("payoff_rule", sa.String(length=8), server_default="waive", nullable=False),
        sa.Column("payoff_months", sa.Integer(), server_default="0", nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("loan_product", schema=None) as batch_op:
        for column in _term_columns():
            batch_op.add_column(column)
    with op.batch_alter_table("loan", schema=None) as batch_op:
        for column in _term_columns():
            batch_op.add_column(column)
        batch_op.add_column(sa.Column("first_due_date", sa.Date(), nullable=True))
    with op.batch_alter_table("member_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_weekday", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("meeting_frequency", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("joint_liability", sa.Boolean(), server_default="0",
                                      nullable=False))
    op.create_table(
        "joint_liability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("borrower_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("reversed", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["borrower_id"], ["member.id"],
                                name=op.f("fk_joint_liability_borrower_id_member")),
        sa.ForeignKeyConstraint(["entry_id"], ["journal_entry.id"],
                                name=op.f("fk_joint_liability_entry_id_journal_entry")),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"],
                                name=op.f("fk_joint_liability_loan_id_loan")),
        sa.ForeignKeyConstraint(["payer_id"], ["member.id"],
                                name=op.f("fk_joint_liability_payer_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_liability")),
    )
    with op.batch_alter_table("joint_liability", schema=None) as batch_op:
        batch_op.create_index("ix_joint_liability_pair", ["borrower_id", "payer_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_joint_liability_entry_id"), ["entry_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_joint_liability_loan_id"), ["loan_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_joint_liability_payer_id"), ["payer_id"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("joint_liability")
    with op.batch_alter_table("member_group", schema=None) as batch_op:
        for name in ("joint_liability", "meeting_frequency", "meeting_weekday"):
            batch_op.drop_column(name)
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_column("first_due_date")
        for column in reversed(_term_columns()):
            batch_op.drop_column(column.name)
    with op.batch_alter_table("loan_product", schema=None) as batch_op:
        for column in reversed(_term_columns()):
            batch_op.drop_column(column.name)
