"""`koperasi --db B shu YEAR` prints the same SHU as the service, as CSV."""

import csv
import io

from report_book import build

from desktop_app.cli import main
from desktop_app.db.book import open_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor


def test_shu_csv_for_a_known_year(book_location, capsys):
    book = open_book(book_location)
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        build(session)
    book.close()
    assert main(["--db", str(book_location), "shu", "2024"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["member_no"] for r in rows] == ["A001", "A002", "A003", "A004"]
    assert sum(int(r["total"]) for r in rows) == 4_910 + 3_177 + 1_444 + 5_957 * 2
    assert rows[0] == {"member_no": "A001", "name": "Siti Aminah", "capital": "340000",
                       "participation": "0", "jasa_modal": "4910", "jasa_usaha": "0",
                       "total": "4910"}
    assert rows[3]["total"] == "0"


def test_shu_of_an_empty_book_is_just_the_header(book_location, capsys):
    assert main(["--db", str(book_location), "shu", "2024"]) == 0
    assert capsys.readouterr().out == (
        "member_no,name,capital,participation,jasa_modal,jasa_usaha,total\n"
    )


def test_shu_refuses_a_missing_book(tmp_path, capsys):
    assert main(["--lang", "en", "--db", str(tmp_path / "none.sqlite3"), "shu", "2024"]) != 0
    assert "There is no book" in capsys.readouterr().err
