"""A new book appears whole or not at all; leftovers of an interrupted creation are
recognised; backups are written under a temporary name and renamed into place."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from desktop_app.db.book import open_book
from desktop_app.db.book_files import backup_file
from desktop_app.db.engine import APPLICATION_ID
from desktop_app.errors import BookError
from desktop_app.services import backup, settings
from desktop_app.services.books import DEFAULT_PROFILE, create_book, open_or_create


def profile_name(path) -> str:
    book = open_book(path)
    try:
        with book.session() as session:
            return settings.get_profile(session).name
    finally:
        book.close()


def test_a_failed_creation_leaves_no_file_behind(tmp_path, monkeypatch):
    target = tmp_path / "new.sqlite3"

    def broken_chart(session):
        raise RuntimeError("killed here")

    monkeypatch.setattr("desktop_app.services.chart.install_default_chart", broken_chart)
    with pytest.raises(RuntimeError):
        create_book(target, DEFAULT_PROFILE)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_book_is_only_visible_once_it_is_complete(tmp_path, monkeypatch):
    target = tmp_path / "new.sqlite3"
    seen = []
    real = settings.write_profile

    def spy(session, profile):
        seen.append(target.exists())
        real(session, profile)

    monkeypatch.setattr(settings, "write_profile", spy)
    create_book(target, DEFAULT_PROFILE).close()
    assert seen == [False]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite3"]
    assert profile_name(target) == DEFAULT_PROFILE.name


def _sqlite_without_tables(path):
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@pytest.mark.parametrize("leftover", ["empty", "no tables"])
def test_an_empty_leftover_of_an_older_version_is_recreated(tmp_path, leftover):
    target = tmp_path / "book.sqlite3"
    if leftover == "empty":
        target.write_bytes(b"")
    else:
        _sqlite_without_tables(target)
    with pytest.raises(BookError, match="unfinished book: creating it was interrupted"):
        open_book(target)
    open_or_create(target).close()
    assert profile_name(target) == DEFAULT_PROFILE.name


def test_a_half_made_book_with_some_tables_is_explained_not_deleted(tmp_path):
    target = tmp_path / "book.sqlite3"
    with sqlite3.connect(target) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE member (id INTEGER)")
    with pytest.raises(BookError, match="unfinished book.*delete it"):
        open_or_create(target)
    assert target.stat().st_size > 0


def test_a_foreign_file_is_never_replaced(tmp_path):
    target = tmp_path / "notes.sqlite3"
    target.write_text("my notes")
    with pytest.raises(BookError, match="not a Koperasi book"):
        open_or_create(target)
    with pytest.raises(BookError, match="already exists"):
        create_book(target, DEFAULT_PROFILE)
    assert target.read_text() == "my notes"


def test_a_killed_backup_does_not_block_a_retry_and_leaves_one_whole_file(book_file, tmp_path):
    target = tmp_path / "copy.sqlite3"
    junk = tmp_path / ".copy.sqlite3.partial"
    junk.write_bytes(b"half a copy")  # what a kill during the copy leaves
    made = backup.backup(book_file, target)
    assert made == target and profile_name(target) == DEFAULT_PROFILE.name
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.sqlite3"]


def test_a_failed_copy_leaves_nothing_under_the_destination_name(book_file, tmp_path, monkeypatch):
    target = tmp_path / "backups" / "kept.sqlite3"

    def fail_rename(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr("desktop_app.db.book_files.rename_no_clobber", fail_rename)
    with pytest.raises(OSError):
        backup_file(book_file, target)
    assert list(target.parent.iterdir()) == []


def test_stale_partial_copies_in_the_backups_folder_are_swept(book_file, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".book.20260101.before-restore.sqlite3.partial"
    stale.write_bytes(b"junk")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    backup_file(book_file, folder / "fresh.sqlite3")
    assert sorted(p.name for p in folder.iterdir()) == ["fresh.sqlite3"]
