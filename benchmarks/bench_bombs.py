"""Time and peak memory of importing each hostile workbook of issue 13 (item 3).

    python benchmarks/bench_bombs.py

Each bomb is generated at full size (tests/spreadsheet/bombs.py), then imported (dry run)
into a new book in its own process, so that its peak memory (ru_maxrss) is its own.
Budget from issue 13: refused or imported within 60 s and 300 MB. Nothing is asserted:
the figures are printed for the closing note.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_PHASE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from desktop_app.errors import KoperasiError
from desktop_app.services.books import open_or_create
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.spreadsheet.importer import import_workbook
book = open_or_create(Path({book!r}))
session = book.session()
set_actor(session, SYSTEM_ACTOR)
start = time.perf_counter()
try:
    outcome = import_workbook(session, Path({path!r}), dry_run=True).summary()
except KoperasiError as exc:
    outcome = "refused: " + exc.message
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "outcome": outcome,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def main() -> None:
    from tests.spreadsheet import bombs

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for name, make in {**bombs.BOMBS, **bombs.XLS_BOMBS}.items():
            path = make(folder / f"{name}.{'xls' if name in bombs.XLS_BOMBS else 'xlsx'}")
            code = _PHASE.format(root=str(ROOT), book=str(folder / f"{name}.sqlite3"),
                                 path=str(path))
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{name:20s} {path.stat().st_size / 1e6:6.2f} MB file: "
                  f"{result['seconds']:6.2f} s, peak {result['peak_mb']:5.0f} MB — "
                  f"{result['outcome']}")


if __name__ == "__main__":
    main()
