"""Several copies of the app posting on one server book at once lose nothing and break
no rule: the book's write lock (pg_advisory_xact_lock) makes each use case whole.

Needs a PostgreSQL server (KOPERASI_TEST_PG); skipped otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

from desktop_app.db.book import open_book
from desktop_app.domain.accounts import SIMPANAN_SUKARELA
from desktop_app.domain.savings import SavingsType
from desktop_app.services import ledger, members, savings
from desktop_app.services.check import check_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor

WORKERS, ROUNDS, MEMBERS, OPENING = 4, 25, 3, 100_000
DAY = date(2025, 6, 2)

# One copy of the app: deposits and withdrawals on the same few members; it reports
# what the book accepted, what it refused (never below the balance) and what was busy.
WORKER = """
import json, random, sys
from datetime import date
from desktop_app.db.book import open_book
from desktop_app.domain.savings import SavingsType
from desktop_app.errors import KoperasiError
from desktop_app.services import savings
from desktop_app.services.context import SYSTEM_ACTOR, set_actor

url, seed, rounds, member_ids = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
rng = random.Random(seed)
book = open_book(url)
done = {str(m): 0 for m in member_ids}
refused = busy = 0
with book.session() as session:
    set_actor(session, SYSTEM_ACTOR)
    for _ in range(rounds):
        member = rng.choice(member_ids)
        amount = rng.choice((10_000, 25_000, 60_000))
        try:
            if rng.random() < 0.5:
                savings.deposit(session, member, SavingsType.SUKARELA, amount, date(2025, 6, 2))
                done[str(member)] += amount
            else:
                savings.withdraw(session, member, amount, date(2025, 6, 2))
                done[str(member)] -= amount
        except KoperasiError as exc:
            if "busy" in exc.message:
                busy += 1
            else:
                refused += 1
book.close()
print(json.dumps({"done": done, "refused": refused, "busy": busy}))
"""


def test_parallel_deposits_and_withdrawals_keep_every_rule(pg_databases):
    url = pg_databases.new_database(pg_databases.template)
    book = open_book(url)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            ids = []
            for n in range(MEMBERS):
                member_id = members.create_member(session, members.MemberInput(
                    number=f"{n + 1:04d}", name=f"Anggota {n + 1}", join_date=date(2025, 1, 2)))
                savings.deposit(session, member_id, SavingsType.SUKARELA, OPENING, DAY)
                ids.append(member_id)
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, url, str(seed), str(ROUNDS), json.dumps(ids)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
            )
            for seed in range(WORKERS)
        ]
        reports = []
        for worker in workers:
            out, err = worker.communicate(timeout=600)
            assert worker.returncode == 0, err
            reports.append(json.loads(out))
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            assert check_book(session) == []
            for member_id in ids:
                expected = OPENING + sum(r["done"][str(member_id)] for r in reports)
                stored = -ledger.member_balances(session, member_id)[SIMPANAN_SUKARELA]
                assert stored == expected >= 0
        accepted = sum(1 for r in reports for v in r["done"].values() if v)
        assert accepted and sum(r["refused"] for r in reports) < WORKERS * ROUNDS
    finally:
        book.close()
