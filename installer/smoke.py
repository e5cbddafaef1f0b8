"""Smoke-test a frozen bundle: copy it to a temporary folder and run the real commands.

Copying first proves the bundle depends on nothing in the build tree. The app runs with
its user folders (HOME, XDG_*, APPDATA) pointed into the temporary folder, Qt offscreen,
and no PYTHONPATH, so it can only use what the bundle carries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from installer import bundle

STEP_TIMEOUT = 300
WINDOW_TIMEOUT = 60
WARM_RUNS = 3  # start times are the best of this many runs after a first, cold one
# Set by the smoke test when it starts the GUI: desktop_app/ui/app.py quits as soon as the
# main window has been shown (and painted, offscreen), so the start time can be measured.
EXIT_AFTER_SHOW = "KOPERASI_EXIT_AFTER_SHOW"


class SmokeFailure(Exception):
    """A step of the smoke test failed; the message says the command and its output."""


@dataclass
class SmokeReport:
    steps: list[tuple[str, float]] = field(default_factory=list)  # (step, seconds)
    version_seconds: float = 0.0  # warm start to `--version`, best run
    window_seconds: float = 0.0  # warm start until the main window was shown, best run


def frozen_executable(bundle_dir: Path) -> Path:
    name = bundle.CLI_EXECUTABLE if sys.platform == "win32" else bundle.EXECUTABLE
    return bundle_dir / (name + (".exe" if sys.platform == "win32" else ""))


def isolated_environment(home: Path) -> dict[str, str]:
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "XDG_")) and key != EXIT_AFTER_SHOW
    }
    env.update(
        HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"), XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen",
    )
    return env


class _Runner:
    def __init__(self, executable: Path, cwd: Path, env: dict[str, str], report: SmokeReport):
        self.executable, self.cwd, self.env, self.report = executable, cwd, env, report

    def __call__(
        self, step: str, *args: str, extra_env: dict[str, str] | None = None,
        timeout: int = STEP_TIMEOUT, hint: str = "",
    ) -> str:
        command = [str(self.executable), *args]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, cwd=self.cwd, env={**self.env, **(extra_env or {})},
                capture_output=True, text=True, timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(
                f"{step}: `{_quoted(command)}` did not finish within {timeout} s. {hint}\n"
                f"{_text(exc.stderr)}"
            ) from None
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SmokeFailure(
                f"{step}: `{_quoted(command)}` exited with status {done.returncode}\n"
                f"stdout:\n{done.stdout.strip()}\nstderr:\n{done.stderr.strip()}\n"
                f"{_crash_log(self.env)}"
            )
        self.report.steps.append((step, elapsed))
        return done.stdout


def _text(output: bytes | str | None) -> str:
    return output.decode(errors="replace") if isinstance(output, bytes) else output or ""


def _quoted(command: list[str]) -> str:
    return subprocess.list2cmdline(command) if sys.platform == "win32" else " ".join(command)


def _crash_log(env: dict[str, str]) -> str:
    """The app logs unexpected errors to a file instead of printing a traceback."""
    logs = sorted(Path(env["HOME"]).rglob("koperasi-errors.log"))
    return "".join(f"{log}:\n{log.read_text(errors='replace')}" for log in logs)


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def smoke_test(bundle_dir: Path, version: str) -> SmokeReport:
    """Run every smoke step; raise SmokeFailure with the reason on the first failure."""
    report = SmokeReport()
    with tempfile.TemporaryDirectory(prefix="koperasi-smoke-") as temp:
        temp_dir = Path(temp)
        copy = temp_dir / "app"
        shutil.copytree(bundle_dir, copy, symlinks=True)
        work = temp_dir / "work"
        work.mkdir()
        run = _Runner(frozen_executable(copy), work, isolated_environment(temp_dir / "home"), report)

        output = run("--version (cold)", "--version")
        _expect(version in output, f"--version printed {output!r}, expected version {version}")
        report.version_seconds = _best_of(run, "--version (warm)", "--version")

        book = work / "demo.sqlite3"
        run("demo", "--db", str(book), "demo", "--members", "20", "--years", "1")
        run("check", "--db", str(book), "check")
        workbook = work / "export.xlsx"
        run("export", "--db", str(book), "export", str(workbook))
        _expect(zipfile.is_zipfile(workbook), f"export wrote no workbook at {workbook}")
        shots = work / "screenshots"
        run("screenshot", "--db", str(book), "screenshot", str(shots))
        pngs = sorted(shots.glob("*.png"))
        _expect(bool(pngs), f"screenshot wrote no PNG into {shots}")

        for step in ("open window", "open window (warm)"):
            run(
                step, "--db", str(book), extra_env={EXIT_AFTER_SHOW: "1"},
                timeout=WINDOW_TIMEOUT, hint=f"The app should quit once its main window is "
                f"shown when {EXIT_AFTER_SHOW}=1 (desktop_app/ui/app.py).",
            )
        report.window_seconds = report.steps[-1][1]
    return report
