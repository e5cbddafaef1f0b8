"""Import presets: how a cooperative's own workbook maps onto the format, saved in the
book under a name and offered again when a workbook with the same headers comes in.

A preset holds, per format sheet, header -> column key (or "ignore"), sheet titles ->
format sheet, and the grid choices (kind, year, day rule). Its signature is a hash of the
workbook's header rows, so the same layout is recognised next month whatever its data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ImportPreset
from desktop_app.domain.roles import Permission
from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.services import audit
from desktop_app.services.context import current_actor, require, transaction


@dataclass
class Mapping:
    """What the user told the import that the workbook does not say."""

    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet key -> header -> key
    sheets: dict[str, str] = field(default_factory=dict)  # normalised title -> sheet key
    grid_kind: str | None = None
    grid_year: int | None = None
    grid_date: str = "first"  # "first", "last" or a day number

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Preset:
    name: str
    signature: str
    mapping: Mapping


def _preset(row: ImportPreset) -> Preset:
    return Preset(row.name, row.signature, Mapping.from_json(row.settings))


def save_preset(session: Session, name: str, signature: str, mapping: Mapping) -> Preset:
    """Save (or replace) the preset `name`."""
    require(session, Permission.IMPORT)
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValidationError(tr("A preset needs a name of 1 to 80 characters."))
    with transaction(session):
        row = session.scalar(select(ImportPreset).where(ImportPreset.name == name))
        if row is None:
            row = ImportPreset(name=name)
            session.add(row)
        row.signature, row.settings = signature, mapping.to_json()
        row.saved_by, row.saved_at = current_actor(session).username, datetime.now()
        session.flush()
        audit.record(session, "import.preset", "import_preset", row.id, name=name)
    return _preset(row)


def get_preset(session: Session, name: str) -> Preset:
    row = session.scalar(select(ImportPreset).where(ImportPreset.name == " ".join(name.split())))
    if row is None:
        known = ", ".join(session.scalars(select(ImportPreset.name).order_by(ImportPreset.name)))
        raise ValidationError(tr("There is no import preset named {name} (saved presets: {known}).",
                                 name=name, known=known or tr("none")))
    return _preset(row)


def presets_for(session: Session, signature: str) -> list[Preset]:
    """Presets saved for a workbook with these headers, newest first."""
    rows = session.scalars(select(ImportPreset).where(ImportPreset.signature == signature)
                           .order_by(ImportPreset.saved_at.desc()))
    return [_preset(row) for row in rows]


def preset_names(session: Session) -> list[str]:
    return list(session.scalars(select(ImportPreset.name).order_by(ImportPreset.name)))
