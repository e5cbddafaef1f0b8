"""`koperasi user add` and `koperasi member-pin`: secrets from stdin, clear refusals."""

from __future__ import annotations

import io

import pytest
from kiosk_book import add_member

from desktop_app.cli import EXIT_OK, main
from desktop_app.db.book import open_book
from desktop_app.domain.roles import Role
from desktop_app.services import kiosk, users


def run(capsys, monkeypatch, stdin: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(["--lang", "en", *args])
    except SystemExit as exited:  # argparse refusals
        code = exited.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def user_rows(book_location):
    book = open_book(book_location)
    try:
        with book.session() as session:
            return [(u.username, u.role, u.full_name) for u in users.list_users(session)]
    finally:
        book.close()


def test_user_add_creates_a_user_who_can_log_in(book_location, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "rahasia-ketua\n", "--db", str(book_location),
                       "user", "add", "siti", "--role", "chair", "--full-name", "Siti Aminah",
                       "--password-stdin")
    assert code == EXIT_OK and "User siti created." in out
    assert "rahasia" not in out
    assert user_rows(book_location) == [("siti", Role.CHAIR, "Siti Aminah")]
    book = open_book(book_location)
    try:
        with book.session() as session:
            assert users.authenticate(session, "siti", "rahasia-ketua").role is Role.CHAIR
    finally:
        book.close()


def test_user_add_refuses_a_short_password(book_location, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "pendek\n", "--db", str(book_location),
                         "user", "add", "ani", "--role", "treasurer", "--password-stdin")
    assert code != EXIT_OK and "at least 8 characters" in err
    assert "pendek" not in out + err
    assert user_rows(book_location) == []


def test_user_add_refuses_an_unknown_role(book_location, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "long-enough\n", "--db", str(book_location),
                       "user", "add", "ani", "--role", "boss", "--password-stdin")
    assert code != EXIT_OK and "boss" in err
    assert user_rows(book_location) == []


def test_user_add_refuses_a_duplicate(book_location, capsys, monkeypatch):
    args = ("--db", str(book_location), "user", "add", "ani", "--role", "treasurer",
            "--password-stdin")
    assert run(capsys, monkeypatch, "long-enough\n", *args)[0] == EXIT_OK
    code, _, err = run(capsys, monkeypatch, "other-password\n", *args)
    assert code != EXIT_OK and "already a user named ani" in err


def test_user_add_refuses_a_missing_book(tmp_path, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "long-enough\n", "--db", str(tmp_path / "no.db"),
                       "user", "add", "ani", "--role", "treasurer", "--password-stdin")
    assert code != EXIT_OK and err.strip()
    assert not (tmp_path / "no.db").exists()


@pytest.fixture
def member_book(book_location):
    book = open_book(book_location)
    try:
        with book.session() as session:
            add_member(session, "A001", "Sri Wahyuni")
            add_member(session, "A002", "Lina", status="left")
    finally:
        book.close()
    return book_location


def pin_matches(book_location, number, pin) -> bool:
    book = open_book(book_location)
    try:
        with book.session() as session:
            try:
                kiosk.verify_member(session, number, pin)
            except Exception:
                return False
            return True
    finally:
        book.close()


def test_member_pin_sets_a_pin_the_kiosk_accepts(member_book, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "582039\n", "--db", str(member_book),
                       "member-pin", "A001", "--pin-stdin")
    assert code == EXIT_OK and "PIN set for member A001." in out and "582039" not in out
    assert pin_matches(member_book, "A001", "582039")


@pytest.mark.parametrize(("number", "pin", "message"), [
    ("A001", "12345", "exactly 6 digits"),
    ("A001", "1234567", "exactly 6 digits"),
    ("A001", "12ab56", "exactly 6 digits"),
    ("A001", "", "exactly 6 digits"),
    ("A001", "000000", "too easy"),
    ("Z999", "582039", "no member number Z999"),
    ("A002", "582039", "has left"),
])
def test_member_pin_refusals(member_book, capsys, monkeypatch, number, pin, message):
    code, _, err = run(capsys, monkeypatch, pin + "\n", "--db", str(member_book),
                       "member-pin", number, "--pin-stdin")
    assert code != EXIT_OK and message in err
    assert not pin_matches(member_book, number, pin)
