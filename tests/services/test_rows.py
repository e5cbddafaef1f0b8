"""Row sources as the paged tables read them: a short loaded list, and search words that
are matched literally."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.services.rows import ListSource, escape_like


class Line(NamedTuple):
    name: str
    amount: int | None


def test_a_list_source_pages_and_sorts_blanks_after_values_ascending():
    source = ListSource([Line("b", 20), Line("a", None), Line("c", 10)])
    assert source.count() == 3
    source.sort(1, descending=False)
    assert [row.name for row in source.fetch(0, 10)] == ["c", "b", "a"]
    source.sort(1, descending=True)
    assert [row.name for row in source.fetch(0, 10)] == ["a", "b", "c"]
    source.sort(0, descending=False)
    assert source.fetch(1, 1) == [Line("b", 20)]


def test_search_words_keep_their_percent_underscore_and_backslash():
    assert escape_like("50%_a\\b") == "50\\%\\_a\\\\b"
    assert escape_like("Siti") == "Siti"
