"""The Excel page: check a file, see its problems, import, export, undo."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox

from desktop_app.db.book import open_book
from desktop_app.services import ledger
from desktop_app.services.context import SYSTEM_ACTOR
from desktop_app.ui import saved_notice
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.spreadsheets import SpreadsheetsPage
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member


@pytest.fixture
def disk_book(book_file):
    """A book on disk: the page's worker thread opens its own connection to it."""
    opened = open_book(book_file)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, disk_book, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    widget = SpreadsheetsPage(AppContext(disk_book, SYSTEM_ACTOR))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def _wait(qtbot, page):
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20000)


def test_a_bad_file_lists_its_problems_and_cannot_be_imported(qtbot, qtmodeltester, page, tmp_path):
    path = make(tmp_path / "bad.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")],
                                        "Simpanan": [SAVINGS_HEADER,
                                                     ["01/01/2024", "9", "Sukarela", 100, None]]})
    page.check_file(path)
    _wait(qtbot, page)
    qtmodeltester.check(page.problems_model)
    assert page.problems_model.row(0)[:3] == ("Simpanan", 2, "B (No. Anggota)")
    assert not page.import_button.isEnabled()
    assert page.save_problems_button.isEnabled()
    assert "nothing was imported" in page.summary_label.text()


def test_check_import_export_and_undo(qtbot, qtmodeltester, page, disk_book, tmp_path):
    path = make(tmp_path / "good.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")],
                                         "Simpanan": [SAVINGS_HEADER,
                                                      ["01/01/2024", "1", "Sukarela", 7500, None]]})
    page.check_file(path)
    _wait(qtbot, page)
    assert page.sheets_model.total() == 2 and page.import_button.isEnabled()
    page.run_import()
    _wait(qtbot, page)
    with disk_book.session() as session:
        assert ledger.account_balance(session, "1101") == 7500
    qtmodeltester.check(page.history.batches_model)
    assert page.history.batches_model.row(0)[1] == "good.xlsx"

    out = tmp_path / "out.xlsx"
    page.export_tab.export_to(out)
    _wait(qtbot, page)
    assert openpyxl.load_workbook(out)["Saldo Anggota"]["E2"].value == 7500

    page.history.undo_batch(page.history.batches_model.row(0)[0])
    with disk_book.session() as session:
        assert ledger.account_balance(session, "1101") == 0
    assert page.history.batches_model.row(0)[5] != ""
    page.grab().save(str(tmp_path / "page.png"))


def test_the_mapping_assistant_maps_saves_a_preset_and_offers_it_again(qtbot, page, tmp_path,
                                                                        monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop_app.ui.dialogs.column_mapping import ColumnMappingDialog

    path = make(tmp_path / "sendiri.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2")],
        "Setoran Anggota": [["Tgl Setor", "Nomor", "Macam", "Nominal", "Catatan Bu Siti"],
                            ["05/01/2024", "1", "Wajib", 20000, "rapat"],
                            ["05/01/2024", "2", "Sukarela", 5000, None]]})
    page.check_file(path)
    _wait(qtbot, page)
    assert page.result.counts == {"members": 2}
    shown = {}

    def answer(dialog):
        box = next(b for b in dialog.boxes if b.sheet.title == "Setoran Anggota")
        shown["headers"] = list(box.fields)
        box.target.setCurrentIndex(box.target.findData("savings"))
        for header, key in {"Tgl Setor": "date", "Nomor": "member_no", "Macam": "type",
                            "Nominal": "deposit"}.items():
            box.fields[header].setCurrentIndex(box.fields[header].findData(key))
        dialog.day.setCurrentIndex(dialog.day.findData("last"))
        dialog.preset_name.setText("Bu Siti")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    page.map_columns()
    qtbot.waitUntil(lambda: page.result is not None and "savings" in page.result.counts,
                    timeout=20000)
    _wait(qtbot, page)
    assert shown["headers"] == ["Tgl Setor", "Nomor", "Macam", "Nominal", "Catatan Bu Siti"]
    assert page.result.counts == {"members": 2, "savings": 2}
    assert page.preset_combo.currentText() == "Bu Siti"

    page.preset_combo.setCurrentIndex(0)
    page.check_file(path)  # the same headers again: the preset is offered and used
    qtbot.waitUntil(lambda: page.mapping is not None and page.result is not None
                    and "savings" in page.result.counts, timeout=20000)
    _wait(qtbot, page)
    assert page.preset_combo.currentText() == "Bu Siti"
    assert page.import_button.isEnabled()


def _notices(page) -> list[str]:
    return [box.text() for box in page.findChildren(QMessageBox, "saved-notice")
            if box.isVisible()]


def test_export_and_template_say_saved_on_the_gui_thread(qtbot, page, tmp_path, monkeypatch):
    """The box that killed the app: it was shown from the worker thread. Now the one
    'Saved to …' notice with Open folder, on the GUI thread."""
    shown = []
    monkeypatch.setattr("desktop_app.ui.pages.spreadsheet_export_tab.show_saved",
                        lambda *a: shown.append(QThread.currentThread() is page.thread())
                        or saved_notice.show_saved(*a))
    opened = []
    monkeypatch.setattr(saved_notice, "open_folder", opened.append)
    page.show()
    page.export_tab.export_to(tmp_path / "book.xlsx")
    _wait(qtbot, page)
    assert _notices(page) == [f"Saved to {tmp_path / 'book.xlsx'}"]
    notice = page.findChild(QMessageBox, "saved-notice")
    next(b for b in notice.buttons() if b.text() == "Open folder").click()
    assert opened == [tmp_path / "book.xlsx"] and not notice.isVisible()
    template = tmp_path / "template.xlsx"
    monkeypatch.setattr("desktop_app.ui.pages.spreadsheet_export_tab.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(template), ""))
    page.export_tab.choose_template()
    _wait(qtbot, page)
    assert _notices(page) == [f"Saved to {template}"]
    assert shown == [True, True]
    assert openpyxl.load_workbook(template).sheetnames[0] == "Members"  # the UI is English here


def test_a_cancelled_export_leaves_no_file(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop_app.ui.pages.spreadsheet_export_tab.show_saved",
                        lambda *a: pytest.fail("said saved"))
    target = tmp_path / "book.xlsx"
    page.export_tab.export_to(target)
    assert not page.cancel_button.isHidden()
    page.cancel()
    _wait(qtbot, page)
    assert not target.exists() and page.progress_note.text() == "Cancelled."
