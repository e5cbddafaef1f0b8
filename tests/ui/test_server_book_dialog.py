"""File > Open server book…: the address is built from its parts, never with a password."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop_app.ui.dialogs.server_book_dialog import ServerBookDialog


def test_the_address_is_built_from_the_parts(qtbot):
    dialog = ServerBookDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(" 192.168.1.10 ")
    dialog.port.setValue(5433)
    dialog.database.setText("koperasi_mawar")
    dialog.user.setText("bendahara mawar")
    assert dialog.url() == "postgresql://bendahara%20mawar@192.168.1.10:5433/koperasi_mawar"
    assert all(edit.echoMode() == QLineEdit.EchoMode.Normal
               for edit in dialog.findChildren(QLineEdit)), "no password field"


def test_missing_parts_are_asked_for_and_nothing_opens(qtbot):
    dialog = ServerBookDialog()
    qtbot.addWidget(dialog)
    dialog.database.setText("koperasi_mawar")
    dialog._accept()
    assert dialog.result() != ServerBookDialog.DialogCode.Accepted
    assert dialog.error.text() == "Fill in the server, the database and the user."
