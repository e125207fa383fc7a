"""`secondround calendar INTERVIEW --out FILE.ics`: a calendar file parsed back, or a refusal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from icalendar import Calendar

from secondround.cli.exit_codes import ExitStatus


def test_it_writes_the_calendar(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = make_interview(company="Northwind", in_days=6, people=[("Priya Shah", "hr")])
    out = tmp_path / "northwind.ics"
    result = cli("calendar", str(interview.pk), "--out", str(out))
    assert result.code == ExitStatus.OK, result.err
    assert "practice sessions and the thank-you reminder" in result.out
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(events[0]["summary"]) == "Interview: Operations analyst at Northwind (round 2)"
    assert str(events[-1]["summary"]) == "Send the thank-you email to Priya Shah"


def test_an_interview_with_no_date_is_refused_and_no_file_written(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = make_interview(company="Undated Co", in_days=None)
    out = tmp_path / "x.ics"
    result = cli("calendar", str(interview.pk), "--out", str(out))
    assert result.code == ExitStatus.BAD_INPUT
    assert "Undated Co has no date yet" in result.err
    assert not out.exists()


def test_the_out_option_is_required(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = make_interview()
    assert cli("calendar", str(interview.pk)).code == ExitStatus.USAGE


def test_the_installed_script_offers_the_day_of_commands(script: Callable[..., Any]) -> None:
    shown = script("--help")
    assert shown.returncode == 0
    for command in ("loose-ends", "kit", "calendar", "followup"):
        assert command in shown.stdout
    helped = script("calendar", "--help")
    assert "secondround calendar 1 --out northwind.ics" in helped.stdout
    missing = script("calendar", "7", "--out", "x.ics")
    assert missing.returncode == ExitStatus.NOT_FOUND
    assert "There is no interview 7" in missing.stderr and "Traceback" not in missing.stderr
