"""On Linux the app names the missing X11 libraries (and their packages) itself instead
of letting Qt abort with a misleading message."""

from __future__ import annotations

from desktop_app.i18n import set_language
from desktop_app.ui import platform_check


def test_xcb_is_checked_only_where_qt_will_use_it():
    assert platform_check.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not platform_check.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not platform_check.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
                                       "linux")
    assert not platform_check.uses_xcb({"DISPLAY": ":0"}, "win32")


def test_the_missing_libraries_are_named_by_their_packages():
    def load(library):
        if library in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            raise OSError(f"{library}: cannot open shared object file")

    missing = platform_check.missing_packages(load)
    assert missing == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert platform_check.explain_missing(missing).endswith(
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    set_language("id")
    assert platform_check.explain_missing(missing).startswith("Jendela tidak dapat dibuka")


def test_this_machine_has_every_library_the_window_needs():
    assert platform_check.missing_packages() == []
