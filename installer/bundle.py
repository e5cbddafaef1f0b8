"""What goes into the frozen bundle, and what is pruned out of it.

Plain data and pure functions, imported both by the PyInstaller spec (koperasi.spec) and
by the fast test that checks the configuration without building anything.

Destinations are the paths inside the bundle (PyInstaller's "dest names"), always with
forward slashes here; `keep_collected` normalises Windows separators itself.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Koperasi"
EXECUTABLE = "koperasi"
CLI_EXECUTABLE = "koperasi-cli"  # Windows only: the console twin of the windowed app
ENTRY_SCRIPT = ROOT / "desktop_app" / "__main__.py"
ICONS = ROOT / "resources" / "icons"
MIGRATIONS = ROOT / "desktop_app" / "db" / "migrations"

# The Qt modules the app imports. tests/test_installer.py fails when the code starts using
# another one, so that this list (and the bundle) grows with the app.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"})

# Every other Qt binding module is excluded; these are the big ones PyInstaller's hooks
# would otherwise follow from shiboken/PySide6 cross-references.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtXml",
)

# Python modules the app never uses at run time: GUI toolkits, test and build tools, the
# maths libraries the test suite brings along, and pygments (Mako's optional highlighting
# of template errors; Alembic renders templates only for new revisions).
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "test", "tests", "unittest", "doctest", "pytest", "_pytest", "pytestqt", "hypothesis",
    "numpy", "numpy_financial", "pygments", "PIL", "matplotlib", "IPython", "PyInstaller",
    "setuptools", "pkg_resources", "pip", "wheel", "distutils",
)
# The app never touches the network, so no TLS and no OpenSSL (about 5 MB): hashlib falls
# back to Python's built-in SHA-2/SHA-3/BLAKE2 (hashlib.pbkdf2_hmac and scrypt would not
# exist; passwords use Argon2id). Nor East-Asian codecs: books are UTF-8 and workbooks XML.
STDLIB_EXCLUDED = (
    "ssl", "_ssl", "_hashlib",
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
)

EXCLUDED_MODULES = (
    tuple(f"PySide6.{name}" for name in QT_MODULES_EXCLUDED) + PYTHON_EXCLUDED + STDLIB_EXCLUDED
)

# Modules loaded by name at run time, which static analysis cannot see: the migration
# scripts (collected as data files) import these when Alembic executes them.
HIDDEN_IMPORTS = (
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
)

# Qt plugins kept, by plugin folder; anything in another folder is dropped (for example
# designer, qmltooling, sqldrivers, tls, networkinformation, generic, egldeviceintegrations).
# `offscreen` stays on every platform: `koperasi screenshot` and the smoke test need it.
PLATFORM_PLUGINS = {
    "linux": ("offscreen", "xcb", "wayland"),
    "win32": ("offscreen", "windows"),
    "darwin": ("offscreen", "cocoa"),
}
IMAGE_FORMATS = ("ico", "jpeg", "svg")  # PNG is built into QtGui
# Plugin stems without the "lib"/"q" prefix. Not kept, on purpose: platformthemes (the
# GTK theme would drag in the build machine's GTK stack; Qt's own style is clear and the
# same everywhere) and the Qt Virtual Keyboard input context (it needs QtQuick).
OTHER_PLUGIN_FOLDERS = {
    "iconengines": ("svgicon",),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin", "ibusplatforminputcontextplugin",
    ),
    "printsupport": ("cupsprintersupport", "windowsprintersupport", "cocoaprintersupport"),
    "styles": ("modernwindowsstyle", "windowsvistastyle", "macstyle"),
    "xcbglintegrations": ("xcb-glx-integration", "xcb-egl-integration"),
    "wayland-decoration-client": ("bradient",),
    "wayland-shell-integration": ("xdg-shell",),
}
# Qt's own message catalogs (standard dialog buttons...), in the app's languages only.
QT_TRANSLATION_CATALOGS = ("qt", "qtbase")
QT_TRANSLATION_LANGUAGES = ("id", "en")


def app_version() -> str:
    """`desktop_app.__version__`, read from the source so a build never imports the app."""
    tree = ast.parse((ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError("desktop_app/__init__.py defines no __version__")


def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not any(
            part.startswith(".") or part == "__pycache__" for part in relative.parts
        ) and path.suffix != ".pyc":
            yield path


def data_files() -> list[tuple[str, str]]:
    """(source file, destination folder) pairs: all of resources/ and the migrations.

    The migrations travel as source files because Alembic reads env.py, script.py.mako and
    versions/*.py from the filesystem next to desktop_app/db/schema_version.py.
    """
    pairs = []
    for folder, destination in (
        (ROOT / "resources", PurePosixPath("resources")),
        (MIGRATIONS, PurePosixPath("desktop_app/db/migrations")),
    ):
        for path in _files_under(folder):
            parent = path.relative_to(folder).parent
            pairs.append((str(path), str(destination / PurePosixPath(*parent.parts))))
    return pairs


def is_hidden_import_candidate(module: str) -> bool:
    """Every desktop_app module is collected (the CLI imports commands lazily), except the
    migration scripts, which Alembic loads from files."""
    return not module.startswith("desktop_app.db.migrations")


def _plugin_kept(folder: str, name: str, platform: str) -> bool:
    stem = re.sub(r"^(lib)?q?", "", name.split(".")[0])
    if folder == "platforms":
        return stem in PLATFORM_PLUGINS.get(platform, ("offscreen",))
    if folder == "imageformats":
        return stem in IMAGE_FORMATS
    return stem in OTHER_PLUGIN_FOLDERS.get(folder, ())


def keep_collected(dest: str, platform: str) -> bool:
    """Whether a collected binary or data file stays in the bundle on `platform`."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts and parts[0] == "PySide6":
        index = parts.index("plugins")
        if len(parts) > index + 2:
            return _plugin_kept(parts[index + 1], parts[-1], platform)
    if "translations" in parts and parts[0] == "PySide6" and parts[-1].endswith(".qm"):
        catalog, _, language = parts[-1].rsplit(".", 1)[0].rpartition("_")
        return catalog in QT_TRANSLATION_CATALOGS and language in QT_TRANSLATION_LANGUAGES
    return True


_QT_LIBRARY = re.compile(r"^(lib)?Qt6(?P<module>\w+?)(\.so(\.\d+)*|\.dll|\.dylib)?$")


def qt_library_module(name: str) -> str | None:
    """'libQt6Widgets.so.6' or 'Qt6Widgets.dll' -> 'Widgets'; None for anything else."""
    match = _QT_LIBRARY.match(PurePosixPath(name.replace("\\", "/")).name)
    return match.group("module") if match else None
