"""Windows that fit the screens cooperatives have (1366×768, 1280×720 laptops).

A fixed default size taller than the screen hid the status bar and the Lock button; on
such a screen the window opens maximised instead, elsewhere at a size that fits.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget

PREFERRED = QSize(1280, 800)
SMALL_SCREEN = QSize(1440, 900)  # smaller than this (available area): open maximised


def fitting_size(available: QSize) -> QSize:
    """The preferred size, shrunk to what the screen has room for."""
    return PREFERRED.boundedTo(available)


def show_fitting(window: QWidget) -> None:
    """Show `window` maximised on a small screen, else at a size that fits it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size()
    if available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height():
        window.resize(available)  # the same where no window manager maximises
        window.showMaximized()
    else:
        window.resize(fitting_size(available))
        window.show()


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Let a filter combo box be narrower than its longest entry (the list still opens
    wide enough): long account or action names forced pages wider than a 1280 screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    return combo


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: a tall form scrolls on a 720-pixel screen
    instead of making the window taller than the screen."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
