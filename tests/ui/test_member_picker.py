"""The member field keeps a member set by code, also one that no longer matches a search."""

from __future__ import annotations

from datetime import date

from desktop_app.services import members
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.services.members import MemberChoice, MemberInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.member_picker import MemberPicker


def test_a_member_set_by_code_survives_resolve(qtbot, book, session):
    siti = members.create_member(session, MemberInput("0001", "Siti Aminah", date(2024, 1, 5)))
    members.create_member(session, MemberInput("0002", "Siti Rahma", date(2024, 1, 5)))
    session.rollback()
    picker = MemberPicker(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(picker)
    chosen = MemberChoice(siti, "0001", "Siti Aminah")
    picker.set_member(chosen)
    assert picker.resolve() == chosen
    assert picker.chosen() == chosen
    assert picker.text() == "0001 — Siti Aminah"


def test_typing_after_set_member_forgets_it_and_clearing_names_nobody(qtbot, book, session):
    siti = members.create_member(session, MemberInput("0001", "Siti Aminah", date(2024, 1, 5)))
    session.rollback()
    picker = MemberPicker(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(picker)
    picker.set_member(MemberChoice(siti, "0001", "Siti Aminah"))
    picker.setText("9999")
    assert picker.resolve() is None
    picker.set_member(None)
    assert picker.resolve() is None and picker.text() == ""
