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
    # (step, wall seconds, CPU seconds of the app or None where the OS does not say)
    steps: list[tuple[str, float, float | None]] = field(default_factory=list)
    # Best warm runs, as (wall seconds, CPU seconds or None):
    version: tuple[float, float | None] = (0.0, None)  # start to `--version` printed
    window: tuple[float, float | None] = (0.0, None)  # start until the main window shows


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
        cpu_before = _children_cpu_seconds()
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
        cpu_after = _children_cpu_seconds()
        cpu = None if cpu_after is None else cpu_after - cpu_before
        if done.returncode != 0:
            raise SmokeFailure(
                f"{step}: `{_quoted(command)}` exited with status {done.returncode}\n"
                f"stdout:\n{done.stdout.strip()}\nstderr:\n{done.stderr.strip()}\n"
                f"{_crash_log(self.env)}"
            )
        self.report.steps.append((step, elapsed, cpu))
        return done.stdout


def _children_cpu_seconds() -> float | None:
    """User + system CPU time of finished child processes: unlike wall time, it does not
    grow when other work shares the machine."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
        env = isolated_environment(temp_dir / "home")
        run = _Runner(frozen_executable(copy), work, env, report)

        output = run("--version (cold)", "--version")
        _expect(version in output, f"--version printed {output!r}, expected version {version}")
        report.version = _best_of(run, "--version (warm)", "--version")

        english = run("--help (en)", "--lang", "en", "--help")
        indonesian = run("--help (id)", "--lang", "id", "--help")
        _expect(english != indonesian, "the Indonesian help is the English one: are "
                "resources/translations/*.ts in the bundle's resources folder?")

        book = work / "demo.sqlite3"  # a new book: the Alembic migrations must run
        run("demo", "--db", str(book), "demo", "--members", "20", "--years", "1")
        run("check", "--db", str(book), "check")
        workbook = work / "export.xlsx"
        run("export", "--db", str(book), "export", str(workbook))
        _expect(zipfile.is_zipfile(workbook), f"export wrote no workbook at {workbook}")
        shots = work / "screenshots"
        run("screenshot", "--db", str(book), "screenshot", str(shots))
        pngs = sorted(shots.glob("*.png"))
        _expect(bool(pngs), f"screenshot wrote no PNG into {shots}")

        window = dict(
            extra_env={EXIT_AFTER_SHOW: "1"}, timeout=WINDOW_TIMEOUT,
            hint=f"The app should quit once its main window is shown when {EXIT_AFTER_SHOW}=1 "
            "(desktop_app/ui/app.py).",
        )
        run("open window (cold)", "--db", str(book), **window)
        report.window = _best_of(run, "open window (warm)", "--db", str(book), **window)
    return report


def _best_of(run: _Runner, step: str, *args: str, **options) -> tuple[float, float | None]:
    for attempt in range(1, WARM_RUNS + 1):
        run(f"{step} {attempt}/{WARM_RUNS}", *args, **options)
    _, wall, cpu = min(run.report.steps[-WARM_RUNS:], key=lambda entry: entry[1])
    return wall, cpu
