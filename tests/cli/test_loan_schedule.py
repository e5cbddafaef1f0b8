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


def test_weekly_schedule_with_grace_and_rounding(capsys):
    code, out, _ = run(capsys, "--principal", "1000000", "--rate", "1,3", "--installments", "6",
                       "--every", "week", "--method", "flat", "--start", "2025-01-07",
                       "--grace", "2", "--round-to", "500", "--round", "up")
    assert code == EXIT_OK
    assert out.splitlines()[0] == "no,due_date,principal,interest,installment,balance"
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["due_date"] for r in rows[:2]] == ["2025-01-14", "2025-01-21"]
    assert [(r["principal"], r["interest"]) for r in rows[:2]] == [("0", "3000")] * 2
    assert [r["installment"] for r in rows[2:5]] == ["253000"] * 3  # 250,000 + 3,000
    assert rows[-1]["balance"] == "0"


def test_grace_without_payment_and_a_chosen_first_due_date(capsys):
    code, out, _ = run(capsys, "--principal", "1200000", "--rate", "1.5", "--installments", "4",
                       "--every", "month", "--method", "menurun", "--start", "2025-01-10",
                       "--grace", "1", "--grace-kind", "none", "--first-due", "2025-02-25")
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0] == {"no": "1", "due_date": "2025-02-25", "principal": "0", "interest": "0",
                       "installment": "0", "balance": "1200000"}
    # 18,000 × 46/31 deferred from the first period + 18,000 of the second
    assert rows[1]["interest"] == str(26_710 + 18_000)
    assert rows[1]["due_date"] == "2025-03-25"


def test_months_with_another_frequency_and_bad_options_are_refused(capsys):
    for extra, message in (
        (["--months", "6", "--every", "week"], "--installments"),
        (["--installments", "6", "--grace", "6"], "grace"),
        (["--installments", "6", "--round-to", "0"], "rounding"),
        (["--installments", "6", "--first-due", "2025-01-01"], "first due"),
    ):
        code, out, err = run(capsys, "--principal", "600000", "--rate", "2", "--method", "flat",
                             "--start", "2025-01-10", *extra)
        assert code != EXIT_OK
        assert out == ""
        assert message in err.lower() or message in err
