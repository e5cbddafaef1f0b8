"""Server books from the command line: `--db postgresql://…`, `copy` between engines,
backup and restore of a server book, and the refusals around them.

Tests that need a server are skipped unless KOPERASI_TEST_PG names one (.ci/run does).
"""

from __future__ import annotations

import sys
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.cli import EXIT_FAILED, EXIT_OK, main
from desktop_app.domain.savings import SavingsType


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def workbook_values(path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def test_a_file_book_moved_to_the_server_and_back_is_equal(pg_databases, tmp_path, capsys):
    original = tmp_path / "original.sqlite3"
    assert run(capsys, "--db", str(original), "demo", "--members", "12", "--years", "1")[0] == 0
    server = pg_databases.new_database()
    code, out, _ = run(capsys, "copy", str(original), server)
    assert code == EXIT_OK and "Copied" in out
    back = tmp_path / "back.sqlite3"
    assert run(capsys, "copy", server, str(back))[0] == EXIT_OK
    for location in (str(original), server, str(back)):
        code, out, _ = run(capsys, "--db", location, "check")
        assert (code, out.strip()) == (EXIT_OK, "The book is sound."), location
    exports = []
    for number, location in enumerate((str(original), server, str(back))):
        path = tmp_path / f"export-{number}.xlsx"
        assert run(capsys, "--db", location, "export", str(path))[0] == EXIT_OK
        exports.append(workbook_values(path))
    assert exports[0] == exports[1] == exports[2]
    assert len(exports[0]["Anggota"]) > 12
    assert_new_rows_get_fresh_ids(server)


def assert_new_rows_get_fresh_ids(server: str) -> None:
    """The copy kept its ids; the server's sequences continue after them."""
    from desktop_app.db.book import open_book
    from desktop_app.db.models import JournalEntry, Member
    from desktop_app.services import members, savings
    from desktop_app.services.context import SYSTEM_ACTOR, set_actor

    book = open_book(server)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            last_member = session.scalar(select(func.max(Member.id)))
            last_entry = session.scalar(select(func.max(JournalEntry.id)))
            member_id = members.create_member(
                session, members.MemberInput(number="9999", name="Siti Baru",
                                             join_date=date.today()))
            savings.deposit(session, member_id, SavingsType.SUKARELA, 50_000, date.today())
            assert member_id == last_member + 1
            assert session.scalar(select(func.max(JournalEntry.id))) == last_entry + 1
    finally:
        book.close()


def test_copy_refuses_a_destination_that_is_not_new(pg_databases, book_file, tmp_path, capsys):
    server = pg_databases.new_database(pg_databases.template)  # holds a book already
    code, _, err = run(capsys, "copy", str(book_file), server)
    assert code == EXIT_FAILED and "is not empty" in err
    code, _, err = run(capsys, "copy", server, str(book_file))
    assert code == EXIT_FAILED and "already exists" in err


def test_backup_of_a_server_book_is_a_book_file(pg_databases, tmp_path, capsys):
    server = pg_databases.new_database(pg_databases.template)
    code, out, _ = run(capsys, "--db", server, "backup", str(tmp_path))
    assert code == EXIT_OK
    made = next(tmp_path.glob("*.backup.sqlite3"))
    assert str(made) in out
    assert run(capsys, "--db", str(made), "check")[0] == EXIT_OK


def test_restore_into_a_server_goes_into_an_empty_database_only(
        pg_databases, book_file, capsys):
    used = pg_databases.new_database(pg_databases.template)
    code, _, err = run(capsys, "--db", used, "restore", str(book_file))
    assert code == EXIT_FAILED and "is not empty" in err
    empty = pg_databases.new_database()
    code, out, _ = run(capsys, "--db", empty, "restore", str(book_file))
    assert code == EXIT_OK and "Restored" in out
    assert run(capsys, "--db", empty, "check")[0] == EXIT_OK


def test_an_empty_server_database_is_no_book_until_demo_or_import(pg_databases, capsys):
    empty = pg_databases.new_database()
    code, _, err = run(capsys, "--db", empty, "check")
    assert code == EXIT_FAILED and "There is no book in the database" in err
    code, out, _ = run(capsys, "--db", empty, "demo", "--members", "4", "--years", "1")
    assert code == EXIT_OK and "Demo book ready" in out
    assert run(capsys, "--db", empty, "check")[0] == EXIT_OK


def test_a_password_in_the_address_is_refused(capsys):
    code, _, err = run(capsys, "--db", "postgresql://kas:rahasia@localhost/koperasi", "check")
    assert code == EXIT_FAILED and "~/.pgpass" in err
    assert "rahasia" not in err


def test_an_unreachable_server_is_a_clear_refusal(capsys):
    pytest.importorskip("psycopg")
    code, _, err = run(capsys, "--db", "postgresql://kas@127.0.0.1:1/koperasi", "check")
    assert code == EXIT_FAILED and "Cannot reach the server book" in err


def test_without_the_driver_the_user_is_told_what_to_install(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    code, _, err = run(capsys, "--db", "postgresql://kas@localhost/koperasi", "check")
    assert code == EXIT_FAILED and 'pip install "koperasi[postgres]"' in err


def test_the_db_address_is_not_mangled_into_a_path():
    from desktop_app.cli import build_parser

    args = build_parser().parse_args(["--db", "postgresql://kas@server:5432/mawar", "check"])
    assert args.db == "postgresql://kas@server:5432/mawar"
