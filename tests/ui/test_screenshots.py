"""`koperasi screenshot`: one PNG per main page, then the start screen and the kiosk."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import text

from desktop_app.db.book import open_book
from desktop_app.domain.savings import SavingsType
from desktop_app.services import members, savings
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.members import MemberInput
from desktop_app.ui.pages import page_specs
from desktop_app.ui.screenshots import kiosk_logged_in


def add_member_with_savings(book) -> int:
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        member_id = members.create_member(
            session, MemberInput("0007", "Siti Aminah", date(2024, 1, 5)))
        savings.deposit(session, member_id, SavingsType.SUKARELA, 250_000, date(2024, 2, 1))
    return member_id


def test_the_kiosk_shot_shows_a_member_logged_in_by_her_pin(qtbot, book):
    member_id = add_member_with_savings(book)
    window = kiosk_logged_in(book)
    qtbot.addWidget(window)
    assert window.member_id == member_id
    assert window.stack.currentWidget() is window.view_page
    assert window.message.text() == ""  # no refusal: the PIN matched


def test_an_empty_book_shows_the_kiosk_waiting_for_a_pin(qtbot, book):
    window = kiosk_logged_in(book)
    qtbot.addWidget(window)
    assert window.member_id is None and window.view_page is None


def test_the_command_writes_pages_then_login_and_kiosk_and_leaves_the_book_alone(
    book_location, tmp_path
):
    book = open_book(book_location)
    add_member_with_savings(book)
    book.close()
    # A process of its own: the command styles the whole QApplication.
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(book_location), "screenshot",
         str(tmp_path / "shots")],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    names = [Path(line).name for line in result.stdout.split()]
    pages = [f"{n:02d}-{spec.key}.png" for n, spec in enumerate(page_specs(), start=1)]
    assert names == [*pages, "20-login.png", "21-kiosk.png"]
    assert all((tmp_path / "shots" / name).stat().st_size > 5000 for name in names)
    book = open_book(book_location)  # the kiosk's PIN went to a copy
    try:
        with book.engine.connect() as db:
            assert db.execute(text("SELECT pin_hash FROM member")).all() == [(None,)]
            assert db.scalar(text(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'member.set_pin'")) == 0
    finally:
        book.close()
