"""Give receipts their numbers when their entries are posted (domain/receipts.py).

Numbers are taken from `receipt_counter` by one atomic upsert per series and year, inside
the posting transaction: a rolled-back posting gives its numbers back, so none is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from operator import itemgetter

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.dialect import insert_rows
from desktop_app.db.models import ReceiptNumber
from desktop_app.domain.receipts import SERIES_OF_KIND, receipt_label

_TAKE = text(
    "INSERT INTO receipt_counter (series, year, last) VALUES (:series, :year, :count) "
    "ON CONFLICT (series, year) DO UPDATE SET last = receipt_counter.last + excluded.last "
    "RETURNING last"
)


def assign(session: Session, entries: Iterable[tuple[int, str, date]]) -> None:
    """Number the receipts of newly written entries `(id, kind, date)` by date, then id
    (a bulk import or the demo writes a loan's repayments together, yet they are dated
    months apart)."""
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for entry_id, kind, on in sorted(entries, key=itemgetter(2, 0)):
        series = SERIES_OF_KIND.get(kind)
        if series:
            groups[(series, on.year)].append(entry_id)
    rows = []
    for (series, year), ids in groups.items():
        last = session.execute(_TAKE, {"series": series, "year": year, "count": len(ids)}).scalar_one()
        first = last - len(ids) + 1
        rows += [(entry_id, series, year, first + i) for i, entry_id in enumerate(ids)]
    insert_rows(session, ReceiptNumber.__table__, ["entry_id", "series", "year", "number"], rows)


def receipt_no(session: Session, entry_id: int) -> str:
    """The printed receipt number of an entry ("" for an entry that has none)."""
    row = session.execute(
        select(ReceiptNumber.series, ReceiptNumber.year, ReceiptNumber.number)
        .where(ReceiptNumber.entry_id == entry_id)
    ).first()
    return receipt_label(*row) if row else ""


def receipt_nos(session: Session, entry_ids: list[int]) -> dict[int, str]:
    """The printed receipt numbers of several entries (those that have one)."""
    rows = session.execute(
        select(ReceiptNumber.entry_id, ReceiptNumber.series, ReceiptNumber.year,
               ReceiptNumber.number).where(ReceiptNumber.entry_id.in_(entry_ids))
    ) if entry_ids else []
    return {entry_id: receipt_label(s, y, n) for entry_id, s, y, n in rows}
