"""The column-mapping assistant's result: a mapping saved in the book as a named preset,
found again for a workbook with the same headers, and used by name on the CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.db.book import open_book
from desktop_app.db.models import ImportPreset, Member
from desktop_app.domain.accounts import SIMPANAN_SUKARELA, SIMPANAN_WAJIB
from desktop_app.errors import ValidationError
from desktop_app.services import import_presets, ledger
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.import_presets import Mapping
from desktop_app.spreadsheet.importer import import_workbook
from desktop_app.spreadsheet.reader import IGNORE
from tests.spreadsheet.workbooks import MEMBERS_HEADER, make, member

OWN_HEADER = ["Tgl Setor", "Nomor", "Macam", "Nominal", "Catatan Bu Siti"]
MAPPING = Mapping(sheets={"setorananggota": "savings"},
                  columns={"savings": {"tglsetor": "date", "nomor": "member_no",
                                       "macam": "type", "nominal": "deposit",
                                       "catatanbusiti": IGNORE}})


def _book(tmp_path, month: int):
    """Each month's file: the new members and the month's deposits, same headers."""
    new = [str(2 * month - 1), str(2 * month)]
    return make(tmp_path / f"setoran-{month}.xlsx", {
        "Anggota": [MEMBERS_HEADER, *(member(n) for n in new)],
        "Setoran Anggota": [[f"SETORAN BULAN {month} 2024"], OWN_HEADER,
                            [f"05/{month:02d}/2024", "1", "Wajib", 20000, "rapat"],
                            [f"05/{month:02d}/2024", new[1], "Sukarela", 5000, None]]})


def _savings(session, number: str) -> dict[str, int]:
    member_id = session.scalar(select(Member.id).where(Member.number == number))
    return {code: -amount for code, amount in ledger.member_balances(session, member_id).items()}


def test_a_mapping_reads_own_headers_and_a_saved_preset_is_offered_again(session, tmp_path):
    unmapped = import_workbook(session, _book(tmp_path, 1), dry_run=True)
    assert "Sheet 'Setoran Anggota' is not part of the format and was skipped." in \
        unmapped.notices
    mapped = import_workbook(session, _book(tmp_path, 1), mapping=MAPPING)
    assert mapped.problems == []
    assert mapped.counts == {"members": 2, "savings": 2}
    assert not any("Catatan" in n for n in mapped.notices)  # ignored on purpose, no notice
    import_presets.save_preset(session, "  Buku  Bu Siti ", mapped.signature, MAPPING)

    next_month = import_workbook(session, _book(tmp_path, 2), dry_run=True)
    assert next_month.signature == mapped.signature  # same headers, other data and title
    assert next_month.presets == ["Buku Bu Siti"]
    assert any("The saved preset 'Buku Bu Siti' was made for a workbook with these headers"
               in n for n in next_month.notices)
    other = make(tmp_path / "lain.xlsx", {"Lain": [["Tanggal", "Jumlah"]]})
    assert import_workbook(session, other, dry_run=True).presets == []

    again = import_workbook(session, _book(tmp_path, 2), preset="Buku Bu Siti")
    assert again.problems == []
    assert _savings(session, "1") == {SIMPANAN_WAJIB: 40_000}
    assert _savings(session, "4") == {SIMPANAN_SUKARELA: 5_000}
    assert import_presets.get_preset(session, "Buku Bu Siti").mapping == MAPPING


def test_a_preset_with_grid_choices_and_one_saved_again_replaces_it(session, tmp_path):
    grid = make(tmp_path / "grid.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Kelompok Mawar": [["No", "Jan", "Feb"], ["1", 5000, 6000]]})
    signature = import_workbook(session, grid, dry_run=True).signature
    import_presets.save_preset(session, "Mawar", signature, Mapping(grid_kind="wajib"))
    import_presets.save_preset(session, "Mawar", signature,
                               Mapping(grid_kind="sukarela", grid_year=2024, grid_date="last"))
    assert session.scalar(select(func.count(ImportPreset.id))) == 1
    result = import_workbook(session, grid, preset="Mawar")
    assert result.problems == []
    assert _savings(session, "1") == {SIMPANAN_SUKARELA: 11_000}
    assert SIMPANAN_WAJIB not in _savings(session, "1")


@pytest.mark.parametrize(("name", "message"), [("", "needs a name of 1 to 80 characters"),
                                               ("x" * 81, "needs a name of 1 to 80 characters")])
def test_a_preset_name_is_checked(session, name, message):
    with pytest.raises(ValidationError, match=message):
        import_presets.save_preset(session, name, "abc", Mapping())


def test_the_cli_imports_with_a_preset_by_name(book_file, tmp_path, capsys):
    assert main(["--lang", "en", "--db", str(book_file), "import", str(_book(tmp_path, 1)),
                 "--preset", "Bu Siti"]) == 1
    assert "There is no import preset named Bu Siti (saved presets: none)" in \
        capsys.readouterr().err
    book = open_book(book_file)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            signature = import_workbook(session, _book(tmp_path, 1), dry_run=True).signature
            import_presets.save_preset(session, "Bu Siti", signature, MAPPING)
    finally:
        book.close()
    assert main(["--lang", "en", "--db", str(book_file), "import", str(_book(tmp_path, 1)),
                 "--preset", "Bu Siti"]) == 0
    assert "Imported members 2, savings rows 2" in capsys.readouterr().out
