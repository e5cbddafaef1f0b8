"""Alembic environment: always run on the connection the book opener hands over."""

from alembic import context

from desktop_app.db import models  # noqa: F401  (registers every table)
from desktop_app.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
