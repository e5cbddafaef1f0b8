"""Find Qt objects that Python and a Qt parent both believe they own.

PySide keeps ownership of a widget created without a parent and added to a layout that
is not yet installed; when that layout is nested into an installed one (`addLayout`),
Qt re-parents the widget but PySide still owns it. Once its Python wrapper is collected
(for example when the garbage collector breaks a dialog ↔ lambda cycle) Python deletes a
widget its Qt parent still holds, and wrappers of its children dangle: the
"shared QObject was deleted directly" crash. Building a layout tree first and installing
it with `setLayout` (or adding widgets to layouts that are already installed) avoids it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def doubly_owned(under: QObject | None = None) -> list[str]:
    """Live Python-owned Qt objects that also have a Qt parent (under `under`, if given),
    each described by its class and its chain of parents."""
    found = []
    for obj in gc.get_objects():
        if not (isinstance(obj, QObject) and Shiboken.isValid(obj)
                and Shiboken.ownedByPython(obj) and obj.parent() is not None):
            continue
        chain, node = [], obj
        while node is not None:
            chain.append(type(node).__name__)
            if node is under:
                break
            node = node.parent()
        if under is None or node is under:
            found.append(" < ".join(chain))
    return sorted(found)
