"""The Qt binding must not leak references to None.

PySide6 6.12.0 on CPython < 3.12 loses one reference to `None` on every call of a C++
method that returns void; a treasurer's day (or one long report) makes enough such calls
that None's count reaches zero and the app aborts ("Fatal Python error: none_dealloc").
pyproject.toml excludes that release; this test fails on any binding that does it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label, point = QLabel(), QPointF()
    before = sys.getrefcount(None)
    for _ in range(500):  # enough to see a loss, too few to abort the test run
        label.setText("Rp 100.000")
        point.setX(1.0)
    assert sys.getrefcount(None) >= before - 100
