"""`koperasi demo` reports what it made in the user's language."""

from __future__ import annotations

from datetime import date

from desktop_app.i18n import set_language
from desktop_app.services import demo
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor


def test_the_demo_summary_reads_in_indonesian():
    set_language("id")
    book = create_book(None, DEFAULT_PROFILE)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        summary = demo.generate(session, members=4, years=1, seed=2, today=date(2025, 6, 15))
    book.close()
    labels = [item.rsplit(" ", 1)[0] for item in summary.split(", ")]
    assert labels[:2] == ["anggota", "setoran Simpanan Pokok"]
    assert "pengguna" in labels and "angsuran pinjaman" in labels
    assert not {"members", "loans", "users", "cash entries", "exits"} & set(labels)


def test_an_unknown_count_keeps_its_own_name():
    assert demo.describe({"members": 3, "widgets": 2}) == "members 3, widgets 2"
