"""Demo part: two programmes with trainings and attendance, announcements, the calendar
(group meetings, market days, the RAT) and business profiles of the producers, so every
programmes screen and the kiosk's information pages have content.

Sizes are fixed (at most 25 per training), whatever the number of members.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop_app.db.models import Member, MemberGroup, Product
from desktop_app.domain.member_status import MemberStatus
from desktop_app.services import attendance, business_profiles, noticeboard, programmes
from desktop_app.services.attendance import ParticipantData
from desktop_app.services.business_profiles import BusinessData
from desktop_app.services.demo.context import DemoContext
from desktop_app.services.noticeboard import EventData
from desktop_app.services.programmes import ProgrammeData, TrainingData

# name, organiser kind, organiser, funder, days from today: start, end
PROGRAMMES = (
    ("Dapur Usaha Perempuan", "ngo", "Yayasan Perempuan Mandiri", "Hibah Yayasan", -330, 60),
    ("Desa Digital", "government", "Dinas Koperasi dan UKM Kabupaten", "APBD Kabupaten",
     -200, 120),
)
# programme index, topic, title, days from today, place, trainer, capacity
TRAININGS = (
    (0, "Kuliner", "Kue kering dan kemasan", -300, "Balai Desa", "Bu Ratna", 20),
    (0, "Pengelolaan keuangan", "Catatan keuangan usaha", -220, "Kantor Koperasi",
     "Pak Hendra", 20),
    (0, "Kerajinan", "Anyaman pandan", -120, "Balai Desa", "Bu Sumiati", 15),
    (0, "Kuliner", "Sambal dan keripik untuk pasar", 9, "Balai Desa", "Bu Ratna", 20),
    (1, "Teknologi informasi", "Jualan lewat WhatsApp", -150, "SMK Negeri 1", "Mas Dimas", 25),
    (1, "Teknologi informasi", "Foto produk dengan HP", 19, "SMK Negeri 1", "Mas Dimas", 12),
)
GUESTS = (("Ayu Lestari", "putri anggota"), ("Nur Hidayah", "tetangga anggota"),
          ("Wulan Sari", "menantu anggota"))
KINDS = {"Makanan": "Makanan olahan", "Kerajinan": "Kerajinan tangan",
         "Pakaian": "Jahitan dan pakaian"}


def generate(ctx: DemoContext) -> dict[str, int]:
    session, rng, today = ctx.session, ctx.rng, ctx.end
    women = session.scalars(select(Member.id).where(
        Member.status == MemberStatus.ACTIVE, Member.gender == "F").order_by(Member.id)).all()
    guests = [attendance.add_participant(session, ParticipantData(name, "F", note=note))
              for name, note in GUESTS]
    programme_ids = [programmes.create_programme(session, ProgrammeData(
        name, kind, today + timedelta(days=start), today + timedelta(days=end), organiser,
        funder)) for name, kind, organiser, funder, start, end in PROGRAMMES]
    registrations = 0
    for index, topic, title, days, place, trainer, capacity in TRAININGS:
        on = today + timedelta(days=days)
        training_id = programmes.create_training(session, TrainingData(
            programme_ids[index], programmes.topic_by_name(session, topic), title, on, place,
            capacity, trainer))
        past = on < today
        count = min(len(women), capacity - (0 if past else rng.randint(3, 6)) - 1)
        people = [("m", m) for m in rng.sample(women, max(count, 0))]
        people.append(("p", guests[index % len(guests)]))
        for kind, who in people:
            reg = attendance.register(
                session, training_id, member_id=who if kind == "m" else None,
                participant_id=who if kind == "p" else None, today=on - timedelta(days=7))
            registrations += 1
            if past:
                came = rng.random() < 0.85
                done = came and rng.random() < 0.8
                attendance.record_attendance(
                    session, reg, attended=came, completed=done, today=on,
                    certificate_no=f"{title[:3].upper()}-{on:%y}-{reg:04d}" if done else None)
        if not past:
            waiting = [m for m in women if m not in {who for _, who in people}]
            for member_id in rng.sample(waiting, min(2, len(waiting))):
                attendance.request_from_kiosk(session, member_id, training_id, today)
    _notices(ctx)
    profiles = _business_profiles(ctx)
    return {"programmes": len(PROGRAMMES), "trainings": len(TRAININGS),
            "training registrations": registrations, "business profiles": profiles}


def _notices(ctx: DemoContext) -> None:
    session, today = ctx.session, ctx.end
    month_start = today.replace(day=1)
    notices = (
        ("Setoran simpanan wajib", ("Setoran simpanan wajib bulan ini paling lambat tanggal "
                                    "10 di pertemuan kelompok."),
         month_start, month_start + timedelta(days=40)),
        ("Pendaftaran pelatihan dibuka", ("Pelatihan sambal dan keripik serta foto produk "
                                          "dengan HP masih menerima peserta. Daftar di kios "
                                          "atau ke bendahara."),
         today - timedelta(days=3), today + timedelta(days=20)),
        ("Kantor tutup", "Kantor koperasi tutup saat libur nasional.",
         today - timedelta(days=60), today - timedelta(days=55)),
    )
    for title, body, start, end in notices:
        noticeboard.post_announcement(session, title, body, start, end)
    saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    for week in range(6):
        noticeboard.add_event(session, EventData(
            "market", saturday + timedelta(weeks=week), "Pasar Sabtu Alun-alun", "Alun-alun",
            "07:00"))
    groups = session.execute(select(MemberGroup.id, MemberGroup.name)
                             .order_by(MemberGroup.id).limit(8)).all()
    for number, (group_id, name) in enumerate(groups):
        for month in (0, 1):
            day = (month_start + timedelta(days=32 * month)).replace(day=3 + 3 * number)
            noticeboard.add_event(session, EventData(
                "meeting", day, f"Pertemuan {name}", f"Rumah ketua {name}",
                "15:00", group_id))
    noticeboard.add_event(session, EventData(
        "rat", today + timedelta(days=45), f"RAT tahun buku {today.year - 1}",
        "Balai Desa", "09:00"))


def _business_profiles(ctx: DemoContext) -> int:
    """The producers who bring consignment goods get a business profile."""
    session, rng = ctx.session, ctx.rng
    producers = session.execute(
        select(Product.owner_member_id, Product.category, Product.name)
        .where(Product.owner_member_id.is_not(None)).order_by(Product.id)).all()
    seen: dict[int, tuple[str, str]] = {}
    for member_id, category, name in producers:
        seen.setdefault(member_id, (category or "", name))
    for member_id, (category, name) in seen.items():
        business_profiles.save_business(session, member_id, BusinessData(
            KINDS.get(category, category or "Usaha rumahan"), name,
            rng.choice(("Pasar Sabtu Alun-alun", "Pasar desa dan tetangga",
                        "Warung sendiri dan pasar koperasi")),
            ctx.end - timedelta(days=rng.randint(400, 3000))), ctx.end)
    return len(seen)
