"""A book as a file on disk: recognising one, refusing a foreign or damaged one, and
writing copies safely (a temporary name, fsync, a rename that never replaces a file), so a
kill at any moment leaves no half-written book or backup under a real name."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.db.engine import APPLICATION_ID
from desktop_app.db.schema_version import is_known_revision
from desktop_app.errors import BookError
from desktop_app.i18n import tr

_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_SECONDS = 5
BACKUP_STEP_PAGES = 2048  # pages copied between progress reports (8 MB at 4 KB pages)
STALE_PARTIAL_SECONDS = 60


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def verify_book_file(path: Path) -> None:
    """Refuse a missing, foreign, corrupt or newer-version file with a clear message."""
    if not path.exists():
        raise BookError(tr("There is no book at {path}.", path=path))
    if not path.is_file() or not is_sqlite_file(path):
        raise BookError(tr("{path} is not a Koperasi book.", path=path))
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise BookError(tr("{path} is not a Koperasi book.", path=path))
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise BookError(unfinished_message(path))
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BookError(tr("The book {path} is damaged: {detail}", path=path, detail=result))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BookError(tr("The book {path} is damaged: {detail}", path=path, detail=exc)) from exc
    if row and not is_known_revision(row[0]):
        raise BookError(
            tr(
                "The book {path} was made by a newer version of Koperasi. "
                "Install the newer version to open it.",
                path=path,
            )
        )


def building_name(path: Path) -> Path:
    return path.with_name(f"{path.name}.creating")


def unfinished_message(path: Path) -> str:
    return tr(
        "{path} is an unfinished book: creating it was interrupted. It holds no data; "
        "delete it (with any file beside it whose name starts the same) and try again.",
        path=path,
    )


def is_empty_leftover(path: Path) -> bool:
    """True for an empty file, or a SQLite file without a single table (nothing to lose)."""
    try:
        if not path.is_file():
            return False
        if path.stat().st_size == 0:
            return True
        if not is_sqlite_file(path):
            return False
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except (OSError, sqlite3.DatabaseError):
        return False


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sweep_stale_partials(folder: Path) -> None:
    """Remove copies left by a backup that was killed (old enough not to be running)."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for partial in folder.glob(".*.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; folders cannot be opened on Windows."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def rename_no_clobber(source: Path, target: Path) -> None:
    """Move `source` to `target` atomically, never replacing a file that appeared there."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise BookError(tr("A file already exists at {path}.", path=target)) from None
    except OSError:  # no hard links here (FAT USB sticks): a plain rename
        if target.exists():
            raise BookError(tr("A file already exists at {path}.", path=target)) from None
        os.rename(source, target)
        return
    source.unlink()


def backup_file(source: Path, destination: Path,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy a live book with SQLite's online backup (safe while it is in use).

    `progress(pages_done, pages_total)` is called as the copy goes; an exception it
    raises stops the copy (and propagates). The copy is written under a temporary name,
    flushed to disk and then renamed, so a kill leaves no half-written file under the
    destination's name."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    remove_with_sidecars(partial)
    _sweep_stale_partials(destination.parent)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=BACKUP_STEP_PAGES, progress=lambda _status, left, total:
                               progress(total - left, total))
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        fsync_path(partial)
        rename_no_clobber(partial, destination)
    except BaseException:
        remove_with_sidecars(partial)
        raise
    fsync_path(destination.parent)
    return destination


def stamped_name(path: Path, label: str) -> str:
    return f"{path.stem}.{datetime.now():%Y%m%d-%H%M%S}.{label}{path.suffix or '.sqlite3'}"


def is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
