"""The optional schedule-option columns of the Pinjaman sheet (issue 17): Frekuensi,
Masa Tenggang, Jenis Tenggang, Pembulatan, Cara Pembulatan, Jatuh Tempo Pertama. Absent
or empty, a loan is monthly with today's schedule; `Tenor` counts installments."""

from __future__ import annotations

from desktop_app.domain.schedule import ScheduleOptions
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.spreadsheet.columns import normalise

FREQUENCY_WORDS = {"month": "Bulanan", "2weeks": "Dua Mingguan", "week": "Mingguan"}
GRACE_WORDS = {"interest": "Bayar Jasa", "none": "Tanpa Bayar"}
ROUNDING_WORDS = {"half_up": "Terdekat", "up": "Ke Atas"}
_READ = {
    "frequency": {**{normalise(w): k for k, w in FREQUENCY_WORDS.items()},
                  **{normalise(w): "month" for w in ("bulan", "monthly", "month")},
                  **{normalise(w): "2weeks" for w in ("2 mingguan", "2weeks", "two weekly",
                                                      "every two weeks", "biweekly")},
                  **{normalise(w): "week" for w in ("minggu", "weekly", "week")}},
    "grace_kind": {**{normalise(w): k for k, w in GRACE_WORDS.items()},
                   **{normalise(w): "interest" for w in ("jasa", "interest", "interest only")},
                   **{normalise(w): "none" for w in ("none", "no payment", "tidak bayar")}},
    "rounding_mode": {**{normalise(w): k for k, w in ROUNDING_WORDS.items()},
                      **{normalise(w): "up" for w in ("atas", "up")},
                      **{normalise(w): "half_up" for w in ("half up", "biasa")}},
}


def _word(record, key: str, default: str) -> str:
    value = getattr(record, key, None)
    if value is None or not str(value).strip():
        return default
    code = _READ[key].get(normalise(value))
    if code is None:
        column = {"frequency": "Frekuensi", "grace_kind": "Jenis Tenggang",
                  "rounding_mode": "Cara Pembulatan"}[key]
        raise ValidationError(tr("'{value}' is not a known value for {column}", value=value,
                                 column=column))
    return code


def options_from(record) -> ScheduleOptions:
    """A Pinjaman row's schedule options (meeting days do not apply to history)."""
    return ScheduleOptions(
        frequency=_word(record, "frequency", "month"),
        grace=getattr(record, "grace", None) or 0,
        grace_kind=_word(record, "grace_kind", "interest"),
        rounding_unit=getattr(record, "rounding", None) or 1,
        rounding_mode=_word(record, "rounding_mode", "half_up"),
        first_due=getattr(record, "first_due", None))


def cells(frequency, grace, grace_kind, unit, mode, first_due) -> tuple:
    """The six optional cells of an exported loan (empty where the default holds)."""
    rounded = (unit or 1) > 1
    return (FREQUENCY_WORDS.get(frequency) if frequency and frequency != "month" else None,
            grace or None, GRACE_WORDS.get(grace_kind) if grace else None,
            unit if rounded else None, ROUNDING_WORDS.get(mode) if rounded else None,
            first_due)
