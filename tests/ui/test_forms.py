"""The form pieces every page uses: a refusal is red, a result green, both from the
stylesheet (one red for the whole app), and the Save/Cancel skeleton of a dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

import desktop_app.ui
from desktop_app.ui.style import stylesheet
from desktop_app.ui.widgets.date_edit import DateEdit
from desktop_app.ui.widgets.forms import MessageLine, confirm, error_label, lay_out

RED, GREEN = QColor("#b00020"), QColor("#1b5e20")


@pytest.fixture
def styled(qtbot):
    """A window with the app's stylesheet, as in the running app."""
    window = QWidget()
    window.setStyleSheet(stylesheet())
    QVBoxLayout(window)
    qtbot.addWidget(window)
    return window


def text_colour(widget: QWidget) -> QColor:
    widget.ensurePolished()
    return widget.palette().color(QPalette.ColorRole.WindowText)


def test_a_refusal_is_red_and_a_result_green(styled):
    line = MessageLine()
    styled.layout().addWidget(line)
    styled.show()
    line.say("Saved.")
    assert text_colour(line) == GREEN and not line.is_error
    line.error("Enter an amount above zero.")
    assert text_colour(line) == RED and line.is_error
    assert line.text() == "Enter an amount above zero."
    line.say("Posted.")
    assert text_colour(line) == GREEN


def test_an_error_label_is_red(styled):
    label = error_label()
    styled.layout().addWidget(label)
    styled.show()
    label.setText("The cooperative needs a name.")
    assert text_colour(label) == RED and label.wordWrap()


def test_a_refused_date_marks_its_field_until_a_good_one_is_typed(styled, qtbot):
    field = DateEdit()
    styled.layout().addWidget(field)
    styled.show()
    field.line.setText("31/02/2026")
    assert not field.commit()
    assert field.line.property("state") == "error" and field.refusal
    field.line.setText("28/02/2026")
    assert field.commit()
    assert field.line.property("state") == ""


def test_the_dialog_skeleton_saves_only_through_its_form(qtbot):
    saved = []
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit()
    error, buttons = lay_out(dialog, [field], lambda: saved.append(field.text()), "Post")
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Post"
    field.setText("x")
    save.click()
    assert saved == ["x"] and dialog.result() == 0  # the form decides whether it closes
    layout = dialog.layout()
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == [field, error, buttons]


@pytest.mark.parametrize(("answer", "expected"), [(QMessageBox.StandardButton.Yes, True),
                                                  (QMessageBox.StandardButton.No, False)])
def test_confirm_is_yes_only_for_yes(qtbot, monkeypatch, answer, expected):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[1:3]) or answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert confirm(parent, "Close period", "Close it?") is expected
    assert asked == [("Close period", "Close it?")]


def test_no_page_or_dialog_sets_its_own_red_or_green():
    """Colours of refusals and results come from the stylesheet alone."""
    root = Path(desktop_app.ui.__file__).parent
    inline = re.compile(r"setStyleSheet\([^)]*#(?:b00020|a40000|b42318|1b5e20|1d5e20)", re.I)
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if inline.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
