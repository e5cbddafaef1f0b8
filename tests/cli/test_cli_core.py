"""The command line: each core command, its failures, exit codes, and no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import EXIT_CRASH, EXIT_FAILED, EXIT_OK, main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_version_prints_the_version_and_exits_zero(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"koperasi {__version__}"


def test_demo_then_check_succeeds(tmp_path, capsys):
    book = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "--db", str(book), "demo", "--members", "5", "--years", "1")
    assert code == EXIT_OK and "Demo book ready" in out
    code, out, _ = run(capsys, "--db", str(book), "check")
    assert (code, out.strip()) == (EXIT_OK, "The book is sound.")


def test_demo_refuses_a_book_that_already_has_entries(tmp_path, capsys):
    book = tmp_path / "demo.sqlite3"
    run(capsys, "--db", str(book), "demo", "--members", "3", "--years", "1")
    code, _, err = run(capsys, "--db", str(book), "demo", "--members", "3", "--years", "1")
    assert code == EXIT_FAILED and "new, empty book" in err


def test_demo_refuses_nonsense_sizes(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "demo", "--members", "0")
    assert code == EXIT_FAILED and "at least one member" in err


@pytest.mark.parametrize("command", [["check"], ["backup", "out.sqlite3"], ["screenshot", "shots"]])
def test_commands_refuse_a_missing_book(tmp_path, capsys, command):
    missing = tmp_path / "nothing.sqlite3"
    code, _, err = run(capsys, "--db", str(missing), *command)
    assert code == EXIT_FAILED and f"There is no book at {missing}" in err
    assert not missing.exists()


@pytest.mark.parametrize("command", [["check"], ["backup", "out.sqlite3"]])
def test_commands_refuse_a_foreign_file(tmp_path, capsys, command):
    foreign = tmp_path / "notes.txt"
    foreign.write_text("shopping list")
    code, _, err = run(capsys, "--db", str(foreign), *command)
    assert code == EXIT_FAILED and "is not a Koperasi book" in err
    assert foreign.read_text() == "shopping list"


def test_check_lists_problems_and_exits_non_zero(book_file, capsys):
    import sqlite3

    with sqlite3.connect(book_file) as conn:
        conn.execute("INSERT INTO account_balance (account_id, balance) VALUES (1, 99)")
    code, out, err = run(capsys, "--db", str(book_file), "check")
    assert code == EXIT_FAILED
    assert "Account 1101: stored balance 99 but the journal says 0" in out
    assert "1 problem(s)" in err


def test_check_refuses_a_corrupt_book(book_file, capsys):
    data = bytearray(book_file.read_bytes())
    data[3 * 4096 : 4 * 4096] = b"\xab" * 4096
    book_file.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(book_file), "check")
    assert code == EXIT_FAILED and "is damaged" in err


def test_backup_and_restore_round_trip(book_file, tmp_path, capsys):
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", str(book_file), "backup", str(target))
    assert code == EXIT_OK and str(target) in out and target.exists()
    code, out, _ = run(capsys, "--db", str(book_file), "restore", str(target))
    assert code == EXIT_OK and "The replaced book was kept as" in out


def test_restore_refuses_a_foreign_file(book_file, tmp_path, capsys):
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0 not a book")
    before = book_file.read_bytes()
    code, _, err = run(capsys, "--db", str(book_file), "restore", str(foreign))
    assert code == EXIT_FAILED and "is not a Koperasi book" in err
    assert book_file.read_bytes() == before


def test_screenshot_writes_one_png_per_page(book_file, tmp_path):
    # A process of its own: the command styles the whole QApplication.
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(book_file), "screenshot",
         str(tmp_path / "shots")],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    pngs = sorted((tmp_path / "shots").glob("*.png"))
    assert result.returncode == EXIT_OK, result.stderr
    assert len(pngs) == len(result.stdout.split()) >= 8
    assert any(p.name.endswith("-cashbook.png") for p in pngs)
    assert all(png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 5000 for png in pngs)


def test_messages_are_indonesian_by_default(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "none.sqlite3"), "check"])
    err = capsys.readouterr().err
    assert code == EXIT_FAILED and "Tidak ada buku" in err


def test_bad_arguments_exit_with_usage_code(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "en", "frobnicate"])
    assert exited.value.code == 2


def test_an_unexpected_error_is_logged_not_shown(monkeypatch, tmp_path, capsys):
    def explode(args):
        raise RuntimeError("secret internals")

    monkeypatch.setitem(__import__("desktop_app.cli").cli.COMMANDS, "check", explode)
    monkeypatch.setattr("desktop_app.config.log_dir", lambda: tmp_path / "logs")
    code, _, err = run(capsys, "check")
    assert code == EXIT_CRASH and "secret internals" not in err
    assert "secret internals" in (tmp_path / "logs" / "koperasi-errors.log").read_text()


def test_the_module_entry_point_runs_without_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "x.sqlite3"), "check"],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=60,
    )
    assert result.returncode == EXIT_FAILED
    assert "Traceback" not in result.stderr and "x.sqlite3" in result.stderr
