"""File > Export this table: the table on screen goes to Excel as shown (filters applied)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from desktop_app.db.book import open_book
from desktop_app.domain.savings import SavingsType
from desktop_app.services import members, savings
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.members import MemberInput
from desktop_app.ui import saved_notice
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow

JOINED = date(2024, 1, 10)


@pytest.fixture
def book(book_file):
    """A book on disk: the export reads it on a worker thread (an in-memory book is
    bound to the thread that made it)."""
    opened = open_book(book_file)
    yield opened
    opened.close()


@pytest.fixture
def session(book):
    with book.session() as s:
        set_actor(s, SYSTEM_ACTOR)
        yield s


@pytest.fixture
def window(qtbot, book, session):
    for number, name, deposit in (("0001", "Siti Aminah", 45_000), ("0002", "Nur Hasanah", 0),
                                  ("0003", "Siti Rahma", 1_250_000)):
        member_id = members.create_member(session, MemberInput(number, name, JOINED))
        if deposit:
            savings.deposit(session, member_id, SavingsType.SUKARELA, deposit, JOINED)
    main = MainWindow(AppContext(book, SYSTEM_ACTOR))
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_filtered_members_list_is_exported_with_real_numbers(qtbot, window, tmp_path,
                                                                  monkeypatch):
    page = window.show_page("members")
    page.search.setText("siti")
    target = tmp_path / "anggota.xlsx"
    monkeypatch.setattr("desktop_app.ui.table_export.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("desktop_app.ui.workers.QMessageBox.warning",
                        lambda _parent, _title, text: pytest.fail(text))
    task = window.export_table()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    notice = window.findChild(QMessageBox, "saved-notice")
    assert notice.isVisible() and notice.text() == f"2 rows written.\nSaved to {target}"
    opened = []
    monkeypatch.setattr(saved_notice, "open_folder", opened.append)
    next(b for b in notice.buttons() if b.text() == "Open folder").click()
    assert opened == [target]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("No.", "Name")
    shown = {row[0]: row for row in rows[1:]}
    assert set(shown) == {"0001", "0003"}  # the search hides Nur Hasanah
    total = header.index("Total savings")
    assert shown["0003"][total] == 1_250_000 and isinstance(shown["0003"][total], int)


def test_a_page_without_a_table_says_so(window, monkeypatch):
    said = []
    monkeypatch.setattr("desktop_app.ui.table_export.QMessageBox.information",
                        lambda _parent, _title, text: said.append(text))
    window.show_page("dashboard")
    assert window.export_table() is None
    assert said == ["This page has no table to export."]
