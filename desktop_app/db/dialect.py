"""The few SQL spellings that differ between SQLite and PostgreSQL, in one place.

Queries are written once for both engines; where the two have no common spelling (a
date's month as text, a list of values gathered into one string) the query takes the
fragment from here. A test fails on these SQLite-only functions anywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from sqlalchemy import Connection, Date, DateTime, Table, TextClause, insert, text
from sqlalchemy.orm import Session

# Tables whose rows are never changed or deleted (migration 0002's triggers guard them).
APPEND_ONLY_TABLES = ("journal_entry", "journal_line", "audit_log")


def is_postgresql(session: Session | Connection) -> bool:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name == "postgresql"


def year_month(session: Session, column: str) -> str:
    """SQL for the 'YYYY-MM' month of the date `column`."""
    if is_postgresql(session):
        return f"to_char({column}, 'YYYY-MM')"
    return f"strftime('%Y-%m', {column})"


def distinct_list(session: Session, column: str) -> str:
    """SQL aggregating the distinct values of the integer `column` as 'a,b,c'."""
    if is_postgresql(session):
        return f"string_agg(DISTINCT CAST({column} AS TEXT), ',')"
    return f"group_concat(DISTINCT {column})"


def days_late(session: Session, due: str, as_of: str = ":as_of") -> str:
    """SQL for the whole days from the date `due` to `as_of` (0 when not yet due)."""
    if is_postgresql(session):
        return at_least_zero(session, f"CAST({as_of} AS DATE) - {due}")
    return at_least_zero(session, f"CAST(julianday({as_of}) - julianday({due}) AS INTEGER)")


def at_least_zero(session: Session, expression: str) -> str:
    """SQL for the larger of `expression` and 0 (SQLite's two-argument MAX)."""
    if is_postgresql(session):
        return f"GREATEST(0, {expression})"
    return f"MAX(0, {expression})"


def month_number(session: Session, column: str) -> str:
    """SQL for year * 12 + month - 1 of the date `column` (months since year 0)."""
    if is_postgresql(session):
        return (f"(CAST(EXTRACT(YEAR FROM {column}) AS INTEGER) * 12 "
                f"+ CAST(EXTRACT(MONTH FROM {column}) AS INTEGER) - 1)")
    return (f"(CAST(strftime('%Y', {column}) AS INTEGER) * 12 "
            f"+ CAST(strftime('%m', {column}) AS INTEGER) - 1)")


def contains_any(session: Session, columns: Sequence[str], pattern: str = ":q") -> str:
    """SQL true when one of the text `columns` matches the LIKE `pattern` (escaped with
    a backslash), whatever the case of its letters.

    PostgreSQL spells it ILIKE. SQLite's LIKE already ignores the case of ASCII letters
    and only those, which is all that SQLite's lower() folds: the plain LIKE finds the
    same rows as `lower(column) LIKE lower(pattern)` at a third of the cost, since no
    lowered copy of every value is made (a member search scans 10,000 names a keystroke).
    """
    like = "ILIKE" if is_postgresql(session) else "LIKE"
    return "(" + " OR ".join(f"{column} {like} {pattern} ESCAPE '\\'"
                             for column in columns) + ")"


def continue_ids_after_rows(session: Session | Connection, table: Table) -> None:
    """After rows were written with ids of their own (a copied book, demo loans made
    before their entries), let the server's id sequence continue after the largest id.
    SQLite needs nothing: its next id is always the largest plus one."""
    if not is_postgresql(session):
        return
    (column,) = table.primary_key.columns
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
        ),
        {"table": table.name, "column": column.name},
    )


def insert_returning_ids(session: Session, table: Table, rows: list[dict]) -> list[int]:
    """Insert `rows` (all with the same keys) into `table`; return their new ids in the
    order given."""
    keys = list(rows[0])
    return insert_rows_returning_ids(session, table, keys, [tuple(row[k] for k in keys)
                                                           for row in rows])


