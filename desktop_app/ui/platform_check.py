"""Before the window opens on Linux: are the X11 libraries Qt's xcb plugin needs there?

Without them Qt aborts with "Could not load the Qt platform plugin xcb" and names
another library than the one missing (often libxcb-cursor0), so the app checks itself
and names the Debian/Ubuntu package to install.
"""

from __future__ import annotations

import ctypes
import os
import sys

from desktop_app.i18n import tr

# The shared libraries of PySide6's libqxcb.so (found with `ldd`) that a desktop may lack,
# with the Debian/Ubuntu package providing each.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will open its window through X11 (xcb)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_packages(load=ctypes.CDLL) -> list[str]:
    """The packages whose library cannot be loaded, in the order of XCB_LIBRARIES."""
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing


def explain_missing(packages: list[str]) -> str:
    return tr("The window cannot open: this computer lacks libraries Qt needs for X11 "
              "windows. Install them with:\n  sudo apt-get install {packages}",
              packages=" ".join(packages))
