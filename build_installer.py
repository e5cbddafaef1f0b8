"""Build Koperasi for a PC without Python or internet: bundle, smoke-test, pack.

    python build_installer.py [--output DIR] [--clean] [--skip-smoke]

1. PyInstaller builds a one-folder bundle from installer/koperasi.spec (what goes in and
   what is pruned out: installer/bundle.py).
2. The frozen app is smoke-tested from a temporary copy: --version, demo, check, export,
   screenshot, and opening the main window (installer/smoke.py).
3. The bundle is packed for this platform (installer/pack.py); what this platform cannot
   build is listed as skipped.
4. A summary: bundle size and files, the largest files, start times, the budget.

Exit status 0 only when every step succeeded and the bundle is within its size budget.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from installer import bundle
from installer.pack import pack
from installer.smoke import WARM_RUNS, SmokeFailure, SmokeReport, smoke_test

SIZE_BUDGET_MB = 150
START_BUDGET_SECONDS = 2.0
SPEC = bundle.ROOT / "installer" / "koperasi.spec"
WORK = bundle.ROOT / "build" / "pyinstaller"


class BuildFailed(Exception):
    pass


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=bundle.ROOT / "dist",
                        help="where the bundle and packages go (default: dist/)")
    parser.add_argument("--clean", action="store_true",
                        help="remove earlier build output and PyInstaller's cache first")
    parser.add_argument("--skip-smoke", action="store_true",
                        help="do not run the frozen app's smoke test")
    return parser.parse_args(argv)


def run(command: list[str]) -> None:
    print("$", " ".join(command), flush=True)
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildFailed(
            f"`{' '.join(command)}` exited with status {done.returncode}\n"
            f"{done.stdout[-4000:]}{done.stderr[-8000:]}"
        )


def build_bundle(output: Path, clean: bool) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildFailed('PyInstaller is not installed: pip install -e ".[installer]"')
    bundle_dir = output / bundle.EXECUTABLE
    if clean:
        for stale in (WORK, bundle_dir, output / f"{bundle.APP_NAME}.app"):
            shutil.rmtree(stale, ignore_errors=True)
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level=WARN",
        "--distpath", str(output), "--workpath", str(WORK),
    ]
    run(command + (["--clean"] if clean else []))
    return bundle_dir


def bundle_files(bundle_dir: Path) -> list[tuple[int, Path]]:
    """(size, path) of every regular file, largest first (symlinks count once, as links)."""
    files = [
        (path.stat().st_size, path) for path in bundle_dir.rglob("*")
        if path.is_file() and not path.is_symlink()
    ]
    return sorted(files, key=lambda item: (-item[0], str(item[1])))


def libraries_from_the_system(bundle_dir: Path) -> list[str]:
    """Linux: shared libraries the bundle links against that this build machine lacks, so
    PyInstaller could not bundle them (the target desktop must provide them; typically
    X11/Wayland client libraries that every desktop installs)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    missing = set()
    for path in bundle_dir.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
            missing.update(
                line.split()[0] for line in listing.splitlines() if "not found" in line
            )
    return sorted(missing)


def megabytes(files: list[tuple[int, Path]]) -> float:
    return sum(size for size, _ in files) / 1e6


def _timing(measured: tuple[float, float | None]) -> str:
    wall, cpu = measured
    return f"{wall:5.2f} s" + (f" (CPU {cpu:4.2f} s)" if cpu is not None else "")


def summary(bundle_dir: Path, smoke: SmokeReport | None, packed) -> list[str]:
    files = bundle_files(bundle_dir)
    lines = [
        f"Bundle: {bundle_dir}",
        f"  size {megabytes(files):.1f} MB unpacked (budget {SIZE_BUDGET_MB} MB), "
        f"{len(files)} files",
        "  largest files:",
    ]
    lines += [
        f"    {size / 1e6:7.2f} MB  {path.relative_to(bundle_dir).as_posix()}"
        for size, path in files[:10]
    ]
    missing = libraries_from_the_system(bundle_dir)
    if missing:
        lines.append(f"  the target system must provide: {', '.join(missing)}")
    if smoke:
        lines.append("Smoke test: passed")
        lines += [f"    {_timing((wall, cpu))}  {step}" for step, wall, cpu in smoke.steps]
        load = f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"
        lines.append(f"  start times, best of {WARM_RUNS} warm runs (load average {load}):")
        lines.append(f"    to --version printed: {_timing(smoke.version)}")
        lines.append(
            f"    until the main window is shown: {_timing(smoke.window)} "
            f"(budget {START_BUDGET_SECONDS:.0f} s)"
            + ("" if smoke.window[0] <= START_BUDGET_SECONDS else "  OVER BUDGET")
        )
    else:
        lines.append("Smoke test: skipped (--skip-smoke)")
    lines.append("Packages:")
    lines += [f"  {artifact}" for artifact in packed.artifacts]
    lines += [f"  skipped: {reason}" for reason in packed.skipped]
    return lines


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    output = args.output.resolve()
    version = bundle.app_version()
    started = time.perf_counter()
    try:
        print(f"Building Koperasi {version} for {sys.platform} into {output}", flush=True)
        bundle_dir = build_bundle(output, args.clean)
        smoke = None
        if not args.skip_smoke:
            print("Smoke-testing the frozen app...", flush=True)
            smoke = smoke_test(bundle_dir, version)
        print("Packing...", flush=True)
        packed = pack(bundle_dir, output, version, WORK.parent, run)
    except (BuildFailed, SmokeFailure) as exc:
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr)
        return 1
    lines = summary(bundle_dir, smoke, packed)
    print("\n" + "\n".join(lines))
    print(f"Built in {time.perf_counter() - started:.0f} s.")
    size_mb = megabytes(bundle_files(bundle_dir))
    if size_mb > SIZE_BUDGET_MB:
        print(f"BUILD FAILED: the bundle is {size_mb:.1f} MB, over {SIZE_BUDGET_MB} MB.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
