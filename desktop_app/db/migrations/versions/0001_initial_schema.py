"""Initial schema: every table of the book.

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('code', name=op.f('uq_account_code'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('object_type', sa.String(length=32), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undone_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch'))
    )
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_checksum'), ['checksum'], unique=False)

    op.create_table('loan_product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('monthly_rate', sa.String(length=32), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('max_term_months', sa.Integer(), nullable=False),
    sa.Column('admin_fee_amount', sa.BigInteger(), nullable=False),
    sa.Column('admin_fee_percent', sa.String(length=32), nullable=False),
    sa.Column('penalty_kind', sa.String(length=16), nullable=False),
    sa.Column('penalty_value', sa.String(length=32), nullable=False),
    sa.Column('limit_savings_multiple', sa.String(length=32), nullable=True),
    sa.Column('guarantor_required', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_product')),
    sa.UniqueConstraint('name', name=op.f('uq_loan_product_name'))
    )
    op.create_table('market_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('market', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_market_day'))
    )
    with op.batch_alter_table('market_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_market_day_date'), ['date'], unique=False)

    op.create_table('member_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_group')),
    sa.UniqueConstraint('name', name=op.f('uq_member_group_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('account_balance',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('balance', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_balance_account_id_account')),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_account_balance'))
    )
    op.create_table('journal_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_journal_entry_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['reverses_id'], ['journal_entry.id'], name=op.f('fk_journal_entry_reverses_id_journal_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entry')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_journal_entry_reverses_id'))
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entry_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_entry_date'), ['date'], unique=False)
        batch_op.create_index('ix_journal_entry_kind_date', ['kind', 'date'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('join_date', sa.Date(), nullable=False),
    sa.Column('head_of_household', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('exit_date', sa.Date(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('pin_failures', sa.Integer(), nullable=False),
    sa.Column('pin_locked_until', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_member_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['group_id'], ['member_group.id'], name=op.f('fk_member_group_id_member_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('number', name=op.f('uq_member_number'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_status'), ['status'], unique=False)

    op.create_table('loan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('monthly_rate', sa.String(length=32), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('admin_fee', sa.BigInteger(), nullable=False),
    sa.Column('penalty_kind', sa.String(length=16), nullable=False),
    sa.Column('penalty_value', sa.String(length=32), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('guarantor_member_id', sa.Integer(), nullable=True),
    sa.Column('guarantor_name', sa.String(length=120), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('disbursed_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('outstanding', sa.BigInteger(), nullable=False),
    sa.Column('next_due_date', sa.Date(), nullable=True),
    sa.Column('rescheduled_on', sa.Date(), nullable=True),
    sa.Column('exit_settled', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_loan_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['guarantor_member_id'], ['member.id'], name=op.f('fk_loan_guarantor_member_id_member')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_loan_member_id_member')),
    sa.ForeignKeyConstraint(['product_id'], ['loan_product.id'], name=op.f('fk_loan_product_id_loan_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan')),
    sa.UniqueConstraint('number', name=op.f('uq_loan_number'))
    )
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_loan_status_member', ['status', 'member_id'], unique=False)
        batch_op.create_index('ix_loan_status_due', ['status', 'next_due_date'], unique=False)

    op.create_table('account_month',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('closing', sa.Boolean(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_month_account_id_account')),
    sa.PrimaryKeyConstraint('account_id', 'month', 'closing', name=op.f('pk_account_month'))
    )
    op.create_table('member_balance',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('balance', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_member_balance_account_id_account')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_balance_member_id_member')),
    sa.PrimaryKeyConstraint('member_id', 'account_id', name=op.f('pk_member_balance'))
    )
    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('sale_price', sa.BigInteger(), nullable=False),
    sa.Column('cost_price', sa.BigInteger(), nullable=False),
    sa.Column('min_stock', sa.Integer(), nullable=False),
    sa.Column('owner_member_id', sa.Integer(), nullable=True),
    sa.Column('commission_percent', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_product_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['owner_member_id'], ['member.id'], name=op.f('fk_product_owner_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('code', name=op.f('uq_product_code'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_owner_member_id'), ['owner_member_id'], unique=False)

    op.create_table('journal_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('loan_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_journal_line_account_id_account')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_journal_line_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], name=op.f('fk_journal_line_loan_id_loan')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_journal_line_member_id_member')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_journal_line_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_line'))
    )
    with op.batch_alter_table('journal_line', schema=None) as batch_op:
        batch_op.create_index('ix_journal_line_account', ['account_id', 'entry_id', 'amount'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_line_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index('ix_journal_line_loan', ['loan_id'], unique=False)
        batch_op.create_index('ix_journal_line_member', ['member_id', 'account_id', 'amount'], unique=False)
        batch_op.create_index('ix_journal_line_product', ['product_id'], unique=False)

    op.create_table('loan_installment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('paid_principal', sa.BigInteger(), nullable=False),
    sa.Column('paid_interest', sa.BigInteger(), nullable=False),
    sa.Column('paid_penalty', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], name=op.f('fk_loan_installment_loan_id_loan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_installment')),
    sa.UniqueConstraint('loan_id', 'number', name=op.f('uq_loan_installment_loan_id'))
    )
    with op.batch_alter_table('loan_installment', schema=None) as batch_op:
        batch_op.create_index('ix_loan_installment_due', ['due_date', 'loan_id'], unique=False)

    op.create_table('loan_repayment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('penalty', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('reversed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_loan_repayment_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], name=op.f('fk_loan_repayment_loan_id_loan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_repayment')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_loan_repayment_entry_id'))
    )
    with op.batch_alter_table('loan_repayment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_repayment_loan_id'), ['loan_id'], unique=False)

    op.create_table('stock_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('unit_cost', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('market_day_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_stock_movement_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['market_day_id'], ['market_day.id'], name=op.f('fk_stock_movement_market_day_id_market_day')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_stock_movement_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movement'))
    )
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movement_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movement_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movement_market_day_id'), ['market_day_id'], unique=False)
        batch_op.create_index('ix_stock_movement_product', ['product_id', 'quantity'], unique=False)



def downgrade() -> None:
    op.drop_table('account_month')
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movement_product')
        batch_op.drop_index(batch_op.f('ix_stock_movement_market_day_id'))
        batch_op.drop_index(batch_op.f('ix_stock_movement_entry_id'))
        batch_op.drop_index(batch_op.f('ix_stock_movement_date'))

    op.drop_table('stock_movement')
    with op.batch_alter_table('loan_repayment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_repayment_loan_id'))

    op.drop_table('loan_repayment')
    with op.batch_alter_table('loan_installment', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_installment_due')

    op.drop_table('loan_installment')
    with op.batch_alter_table('journal_line', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_line_product')
        batch_op.drop_index('ix_journal_line_member')
        batch_op.drop_index('ix_journal_line_loan')
        batch_op.drop_index(batch_op.f('ix_journal_line_entry_id'))
        batch_op.drop_index('ix_journal_line_account')

    op.drop_table('journal_line')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_owner_member_id'))
        batch_op.drop_index(batch_op.f('ix_product_name'))

    op.drop_table('product')
    op.drop_table('member_balance')
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_status_due')
        batch_op.drop_index('ix_loan_status_member')
        batch_op.drop_index(batch_op.f('ix_loan_member_id'))

    op.drop_table('loan')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_status'))
        batch_op.drop_index(batch_op.f('ix_member_name'))
        batch_op.drop_index(batch_op.f('ix_member_group_id'))

    op.drop_table('member')
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_entry_kind_date')
        batch_op.drop_index(batch_op.f('ix_journal_entry_date'))
        batch_op.drop_index(batch_op.f('ix_journal_entry_batch_id'))

    op.drop_table('journal_entry')
    op.drop_table('account_balance')
    op.drop_table('user_account')
    op.drop_table('setting')
    op.drop_table('member_group')
    with op.batch_alter_table('market_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_market_day_date'))

    op.drop_table('market_day')
    op.drop_table('loan_product')
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batch_checksum'))

    op.drop_table('import_batch')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_actor'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('account')
