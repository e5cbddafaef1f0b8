"""Migration 0004: a book from before programmes upgrades and gets the topic list."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.db.book import open_book
from desktop_app.db.engine import APPLICATION_ID, make_engine
from desktop_app.db.schema_version import migrate


def test_a_book_without_programmes_upgrades_with_the_default_topics(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(engine, "0003")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO member_group (name) VALUES ('Mawar')"))
    engine.dispose()

    book = open_book(path)
    try:
        with book.engine.connect() as conn:
            topics = conn.execute(text("SELECT name FROM training_topic ORDER BY id")).scalars()
            assert list(topics)[:4] == ["Kerajinan", "Kuliner", "Teknologi informasi",
                                        "Pengelolaan keuangan"]
            assert conn.execute(text("SELECT COUNT(*) FROM programme")).scalar() == 0
            assert conn.execute(text("SELECT name FROM member_group")).scalar() == "Mawar"
    finally:
        book.close()
