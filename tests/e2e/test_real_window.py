"""Runs the real-window scenarios (test_day_*.py, test_kiosk_*.py) in a child pytest on
Qt's xcb platform under a private Xvfb display (see conftest.py for why a child)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@pytest.fixture
def x_display():
    """A fresh Xvfb on the first free display (it picks the number itself)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb); .ci/run installs it")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as out:
        number = out.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


SCENARIOS = [f"{name}[{language}]" for name in (
    "test_day_treasurer.py::test_a_treasurers_day",
    "test_kiosk_member.py::test_a_member_checks_her_balance") for language in ("id", "en")]


@pytest.mark.skipif(os.environ.get("KOPERASI_E2E") == "1", reason="the child itself")
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_in_a_real_window(x_display, tmp_path, scenario):
    """Each scenario in its own process, as a person starts the app afresh."""
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "KOPERASI_E2E": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                       os.environ.get("PYTHONPATH")]))}
    child = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "pytest", str(HERE / scenario), "-q",
         "-p", "no:cacheprovider", "--no-qt-log", "--basetemp", str(tmp_path / "e2e")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, child.stdout[-6000:] + child.stderr[-3000:]
