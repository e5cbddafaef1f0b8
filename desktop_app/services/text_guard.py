"""The last guard on texts written through the ORM: none may hold a control
character or pass its column's String(n) length, whichever service wrote it.

Services check the fields a user types with messages naming them (members, groups,
products, notes); this catches any text they did not, before it reaches the book.
"""

from __future__ import annotations

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from desktop_app.domain.limits import check_text


@event.listens_for(Session, "before_flush")
def _check_texts(session: Session, _context, _instances) -> None:
    for instance in (*session.new, *session.dirty):
        mapper = inspect(instance).mapper
        for column in mapper.columns:
            if not isinstance(column.type, String):
                continue
            value = getattr(instance, mapper.get_property_by_column(column).key, None)
            if not isinstance(value, str):
                continue
            # Text columns (no length) are checked for control characters only.
            check_text(value, f"{column.table.name}.{column.name}",
                       column.type.length or len(value))


def check_rows(table, rows: list[dict]) -> None:
    """The same guard for rows a service inserts in bulk through Core (no ORM flush)."""
    columns = [column for column in table.columns if isinstance(column.type, String)]
    for row in rows:
        for column in columns:
            value = row.get(column.key)
            if isinstance(value, str):
                check_text(value, f"{table.name}.{column.name}", column.type.length or len(value))
