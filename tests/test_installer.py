"""The installer's configuration (fast), and the full build + smoke test (slow, opt-in).

The fast tests check what the treasurer's bundle relies on without running PyInstaller:
every resource and migration is collected, unused Qt and Python modules are excluded (and
the app does not import them), plugin pruning keeps what each platform needs, the version
comes from desktop_app, and the Linux archive and Windows script are complete.

The slow test builds and smoke-tests the real bundle (about 3 minutes):
    KOPERASI_SLOW_TESTS=1 python -m pytest tests/test_installer.py -m slow
"""

from __future__ import annotations

import ast
import os
import re
import stat
import subprocess
import sys
import tarfile
from pathlib import Path, PurePosixPath

import pytest

import desktop_app

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the installer package sits beside desktop_app, not in it
    sys.path.insert(0, str(ROOT))

from installer import bundle, pack  # noqa: E402
from installer.smoke import SmokeReport  # noqa: E402


def _collected() -> dict[str, set[str]]:
    """Destination folder -> names of the files collected into it."""
    result: dict[str, set[str]] = {}
    for source, destination in bundle.data_files():
        result.setdefault(destination, set()).add(Path(source).name)
    return result


def _app_imports() -> set[str]:
    """Every module name imported anywhere in desktop_app (absolute imports)."""
    names = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return names


def test_the_version_is_the_one_desktop_app_declares():
    assert bundle.app_version() == desktop_app.__version__


def test_every_file_of_resources_lands_in_the_bundles_resources_folder():
    collected = _collected()
    sources = [
        path for path in (ROOT / "resources").rglob("*")
        if path.is_file() and not any(
            part.startswith((".", "__pycache__")) for part in path.relative_to(ROOT).parts
        )
    ]
    assert sources, "resources/ is empty"
    for path in sources:
        relative = path.relative_to(ROOT / "resources")
        folder = str(PurePosixPath("resources", *relative.parent.parts))
        assert path.name in collected.get(folder, set()), f"{relative} is not collected"
    assert any(name.endswith("_id.ts") for name in collected["resources/translations"])
    assert {"koperasi.png", "koperasi.ico", "koperasi.icns"} <= collected["resources/icons"]


def test_alembic_migrations_are_collected_as_files_where_the_book_opener_looks():
    from desktop_app.db import schema_version as book

    collected = _collected()
    inside_package = book.MIGRATIONS_DIR.relative_to(ROOT / "desktop_app")
    folder = PurePosixPath("desktop_app", *inside_package.parts)
    assert {"env.py", "script.py.mako"} <= collected[str(folder)]
    versions = {p.name for p in (book.MIGRATIONS_DIR / "versions").glob("*.py")}
    assert versions and versions == collected[str(folder / "versions")]
    # Alembic loads them by path; importing them as modules would run env.py out of context.
    assert not bundle.is_hidden_import_candidate("desktop_app.db.migrations.env")
    assert bundle.is_hidden_import_candidate("desktop_app.spreadsheet.exporter")


def test_the_qt_modules_the_app_imports_are_kept_and_every_other_one_is_excluded():
    used = {
        name.split(".")[1] for name in _app_imports() if name.startswith("PySide6.")
    }
    assert used <= bundle.QT_MODULES_USED, (
        f"the app now imports {sorted(used - bundle.QT_MODULES_USED)}: add it to "
        "QT_MODULES_USED in installer/bundle.py (and check the bundle size)"
    )
    assert not bundle.QT_MODULES_USED & set(bundle.QT_MODULES_EXCLUDED)
    for heavy in ("QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore",
                  "QtCharts", "QtPdf", "QtDesigner", "QtNetwork"):
        assert f"PySide6.{heavy}" in bundle.EXCLUDED_MODULES
    import PySide6

    installed = {
        path.name.split(".")[0] for path in Path(PySide6.__file__).parent.glob("Qt*.*")
        if path.suffix in (".so", ".pyd")
    }
    assert installed - bundle.QT_MODULES_USED <= set(bundle.QT_MODULES_EXCLUDED), (
        "installed Qt modules neither used nor excluded: add them to QT_MODULES_EXCLUDED"
    )


def test_excluded_python_modules_are_not_imported_by_the_app():
    excluded = set(bundle.PYTHON_EXCLUDED) | set(bundle.STDLIB_EXCLUDED)
    for name in ("tkinter", "pytest", "hypothesis", "numpy", "ssl"):
        assert name in excluded
    imported_and_excluded = {
        name for name in _app_imports() if name.split(".")[0] in excluded
    }
    assert not imported_and_excluded, (
        f"desktop_app imports {sorted(imported_and_excluded)}, which the bundle excludes"
    )


