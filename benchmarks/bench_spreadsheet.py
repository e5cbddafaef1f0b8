"""Spreadsheet import/export speed and memory against bare openpyxl on the same rows.

    python benchmarks/bench_spreadsheet.py [--rows 100000] [--members 2000] [--demo-members 1000]

Each phase runs in its own process so that its peak memory (ru_maxrss) is its own:
- read:    bare openpyxl read-only pass over the savings workbook (values only)
- calamine: bare python-calamine pass over the same workbook (the reader the import uses)
- reading: koperasi's reading half of the import on the same workbook (safety scan, parse,
           typed records), no book
- create:  a new empty book (not timed against anything: the import goes into it)
- import:  koperasi import of the same workbook into that book (read, validate, post)
- grid:    a 1,000-member, 12-month wajib grid: previewed (dry run), then imported
- demo:    builds a demo book (not timed against anything; it feeds the export phases)
- write:   bare openpyxl write-only write of as many rows as the export writes
- export:  koperasi export of the demo book (all sheets, formats)
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_savings_workbook(path: Path, rows: int, members: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Anggota")
    sheet.append(["No. Anggota", "Nama", "Tanggal Masuk"])
    for n in range(1, members + 1):
        sheet.append([f"{n:05d}", f"Anggota {n}", date(2020, 1, 1)])
    sheet = book.create_sheet("Simpanan")
    sheet.append(["Tanggal", "No. Anggota", "Jenis", "Setor", "Tarik", "Keterangan"])
    start = date(2020, 1, 1)
    voluntary = [0] * (members + 1)
    for n in range(rows):
        day = start + timedelta(days=n * 1800 // rows)
        member = rng.randint(1, members)
        number = f"{member:05d}"
        if n % 10 == 9 and voluntary[member] >= 1000:
            voluntary[member] -= 1000
            sheet.append([day, number, "Sukarela", None, 1000, "tarik"])
        else:
            kind = rng.choice(("Wajib", "Sukarela"))
            voluntary[member] += 20000 if kind == "Sukarela" else 0
            sheet.append([day, number, kind, 20000, None, None])
    book.save(path)


def phase_read(path: Path) -> dict:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for sheet in book.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            count += 1
    book.close()
    return {"rows": count}


def phase_calamine(path: Path) -> dict:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    count = 0
    for name in book.sheet_names:
        for _ in book.get_sheet_by_name(name).iter_rows():
            count += 1
    book.close()
    return {"rows": count}


def phase_reading(path: Path) -> dict:
    from desktop_app.spreadsheet.importer import collector_paused
    from desktop_app.spreadsheet.reader import Workbook
    from desktop_app.spreadsheet.records import read_records

    with collector_paused(), Workbook(path) as workbook:  # as the import reads it
        records = read_records(workbook, 0)
    return {"rows": sum(records.rows.values()), "problems": len(records.problems)}


def make_grid_workbook(path: Path, members: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Anggota")
    sheet.append(["No. Anggota", "Nama", "Tanggal Masuk"])
    for n in range(1, members + 1):
        sheet.append([f"{n:05d}", f"Anggota {n}", date(2020, 1, 1)])
    sheet = book.create_sheet("Simpanan Wajib 2024")
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    sheet.append(["No", "Nama", *months, "Jumlah"])
    for n in range(1, members + 1):
        sheet.append([f"{n:05d}", f"Anggota {n}", *[20000] * 12, 240000])
    sheet.append(["Jumlah", None, *[20000 * members] * 12, 240000 * members])
    book.save(path)


def phase_grid(path: Path, book_path: Path) -> dict:
    from desktop_app.spreadsheet.importer import import_workbook

    book, session = _session(book_path)
    preview = import_workbook(session, path, dry_run=True)
    result = import_workbook(session, path)
    session.close()
    book.close()
    return {"summary": result.summary(), "problems": len(preview.problems + result.problems)}


def _session(book_path: Path):
    from desktop_app.services.books import open_or_create
    from desktop_app.services.context import SYSTEM_ACTOR, set_actor

    book = open_or_create(book_path)
    session = book.session()
    set_actor(session, SYSTEM_ACTOR)
    return book, session


def phase_create(book_path: Path) -> dict:
    book, session = _session(book_path)
    session.close()
    book.close()
    return {}


def phase_import(path: Path, book_path: Path) -> dict:
    from desktop_app.spreadsheet.importer import import_workbook

    book, session = _session(book_path)
    result = import_workbook(session, path)
    session.close()
    book.close()
    return {"summary": result.summary(), "problems": len(result.problems)}


def phase_demo(book_path: Path, members: int) -> dict:
    from desktop_app.services import demo

    book, session = _session(book_path)
    summary = demo.generate(session, members=members, years=3, seed=1)
    lines = session.execute(__import__("sqlalchemy").text("SELECT COUNT(*) FROM journal_line")).scalar()
    session.close()
    book.close()
    return {"summary": summary, "journal_lines": lines}


def phase_export(book_path: Path, out: Path) -> dict:
    from desktop_app.spreadsheet.exporter import export_book

    book, session = _session(book_path)
    export_book(session, out)
    session.close()
    book.close()
    return {}


def count_rows(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    return sum(sum(1 for _ in ws.iter_rows(values_only=True)) for ws in book.worksheets)


def prepare() -> None:
    """Import everything first, so phases time work, not module loading."""
    import openpyxl  # noqa: F401

    import desktop_app.services.demo  # noqa: F401  (after the services it uses)
    import desktop_app.spreadsheet.exporter  # noqa: F401
    import desktop_app.spreadsheet.importer  # noqa: F401


def phase_write(out: Path, rows: int) -> dict:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Simpanan")
    day = date(2024, 1, 1)
    for n in range(rows):
        sheet.append([day, f"{n % 9999:05d}", "Wajib", 20000, None, "Setoran simpanan"])
    book.save(out)
    return {"rows": rows}


PHASES = {"read": phase_read, "calamine": phase_calamine, "reading": phase_reading,
          "create": phase_create,
          "import": phase_import,
          "grid": phase_grid, "demo": phase_demo,
          "export": phase_export, "write": phase_write}


def run_phase(name: str, *args) -> dict:
    """Run one phase in a fresh process; return its result with seconds (wall and CPU) and
    peak MB."""
    code = (
        "import json,sys,time,resource;sys.path.insert(0,%r);"
        "import benchmarks.bench_spreadsheet as b;from pathlib import Path;b.prepare();"
        "t=time.perf_counter();c=time.process_time();r=b.PHASES[%r](*%r);"
        "r['seconds']=time.perf_counter()-t;r['cpu']=time.process_time()-c;"
        "r['peak_mb']=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024;print(json.dumps(r,default=str))"
    ) % (str(Path(__file__).resolve().parent.parent), name, tuple(args))
    code = code.replace("PosixPath(", "Path(")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=2_000)
    parser.add_argument("--demo-members", type=int, default=1_000)
    parser.add_argument("--grid-members", type=int, default=1_000)
    parser.add_argument("--import-only", action="store_true", help="skip the export phases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        workbook = folder / "savings.xlsx"
        make_savings_workbook(workbook, args.rows, args.members)
        read = run_phase("read", str(workbook))
        bare = run_phase("calamine", str(workbook))
        reading = run_phase("reading", str(workbook))
        created = run_phase("create", str(folder / "import.sqlite3"))
        imported = run_phase("import", str(workbook), str(folder / "import.sqlite3"))
        print(f"import  {args.rows} savings rows: {imported['seconds']:.2f}s "
              f"(bare openpyxl read {read['seconds']:.2f}s, ratio "
              f"{imported['seconds'] / read['seconds']:.2f}x, CPU time "
              f"{imported['cpu'] / read['cpu']:.2f}x; bare calamine read "
              f"{bare['seconds']:.2f}s, ratio {imported['seconds'] / bare['seconds']:.1f}x); "
              f"peak {imported['peak_mb']:.0f} MB (bare openpyxl {read['peak_mb']:.0f} MB, "
              f"calamine {bare['peak_mb']:.0f} MB); {imported['summary']} "
              f"(the empty book was created beforehand in {created['seconds']:.2f}s)")
        print(f"reading {reading['rows']} records of the same workbook (scan, parse, records): "
              f"{reading['seconds']:.2f}s (ratio {reading['seconds'] / bare['seconds']:.1f}x bare "
              f"calamine, {reading['seconds'] / read['seconds']:.2f}x bare openpyxl); "
              f"peak {reading['peak_mb']:.0f} MB")
        grid = folder / "grid.xlsx"
        make_grid_workbook(grid, args.grid_members)
        gridded = run_phase("grid", str(grid), str(folder / "grid.sqlite3"))
        print(f"grid    {args.grid_members} members x 12 months, previewed and imported: "
              f"{gridded['seconds']:.2f}s, peak {gridded['peak_mb']:.0f} MB; "
              f"{gridded['summary']}")
        if args.import_only:
            return
        demo_book = folder / "demo.sqlite3"
        made = run_phase("demo", str(demo_book), args.demo_members)
        exported = run_phase("export", str(demo_book), str(folder / "export.xlsx"))
        exported["rows"] = count_rows(folder / "export.xlsx")
        written = run_phase("write", str(folder / "bare.xlsx"), exported["rows"])
        print(f"export  {made['journal_lines']} journal lines, {exported['rows']} rows: "
              f"{exported['seconds']:.1f}s (bare openpyxl write {written['seconds']:.1f}s, ratio "
              f"{exported['seconds'] / written['seconds']:.1f}x); peak {exported['peak_mb']:.0f} MB "
              f"(bare {written['peak_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
