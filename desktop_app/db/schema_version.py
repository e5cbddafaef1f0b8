"""The book's schema version: the Alembic migrations, the newest revision, and reading a
book's revision without importing Alembic (whose import is most of a start-up)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest migration. Opening a book at this revision needs no Alembic (whose import
# is most of a start-up); tests/db/test_migrations.py checks it against the scripts.
HEAD_REVISION = "0009"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def script_head() -> str:
    """The newest revision as the migration scripts say (what HEAD_REVISION must equal)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_known_revision(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return revision in {rev.revision for rev in script.walk_revisions()}


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The book's revision, read with one query (the book has an alembic_version table)."""
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
