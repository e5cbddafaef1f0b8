"""A programme with one training and a few people, for the programme tests."""

from __future__ import annotations

from datetime import date

from kiosk_book import add_member

from desktop_app.services import programmes
from desktop_app.services.programmes import ProgrammeData, TrainingData

TODAY = date(2025, 6, 15)
TRAINING_DAY = date(2025, 6, 20)


def topic(session, name: str = "Kuliner") -> int:
    return programmes.topic_by_name(session, name)


def programme(session, name: str = "Dapur Sehat", kind: str = "ngo") -> int:
    return programmes.create_programme(session, ProgrammeData(
        name, kind, date(2025, 1, 1), date(2025, 12, 31), organiser="Yayasan Mitra Desa",
        funder="Dana Hibah Desa"))


def training(session, programme_id: int, capacity: int = 2, on: date = TRAINING_DAY,
             title: str = "Kue kering untuk Lebaran") -> int:
    return programmes.create_training(session, TrainingData(
        programme_id, topic(session), title, on, "Balai Desa", capacity, "Bu Ani"))


def members(session, count: int = 3) -> list[int]:
    names = ["Sri Wahyuni", "Dewi Lestari", "Siti Aminah", "Rina Marlina", "Tuti Handayani"]
    return [add_member(session, f"{n + 1:04d}", names[n]) for n in range(count)]
