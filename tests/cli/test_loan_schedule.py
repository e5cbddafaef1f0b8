"""`koperasi loan-schedule`: the schedule as CSV, per DESIGN.md section 6."""

from __future__ import annotations

import csv
import io
from datetime import date

from desktop_app.cli import EXIT_OK, main
from desktop_app.domain.dates import add_months


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "loan-schedule", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_prints_the_csv_schedule(capsys):
    code, out, _ = run(capsys, "--principal", "1200000", "--rate", "1.5", "--months", "12",
                       "--method", "menurun", "--start", "2025-01-31")
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert out.splitlines()[0] == "no,due_date,principal,interest,installment,balance"
    assert len(rows) == 12
    assert rows[0] == {"no": "1", "due_date": "2025-02-28", "principal": "100000",
                       "interest": "18000", "installment": "118000", "balance": "1100000"}
    assert sum(int(r["principal"]) for r in rows) == 1_200_000
    assert rows[-1]["balance"] == "0"


def test_rate_with_a_decimal_comma_and_the_annuity_method(capsys):
    code, out, _ = run(capsys, "--principal", "10000000", "--rate", "1,0", "--months", "12",
                       "--method", "anuitas", "--start", "2025-03-21")
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["installment"] == "888488"
    assert rows[-1]["due_date"] == "2026-03-21"


def test_start_defaults_to_today(capsys):
    code, out, _ = run(capsys, "--principal", "600000", "--rate", "2", "--months", "3",
                       "--method", "flat")
    assert code == EXIT_OK
    first = list(csv.DictReader(io.StringIO(out)))[0]
    assert first["due_date"] == add_months(date.today(), 1).isoformat()


def test_bad_values_fail_with_a_message_and_no_csv(capsys):
    code, out, err = run(capsys, "--principal", "0", "--rate", "1.5", "--months", "12",
                         "--method", "flat")
    assert code != EXIT_OK
    assert "above zero" in err and "no,due_date" not in out
    code, out, err = run(capsys, "--principal", "1000", "--rate", "-1", "--months", "12",
                         "--method", "flat")
    assert code != EXIT_OK and "negative" in err
