"""Under the Indonesian translator Qt's own strings keep their text (never blanked)."""

import pytest
from pdf_text import pdf_text
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QTreeView

from desktop_app.i18n import set_language
from desktop_app.ui import printing
from desktop_app.ui.translator import install_translators


@pytest.fixture
def indonesian(qapp):
    set_language("id")
    install_translators(qapp, "id")
    yield
    set_language("en")
    install_translators(qapp, "en")


def test_shortcut_text_keeps_its_modifier(indonesian, qapp):
    action = QAction("New", qapp)
    action.setShortcut(QKeySequence("Ctrl+N"))
    assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+N"
    assert QKeySequence("Ctrl+Shift+E").toString() == "Ctrl+Shift+E"


def test_a4_stays_a_valid_page_size(indonesian):
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    assert a4.isValid()
    assert a4.name() == "A4"
    assert round(a4.size(QPageSize.Unit.Millimeter).width()) == 210


def test_unknown_qt_strings_fall_back_to_the_source_text(indonesian):
    assert QCoreApplication.translate("QFileDialog", "Alt+Left") == "Alt+Left"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Select All"
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"


def test_our_catalog_still_answers_qt(indonesian):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


@pytest.mark.parametrize("mode, button", [(QFileDialog.AcceptMode.AcceptOpen, "&Buka"),
                                          (QFileDialog.AcceptMode.AcceptSave, "&Simpan")])
def test_qts_own_file_dialog_speaks_indonesian(indonesian, qtbot, tmp_path, mode, button):
    """Where the system has no native file dialog (Linux without a desktop) Qt draws its
    own, and Qt ships no Indonesian for it: its labels and buttons come from our catalog."""
    (tmp_path / "simpanan.xlsx").write_bytes(b"")
    dialog = QFileDialog(None, "Pilih berkas", str(tmp_path), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    buttons = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert buttons == {button, "Batal"}
    headers = dialog.findChild(QTreeView).model()
    names = [headers.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert names == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    assert QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to "
                                      "replace it?") == "%1 sudah ada.\nGanti berkas itu?"


def test_an_indonesian_pdf_carries_its_text(indonesian, tmp_path):
    path = printing.save_pdf("<h1>Buku Simpanan</h1><p>Siti Aminah 1.234.567</p>",
                             tmp_path / "id.pdf")
    assert "Buku Simpanan Siti Aminah 1.234.567" in pdf_text(path)
