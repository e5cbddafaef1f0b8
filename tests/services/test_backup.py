"""Backups and restores: only sound Koperasi books get in, nothing is lost on the way."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.db.book import open_book
from desktop_app.domain.accounts import KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.errors import BookError
from desktop_app.services import backup, ledger
from desktop_app.services import settings as book_settings
from desktop_app.services.context import SYSTEM_ACTOR, set_actor


def cash_of(path: Path) -> int:
    book = open_book(path)
    try:
        with book.session() as session:
            return ledger.account_balance(session, KAS)
    finally:
        book.close()


def post_grant(path: Path, amount: int) -> None:
    book = open_book(path)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            ledger.post(session, EntryDraft(date(2025, 1, 2), EntryKind.GRANT, "Hibah",
                                            [debit(KAS, amount), credit(MODAL_DONASI, amount)]))
    finally:
        book.close()


def corrupt_copy(book_file: Path, target: Path) -> Path:
    data = bytearray(book_file.read_bytes())
    data[3 * 4096 : 4 * 4096] = b"\xab" * 4096
    target.write_bytes(bytes(data))
    return target


def test_backup_copies_the_book_to_a_file_or_a_dated_file_in_a_folder(book_file, tmp_path):
    post_grant(book_file, 75_000)
    made = backup.backup(book_file, tmp_path / "copy.sqlite3")
    assert cash_of(made) == 75_000
    folder = tmp_path / "usb"
    folder.mkdir()
    dated = backup.backup(book_file, folder)
    assert dated.parent == folder and dated.name.startswith("book.") and cash_of(dated) == 75_000


def test_backup_reports_its_progress_and_a_stopped_backup_leaves_no_file(book_file, tmp_path):
    post_grant(book_file, 75_000)
    seen = []
    made = backup.backup(book_file, tmp_path / "copy.sqlite3",
                         lambda done, total: seen.append((done, total)))
    assert cash_of(made) == 75_000
    assert seen and seen[-1][0] == seen[-1][1] > 0  # the last report: every page copied

    class Stop(Exception):
        pass

    def stop(_done, _total):
        raise Stop

    with pytest.raises(Stop):
        backup.backup(book_file, tmp_path / "stopped.sqlite3", stop)
    assert not (tmp_path / "stopped.sqlite3").exists()


def test_backup_never_overwrites_an_existing_file(book_file, tmp_path):
    target = tmp_path / "taken.sqlite3"
    target.write_text("do not touch")
    with pytest.raises(BookError, match="already exists"):
        backup.backup(book_file, target)
    assert target.read_text() == "do not touch"


def test_restore_replaces_the_book_and_keeps_the_replaced_one(book_file, tmp_path):
    post_grant(book_file, 10_000)
    saved = backup.backup(book_file, tmp_path / "saved.sqlite3")
    post_grant(book_file, 5_000)
    kept = backup.restore(saved, book_file)
    assert cash_of(book_file) == 10_000
    assert kept is not None and kept.parent == tmp_path / "backups"
    assert cash_of(kept) == 15_000


@pytest.mark.parametrize("content", [b"", b"hello, not a book", b"SQLite format 3\x00" + b"\0" * 100])
def test_restore_refuses_foreign_files_and_changes_nothing(book_file, tmp_path, content):
    post_grant(book_file, 10_000)
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(content)
    with pytest.raises(BookError, match="not a Koperasi book|damaged"):
        backup.restore(foreign, book_file)
    assert cash_of(book_file) == 10_000
    assert not (tmp_path / "backups").exists()


def test_restore_refuses_another_apps_sqlite_database(book_file, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(BookError, match="not a Koperasi book"):
        backup.restore(other, book_file)


def test_restore_refuses_a_corrupt_book(book_file, tmp_path):
    damaged = corrupt_copy(book_file, tmp_path / "damaged.sqlite3")
    with pytest.raises(BookError, match="damaged"):
        backup.restore(damaged, book_file)
    assert cash_of(book_file) == 0


def test_restore_refuses_a_book_that_fails_the_check(book_file, tmp_path):
    bad = backup.backup(book_file, tmp_path / "bad.sqlite3")
    with sqlite3.connect(bad) as conn:
        conn.execute("INSERT INTO account_balance (account_id, balance) VALUES (1, 99)")
    with pytest.raises(BookError, match="fails the book check") as caught:
        backup.restore(bad, book_file)
    assert caught.value.problems


def test_restore_refuses_the_open_book_itself(book_file):
    with pytest.raises(BookError, match="not the open book"):
        backup.restore(book_file, book_file)


def test_restore_into_a_missing_book_creates_it(book_file, tmp_path):
    target = tmp_path / "new" / "restored.sqlite3"
    target.parent.mkdir()
    assert backup.restore(book_file, target) is None
    assert cash_of(target) == 0


def test_automatic_backups_rotate(book_file):
    made = [backup.automatic_backup(book_file, keep=3) for _ in range(5)]
    remaining = sorted((book_file.parent / "backups").glob("book.*.auto.sqlite3"))
    assert remaining == sorted(made[-3:])


def test_daily_backup_runs_once_a_day(book_file):
    first = backup.daily_backup(book_file)
    assert first is not None and first.exists()
    assert backup.daily_backup(book_file) is None
    yesterday = first.stat().st_mtime - 86_400
    os.utime(first, (yesterday, yesterday))
    assert backup.daily_backup(book_file) is not None


def test_a_read_only_book_is_refused_with_a_clear_message(book_file):
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only files")
    book_file.chmod(0o444)
    try:
        with pytest.raises(BookError, match="read-only"):
            open_book(book_file)
    finally:
        book_file.chmod(0o644)


def test_closed_period_survives_a_round_trip(book_file, tmp_path):
    book = open_book(book_file)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        book_settings.put(session, "closed_through", "2024-12-31")
        session.commit()
    book.close()
    copy = backup.backup(book_file, tmp_path / "c.sqlite3")
    book = open_book(copy)
    with book.session() as session:
        assert book_settings.closed_through(session) == date(2024, 12, 31)
    book.close()
