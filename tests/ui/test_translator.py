"""Under the Indonesian translator Qt's own strings keep their text (never blanked)."""

import pytest
from pdf_text import pdf_text
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QPageSize

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
    assert QCoreApplication.translate("QFileDialog", "&Save") == "&Save"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Select All"
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"


def test_our_catalog_still_answers_qt(indonesian):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_an_indonesian_pdf_carries_its_text(indonesian, tmp_path):
    path = printing.save_pdf("<h1>Buku Simpanan</h1><p>Siti Aminah 1.234.567</p>",
                             tmp_path / "id.pdf")
    assert "Buku Simpanan Siti Aminah 1.234.567" in pdf_text(path)
