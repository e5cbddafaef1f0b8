"""An existing book gets receipt numbers for its past receipts, by date within each year."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.db.book import open_book
from desktop_app.db.engine import APPLICATION_ID, make_engine
from desktop_app.db.schema_version import migrate
from desktop_app.services.receipt_numbers import receipt_no

PAST = [  # (id, date, kind) as an old book holds them
    (1, "2024-12-30", "deposit"), (2, "2024-12-31", "expense"), (3, "2024-12-31", "repayment"),
    (4, "2025-01-02", "withdrawal"), (5, "2024-12-31", "deposit"), (6, "2025-01-03", "deposit"),
    (7, "2024-12-29", "deposit"),  # entered late: numbered by its date
]


def test_past_receipts_are_numbered_and_new_ones_continue(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(engine, "0002")
    with engine.begin() as conn:
        for entry_id, on, kind in PAST:
            conn.execute(text("INSERT INTO journal_entry (id, date, kind, description, "
                              "created_by, created_at) VALUES (:i, :d, :k, '', 't', :d)"),
                         {"i": entry_id, "d": on, "k": kind})
    engine.dispose()

    book = open_book(path)
    try:
        with book.session() as session:
            assert [receipt_no(session, i) for i, _, _ in PAST] == [
                "SP-2024-00002", "", "AN-2024-00001", "SP-2025-00001", "SP-2024-00003",
                "SP-2025-00002", "SP-2024-00001"]
            counters = session.execute(text(
                "SELECT series, year, last FROM receipt_counter ORDER BY series, year")).all()
        assert [tuple(c) for c in counters] == [("AN", 2024, 1), ("SP", 2024, 3), ("SP", 2025, 2)]
    finally:
        book.close()
