"""Fixtures for UI tests."""

from __future__ import annotations

import pytest

from desktop_app.i18n import set_language
from desktop_app.ui.translator import install_translators


@pytest.fixture(params=["id", "en"])
def lang(request, qapp):
    """The test runs once in Indonesian and once in English, Qt's own strings included."""
    set_language(request.param)
    install_translators(qapp, request.param)
    yield request.param
    set_language("en")
    install_translators(qapp, "en")