@pytest.mark.parametrize("platform, dest, kept", [
    ("linux", "PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("linux", "PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("win32", "PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("win32", "PySide6\\plugins\\platforms\\qoffscreen.dll", True),
    ("win32", "PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("win32", "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("darwin", "PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("darwin", "PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("linux", "PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("linux", "PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("linux", "PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("linux", "PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("linux", "PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("linux", "PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("linux", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("linux", "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("linux", "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
    ("linux", "PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("linux", "PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("linux", "PySide6/Qt/translations/qtbase_en.qm", True),
    ("linux", "PySide6/Qt/translations/qtbase_id.qm", True),
    ("linux", "PySide6/Qt/translations/qtbase_de.qm", False),
    ("linux", "PySide6/Qt/translations/qt_help_en.qm", False),
    ("linux", "PySide6/Qt/translations/designer_en.qm", False),
    ("linux", "resources/translations/koperasi_core_id.ts", True),
    ("linux", "PySide6/Qt/lib/libQt6Widgets.so.6", True),
])
def test_plugin_and_translation_pruning(platform, dest, kept):
    assert bundle.keep_collected(dest, platform) is kept


def test_qt_libraries_are_recognised_by_name_for_orphan_pruning():
    assert bundle.qt_library_module("PySide6/Qt/lib/libQt6Quick.so.6") == "Quick"
    assert bundle.qt_library_module("Qt6Widgets.dll") == "Widgets"
    assert bundle.qt_library_module("PySide6/QtWidgets.abi3.so") is None
    assert bundle.qt_library_module("libicudata.so.73") is None


def test_the_spec_builds_one_folder_from_the_bundle_configuration():
    spec = (ROOT / "installer" / "koperasi.spec").read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # one folder, not one file
    for name in ("data_files()", "EXCLUDED_MODULES", "HIDDEN_IMPORTS", "keep_collected"):
        assert f"bundle.{name}" in spec


def test_a_template_with_an_unfilled_placeholder_is_refused(tmp_path):
    template = tmp_path / "t.in"
    template.write_text("Version @VERSION@ by @AUTHOR@")
    with pytest.raises(ValueError, match="@AUTHOR@"):
        pack.render(template, {"VERSION": "1.0"})


def test_the_windows_script_makes_shortcuts_and_leaves_the_users_books(tmp_path):
    script = pack.inno_script(tmp_path / "koperasi", tmp_path / "out", "9.8.7", tmp_path / "k.iss")
    text = script.read_text(encoding="utf-8")
    assert not re.search(r"@[A-Z_]+@", text)  # every placeholder filled
    assert '#define AppVersion "9.8.7"' in text
    assert "{group}\\{#AppName}" in text  # Start menu
    assert "{autodesktop}\\{#AppName}" in text  # desktop
    assert str(tmp_path / "koperasi") + "\\*" in text
    # The books live in the user data folder; the uninstaller deletes nothing it did not install.
    assert "[UninstallDelete]" not in text and "{localappdata}" not in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux archive")
def test_the_linux_archive_installs_a_menu_entry_with_its_icon(tmp_path):
    fake_bundle = tmp_path / "koperasi"
    (fake_bundle / "_internal").mkdir(parents=True)
    executable = fake_bundle / "koperasi"
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    archive = pack.linux_archive(fake_bundle, tmp_path, "9.8.7")

    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
        tar.extractall(tmp_path / "unpacked", filter="data")
    top = "koperasi-9.8.7"
    assert {f"{top}/koperasi", f"{top}/koperasi.desktop", f"{top}/koperasi.png",
            f"{top}/install.sh", f"{top}/_internal"} <= set(members)
    assert members[f"{top}/koperasi"].mode & stat.S_IXUSR
    assert members[f"{top}/install.sh"].mode & stat.S_IXUSR

    prefix, data = tmp_path / "opt" / "koperasi", tmp_path / "share"
    subprocess.run(
        ["sh", str(tmp_path / "unpacked" / top / "install.sh"), str(prefix)],
        env={**os.environ, "XDG_DATA_HOME": str(data)}, check=True, capture_output=True,
    )
    entry = (data / "applications" / "koperasi.desktop").read_text()
    assert f'Exec="{prefix}/koperasi"' in entry
    assert f"Icon={prefix}/koperasi.png" in entry
    assert "X-AppVersion=9.8.7" in entry
    assert (prefix / "koperasi").is_file() and (prefix / "koperasi.png").is_file()


def test_the_summary_reports_size_files_largest_files_and_start_times(tmp_path):
    import build_installer

    folder = tmp_path / "koperasi"
    (folder / "_internal").mkdir(parents=True)
    (folder / "koperasi").write_bytes(b"x" * 3_000_000)
    (folder / "_internal" / "libbig.so").write_bytes(b"x" * 5_000_000)
    smoke = SmokeReport(steps=[("demo", 4.0, 1.0)], version=(0.3, 0.2), window=(2.5, 0.9))
    text = "\n".join(build_installer.summary(folder, smoke, pack.PackResult(skipped=["macOS"])))

    assert "size 8.0 MB unpacked (budget 150 MB), 2 files" in text
    assert text.index("_internal/libbig.so") < text.index("MB  koperasi")  # largest first
    assert "to --version printed:  0.30 s (CPU 0.20 s)" in text
    assert "until the main window is shown:  2.50 s (CPU 0.90 s) (budget 2 s)  OVER BUDGET" in text
    assert "skipped: macOS" in text


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("KOPERASI_SLOW_TESTS") != "1",
                    reason="builds the bundle (minutes): set KOPERASI_SLOW_TESTS=1")
def test_the_bundle_builds_and_passes_its_smoke_test(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--output", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    assert "Smoke test: passed" in done.stdout
    if sys.platform.startswith("linux"):
        assert list(tmp_path.glob(f"koperasi-{desktop_app.__version__}-linux-*.tar.gz"))
