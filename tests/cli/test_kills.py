"""SIGKILL at random moments of `demo` and `import` into a new book: afterwards the
book is either absent or whole (`check` passes), and running the command again works.

The moments are drawn around the creation of the book (the window where an older
version left a file nothing could open): the kill lands a random time after the
process starts or after the book's temporary file appears."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import EXIT_FAILED, EXIT_OK, main
from desktop_app.services import demo
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.exporter import export_book

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kills") / "demo.xlsx"
    book = create_book(None, DEFAULT_PROFILE)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        demo.generate(session, members=4, years=1, seed=2, today=date(2025, 6, 1))
        export_book(session, path)
    book.close()
    return path


def kill_at_random(args: list[str], book: Path, rng: random.Random) -> None:
    """Start `koperasi --db book ARGS`, wait for a random moment, SIGKILL it."""
    process = subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(book), *args],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    creating = book.with_name(book.name + ".creating")
    if rng.random() < 0.7:  # mostly: while the book is being built
        deadline = time.monotonic() + 60
        while process.poll() is None and not creating.exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.4))
    else:
        time.sleep(rng.uniform(0, 2.0))
    process.send_signal(signal.SIGKILL)
    process.wait()


def assert_absent_or_whole(book: Path, capsys) -> bool:
    """No book (only the temporary files of its building may remain) or a sound one."""
    if not book.exists():
        assert not [p.name for p in book.parent.iterdir() if p.name.startswith(book.name)
                    and not p.name.startswith(book.name + ".creating")]
        return False
    assert main(["--lang", "en", "--db", str(book), "check"]) == EXIT_OK, capsys.readouterr()
    return True


@pytest.mark.parametrize("command", ["import", "demo"])
def test_a_killed_command_leaves_no_book_or_a_whole_one_and_a_retry_works(
        tmp_path, workbook, capsys, command):
    rng = random.Random(f"kill-{command}")
    args = ["import", str(workbook)] if command == "import" else [
        "demo", "--members", "3", "--years", "1"]
    for moment in range(5):
        book = tmp_path / f"{command}-{moment}.sqlite3"
        kill_at_random(args, book, rng)
        existed = assert_absent_or_whole(book, capsys)
        capsys.readouterr()
        code = main(["--lang", "en", "--db", str(book), *args])
        out, err = capsys.readouterr()
        # A kill after the command finished its work leaves it done: the retry says so.
        assert code == EXIT_OK or (existed and code == EXIT_FAILED and (
            "already imported" in out or "new, empty book" in err)), (code, out, err)
        assert assert_absent_or_whole(book, capsys)
        assert not list(tmp_path.glob(f"{book.name}.creating*"))  # the retry cleaned up