def insert_rows_returning_ids(session: Session, table: Table, keys: list[str],
                              rows: list[tuple]) -> list[int]:
    """Insert `rows` (tuples of the `keys` columns) into `table`; return their new ids in
    the order given.

    On PostgreSQL through SQLAlchemy's ordered INSERT … RETURNING. On SQLite as plain
    multi-row INSERTs with the parameters bound directly (SQLAlchemy's per-row parameter
    building cost a fifth of a bulk import): one statement numbers its rows in VALUES
    order, so the ids it returns, sorted, are the rows' ids in order.
    """
    if is_postgresql(session):
        return session.scalars(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            [dict(zip(keys, row, strict=True)) for row in rows]).all()
    connection = session.connection()
    ids: list[int] = []
    for sql, params in _values_statements(connection, table, keys, rows, " RETURNING id"):
        ids += sorted(connection.exec_driver_sql(sql, params).scalars().all())
    return ids


def insert_rows(session: Session, table: Table, keys: list[str], rows: list[tuple]) -> None:
    """Insert `rows` (tuples of the `keys` columns) into `table` as multi-row INSERTs with
    each column's bind processor applied, skipping SQLAlchemy's per-row parameter building
    (which cost more than the inserts themselves). An executemany of the same rows is a
    third dearer on SQLite, which steps the statement once per row, and several times
    dearer on PostgreSQL, a round trip per row."""
    connection = session.connection()
    for sql, params in _values_statements(connection, table, keys, rows):
        connection.exec_driver_sql(sql, params)


def execute_rows(session: Session, statement: TextClause, rows: list[tuple]) -> None:
    """One DBAPI executemany of `statement` (plain values bound by name, each name used
    once) with `rows`, tuples in the order the names first appear in the statement.

    SQLAlchemy's executemany of a dict per row spent as long on the parameters of the
    bulk writer's balance upserts as the database spent writing them."""
    if not rows:
        return
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    if not compiled.positional:
        names = list(compiled.binds)
        rows = [dict(zip(names, row, strict=True)) for row in rows]
    connection.exec_driver_sql(compiled.string, rows)


def _values_statements(connection: Connection, table: Table, keys: list[str],
                       rows: list[tuple], returning: str = ""):
    """Multi-row INSERTs of `rows` with their parameters bound, as (sql, params) pairs;
    on SQLite one statement numbers its rows in VALUES order.

    A column that is NULL in every row is written as the constant NULL rather than bound
    once per row: SQLite then evaluates it once (a bulk import's lines have no loan and no
    product, its entries no reference and no reversal; a fifth of the lines' cost)."""
    rows = _bound(connection, table, keys, rows)
    if not rows:
        return
    values = list(zip(*rows, strict=True))
    bound = [i for i, column in enumerate(values) if column.count(None) < len(rows)]
    if len(bound) < len(keys):
        rows = list(zip(*(values[i] for i in bound), strict=True))
    columns = ", ".join(connection.dialect.identifier_preparer.quote(key) for key in keys)
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    row_marks = "(" + ", ".join(mark if i in bound else "NULL" for i in range(len(keys))) + ")"
    # Statements of 12,000 parameters (2,000 lines) write as fast as SQLite's limit of
    # 32,766 allows (PostgreSQL's is 65,535), and a prepared statement that large held
    # 8 MB more at the peak.
    chunk = max(1, 12_000 // max(1, len(bound)))
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        sql = (f"INSERT INTO {table.name} ({columns}) VALUES "
               f"{', '.join([row_marks] * len(part))}{returning}")
        yield sql, tuple(chain.from_iterable(part))


def _bound(connection: Connection, table: Table, keys: list[str], rows: list[tuple]) -> list:
    """`rows` with each column's bind processor applied (dates to text on SQLite), column
    by column; the repeated values of a date column (a day, a timestamp) are converted
    once."""
    processors = []
    for index, key in enumerate(keys):
        column_type = table.c[key].type
        proc = column_type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
        if proc is not None:
            processors.append((index, _Memo(proc) if isinstance(column_type, Date | DateTime)
                               else None, proc))
    if not processors or not rows:
        return rows
    columns = list(zip(*rows, strict=True))
    for index, memo, proc in processors:
        columns[index] = map(memo.__getitem__ if memo is not None else proc, columns[index])
    return list(zip(*columns, strict=True))


class _Memo(dict):
    """A processor's results by value, each computed on first use."""

    def __init__(self, proc):
        super().__init__()
        self.proc = proc

    def __missing__(self, value):
        self[value] = result = self.proc(value)
        return result
