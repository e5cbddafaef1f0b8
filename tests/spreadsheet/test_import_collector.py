"""The cycle collector is paused while a workbook is imported and given back as it was,
whether the import succeeds or is refused."""

from __future__ import annotations

import gc

import pytest

from desktop_app.errors import ValidationError
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import MEMBERS_HEADER, make, member


@pytest.fixture
def collector():
    enabled = gc.isenabled()
    yield
    (gc.enable if enabled else gc.disable)()


def test_the_collector_is_paused_during_an_import_and_enabled_after(session, tmp_path,
                                                                   collector):
    path = make(tmp_path / "a.xlsx", {"Anggota": [MEMBERS_HEADER, member("0001")]})
    during = []
    gc.enable()
    result = import_workbook(session, path, progress=lambda *_: during.append(gc.isenabled()))
    assert result.counts == {"members": 1}
    assert during and not any(during)
    assert gc.isenabled()


def test_a_refused_import_gives_the_collector_back(session, tmp_path, collector):
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    gc.enable()
    with pytest.raises(ValidationError, match="is not a workbook"):
        import_workbook(session, tmp_path / "x.xlsx")
    assert gc.isenabled()
    gc.disable()  # a caller that runs without it keeps it off
    with pytest.raises(ValidationError):
        import_workbook(session, tmp_path / "x.xlsx")
    assert not gc.isenabled()
