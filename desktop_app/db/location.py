"""Where a book is: a file path or a server book's address (no SQLAlchemy here, so the
command line and the start-up can tell the two apart before the database layer loads)."""

from __future__ import annotations

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: object) -> bool:
    """True for a `postgresql://user@host:port/dbname` server book address."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)
