"""A guard against a reference-count bug in PySide6 6.12 on CPython before 3.12.

There, every call of a C++ method that returns void takes one reference to `None` from
Python and never gives it back (`None` only became immortal in CPython 3.12). A few
thousand such calls in a row — painting a long report — bring None's count to zero and
the process aborts with "Fatal Python error: none_dealloc". `guarded(obj)` wraps an
object whose void methods are called in a loop and gives each lost reference back.
Where the bug is absent (probed once at import) it returns the object unchanged.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QPointF

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]


def _drops_none() -> bool:
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(10):
        point.setX(0)
    return sys.getrefcount(None) < before - 5


DROPS_NONE = _drops_none()


def give_back(count: int) -> None:
    for _ in range(count):
        _incref(None)


class _Guarded:
    """Calls through to `target`; after a method that answered None, the reference
    it took is given back (more if more were taken meanwhile: giving one too many only
    keeps None alive, which it always is)."""

    def __init__(self, target: Any):
        self._target = target

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._target, name)

        def call(*args: Any) -> Any:
            before = sys.getrefcount(None)
            result = method(*args)
            if result is None:
                give_back(max(1, before + 1 - sys.getrefcount(None)))
            return result
        return call


def guarded(target: Any) -> Any:
    return _Guarded(target) if DROPS_NONE else target
