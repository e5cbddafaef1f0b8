"""The real app in a real window (Qt's xcb platform under Xvfb), driven as a user would.

The rest of the suite runs Qt offscreen in this same process, and a Qt platform cannot be
changed once QApplication exists. So in the ordinary run this folder contributes one test,
`test_real_window.py`, which starts a private Xvfb on a free display and runs the
scenarios below in a child pytest with QT_QPA_PLATFORM=xcb (KOPERASI_E2E=1). The README's
`pytest` and `.ci/run` therefore run them too.

In the child every scenario runs with faulthandler on, `gc.collect()` between steps, and a
Qt message handler that fails the test on ownership and thread warnings.
"""

from __future__ import annotations

import faulthandler
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

CHILD = os.environ.get("KOPERASI_E2E") == "1"
if not CHILD:
    collect_ignore_glob = ["test_day_*.py", "test_kiosk_*.py"]
else:
    faulthandler.enable()


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory) -> Path:
    """A demo book made once per run (or the book named by KOPERASI_E2E_BOOK, e.g. the
    10,000-member demo for timing); each scenario works on its own copy."""
    given = os.environ.get("KOPERASI_E2E_BOOK")
    if given:
        return Path(given)
    from desktop_app.services import demo
    from desktop_app.services.books import open_or_create
    from desktop_app.services.context import SYSTEM_ACTOR, set_actor

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    book = open_or_create(path)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            demo.generate(session, members=30, years=1, seed=12, today=date.today())
    finally:
        book.close()
    return path


@pytest.fixture
def book_path(demo_source, tmp_path) -> Path:
    path = tmp_path / "koperasi.sqlite3"
    shutil.copy(demo_source, path)
    return path
