"""Demo part: members in groups with Indonesian names, and years of monthly savings.

Members join over the years (most at the founding meeting), pay pokok on joining and
wajib every month at their group's meeting (a few often skip and fall into arrears,
the others catch up), deposit and withdraw sukarela, and a few leave with their savings
paid back. Members go in with one bulk insert and entries through the bulk writer, month
by month, so the run keeps only one number per member in memory.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select

from desktop_app.db.models import Member, MemberGroup
from desktop_app.domain.dates import add_months
from desktop_app.domain.member_status import MemberStatus
from desktop_app.domain.postings import deposit_draft, exit_draft, withdrawal_draft
from desktop_app.domain.savings import SavingsType, month_index
from desktop_app.services import settings
from desktop_app.services.demo.context import DemoContext

GROUPS = (
    "Kelompok Mawar", "Kelompok Melati", "Kelompok Anggrek", "Kelompok Kenanga",
    "Kelompok Dahlia", "Kelompok Cempaka", "Kelompok Flamboyan", "Kelompok Teratai",
)
FIRST = (
    "Siti", "Nur", "Sri", "Dewi", "Rina", "Yuli", "Ani", "Ratna", "Endang", "Wahyu", "Dian",
    "Rini", "Eka", "Lina", "Nining", "Ida", "Tri", "Fitri", "Indah", "Maria", "Hj. Siti",
    "Kartini", "Sumarni", "Lilis", "Erna", "Yanti", "Hasnah", "Masniah", "Rusmini", "Juwita",
)
SECOND = (
    "Aminah", "Hasanah", "Wahyuni", "Lestari", "Rahmawati", "Fitriani", "Yuliana",
    "Handayani", "Kurniasih", "Suryani", "Marlina", "Nurhayati", "Susanti", "Purwanti",
    "Haryati", "Maryam", "Aisyah", "Rahayu", "Safitri", "Wulandari", "Ningsih", "Saleha",
    "Fatimah", "Mulyani", "Hartini", "Jumiati", "Astuti", "Anggraini", "Halimah", "Zubaidah",
)
MEN = (
    "Ahmad Yani", "Budi Santoso", "Muhammad Rizki", "Agus Salim", "Hendra Gunawan",
    "Rudi Hartono", "Syamsul Bahri", "Andi Pratama",
)
KELURAHAN = (
    ("Gunung Bahagia", "Balikpapan Selatan", "02"), ("Klandasan Ilir", "Balikpapan Kota", "01"),
    ("Sepinggan", "Balikpapan Selatan", "02"), ("Damai", "Balikpapan Kota", "01"),
    ("Gunung Samarinda", "Balikpapan Utara", "04"), ("Karang Joang", "Balikpapan Utara", "04"),
    ("Margomulyo", "Balikpapan Barat", "03"), ("Baru Ilir", "Balikpapan Barat", "03"),
    ("Manggar", "Balikpapan Timur", "05"), ("Graha Indah", "Balikpapan Utara", "04"),
    ("Sumber Rejo", "Balikpapan Tengah", "06"), ("Gunung Sari Ilir", "Balikpapan Tengah", "06"),
)
STREETS = (
    "Jl. MT Haryono", "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Soekarno-Hatta",
    "Jl. Mulawarman", "Jl. Pattimura", "Jl. Gn. Pasir", "Jl. Marsma Iswahyudi",
    "Jl. Letjen Suprapto", "Jl. Sepinggan Baru", "Gg. Mawar", "Gg. Family",
)


def generate(ctx: DemoContext) -> dict[str, int]:
    profile = settings.get_profile(ctx.session)
    group_ids = _insert_groups(ctx)
    people = _insert_members(ctx, group_ids)
    counts = _post_savings(ctx, people, profile.pokok_amount, profile.wajib_amount)
    ctx.writer.flush()
    return {"members": len(people), **counts}


def _insert_groups(ctx: DemoContext) -> list[int]:
    wanted = GROUPS[: max(2, min(len(GROUPS), ctx.members // 20))]
    ctx.session.execute(insert(MemberGroup), [{"name": name} for name in wanted])
    return list(ctx.session.scalars(select(MemberGroup.id).order_by(MemberGroup.id)))


def _join_date(ctx: DemoContext) -> date:
    """Half join at the founding meeting; the rest over the years up to three months ago."""
    if ctx.rng.random() < 0.5:
        return ctx.start
    span = max(1, (add_months(ctx.end, -3) - ctx.start).days)
    return date.fromordinal(ctx.start.toordinal() + ctx.rng.randrange(span))


def _person(ctx: DemoContext, number: int, group_id: int, joined: date) -> dict:
    rng = ctx.rng
    woman = rng.random() > 0.05
    name = (f"{rng.choice(FIRST)} {rng.choice(SECOND)}" if rng.random() < 0.85
            else rng.choice(SECOND)) if woman else rng.choice(MEN)
    birth = date(rng.randrange(1960, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
    kelurahan, kecamatan, district = rng.choice(KELURAHAN)
    day = birth.day + (40 if woman else 0)
    nik = f"6471{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{number % 10000:04d}"
    return {
        "number": f"{number:0{max(4, len(str(ctx.members)))}d}",
        "name": name,
        "nik": nik if rng.random() < 0.9 else None,
        "gender": "F" if woman else "M",
        "birth_date": birth,
        "address": f"{rng.choice(STREETS)} No. {rng.randrange(1, 120)}, "
                   f"RT {rng.randrange(1, 45):02d}, Kel. {kelurahan}, {kecamatan}",
        "phone": f"08{rng.choice(('11', '12', '13', '21', '52', '53', '57', '77'))}"
                 f"{rng.randrange(10**7, 10**8)}",
        "group_id": group_id,
        "join_date": joined,
        "head_of_household": rng.random() < 0.4,
        "status": MemberStatus.ACTIVE,
    }


def _insert_members(ctx: DemoContext, group_ids: list[int]) -> list[list]:
    """Insert everyone; return [id, join date, leaves on, meeting day, skips, sukarela]."""
    joins = sorted(_join_date(ctx) for _ in range(ctx.members))
    rows = [
        _person(ctx, index, group_ids[index % len(group_ids)], joined)
        for index, joined in enumerate(joins, start=1)
    ]
    for chunk in range(0, len(rows), 5000):
        ctx.session.execute(insert(Member), rows[chunk: chunk + 5000])
    ids = ctx.session.scalars(select(Member.id).order_by(Member.id)).all()
    leavers = _leavers(ctx, rows)
    people = []
    for index, (member_id, row) in enumerate(zip(ids, rows, strict=True)):
        leaves = None
        if index in leavers:
            first = max(row["join_date"], add_months(ctx.start, 12)).toordinal()
            leaves = date.fromordinal(ctx.rng.randrange(first, ctx.end.toordinal()))
        skips = 0.35 if ctx.rng.random() < 0.15 else 0.03
        meeting_day = 3 + 3 * (row["group_id"] % 8)
        people.append([member_id, row["join_date"], leaves, meeting_day, skips, 0, 0])
        ctx.member_rows.append((member_id, row["number"], row["join_date"], leaves))
    return people


def _leavers(ctx: DemoContext, rows: list[dict]) -> set[int]:
    """About 3% (at least two) of those who could have stayed a year leave during the demo."""
    can_leave = [index for index, row in enumerate(rows)
                 if max(row["join_date"], add_months(ctx.start, 12)) < ctx.end]
    wanted = max(2 if len(rows) >= 20 else 0, 3 * len(rows) // 100)
    return set(ctx.rng.sample(can_leave, min(wanted, len(can_leave))))


def _post_savings(ctx: DemoContext, people: list[list], pokok: int, wajib: int) -> dict[str, int]:
    """Month by month: pokok on joining, wajib (with arrears), sukarela, exits."""
    rng, add = ctx.rng, ctx.writer.add
    counts = dict.fromkeys(("pokok", "wajib", "sukarela", "withdrawals", "exits"), 0)
    month = ctx.start
    while month <= ctx.end:
        this_month = month_index(month)
        for person in people:
            member_id, joined, leaves, day, skips, owed, sukarela = person
            if month_index(joined) > this_month or (leaves and month_index(leaves) < this_month):
                continue
            meeting = min(max(joined, month.replace(day=day)), leaves or ctx.end, ctx.end)
            if month_index(joined) == this_month:
                add(deposit_draft(member_id, SavingsType.POKOK, pokok, joined, "Simpanan pokok"))
                counts["pokok"] += 1
            owed += 1
            if rng.random() > skips:
                months = owed if skips < 0.1 or rng.random() < 0.3 else 1
                add(deposit_draft(member_id, SavingsType.WAJIB, months * wajib, meeting,
                                  f"Simpanan wajib {months} bulan" if months > 1 else None))
                owed -= months
                counts["wajib"] += 1
            if rng.random() < 0.3:
                amount = rng.choice((5_000, 10_000, 10_000, 20_000, 25_000, 50_000, 100_000))
                add(deposit_draft(member_id, SavingsType.SUKARELA, amount, meeting))
                sukarela += amount
                counts["sukarela"] += 1
            elif sukarela >= 50_000 and rng.random() < 0.06:
                amount = rng.randrange(1, sukarela // 10_000 + 1) * 10_000
                add(withdrawal_draft(member_id, amount, meeting))
                sukarela -= amount
                counts["withdrawals"] += 1
            person[5], person[6] = owed, sukarela
            if leaves and month_index(leaves) == this_month:
                _exit(ctx, person, pokok, wajib)
                counts["exits"] += 1
        month = add_months(month, 1)
    return counts


def _exit(ctx: DemoContext, person: list, pokok: int, wajib: int) -> None:
    """Pay back everything (the same entry as member_exit.exit_member, without loans)."""
    member_id, joined, leaves = person[0], person[1], person[2]
    paid_wajib = wajib * (month_index(leaves) - month_index(joined) + 1 - person[5])
    name = ctx.session.scalar(select(Member.name).where(Member.id == member_id))
    ctx.writer.add(exit_draft(member_id, name, leaves, pokok, paid_wajib, person[6]))
    ctx.session.execute(
        Member.__table__.update().where(Member.id == member_id).values(status=MemberStatus.LEFT,
                                                                          exit_date=leaves)
    )
