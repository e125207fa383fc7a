"""`secondround followup INTERVIEW [--eml FILE] [--json]`: the thank-you draft and its .eml."""

from __future__ import annotations

import json
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from secondround.cli.exit_codes import ExitStatus
from secondround.dayof.models import DayOf, PersonFollowUp


def _add(make_interview: Any) -> Any:
    interview = make_interview(
        company="Northwind", in_days=-0.2, people=[("Priya Shah", "line_manager")]
    )
    PersonFollowUp.objects.create(
        person=interview.people.get(),
        email="priya@example.com",
        how_it_went="We talked about the warehouse migration.",
    )
    return interview


def test_it_writes_an_eml_that_parses_back(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = _add(make_interview)
    out = tmp_path / "thanks.eml"
    result = cli("followup", str(interview.pk), "--eml", str(out))
    assert result.code == ExitStatus.OK, result.err
    message = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["To"] == "Priya Shah <priya@example.com>"
    assert message["Subject"] == "Thank you: Operations analyst interview"
    assert "warehouse migration" in message.get_content()


def test_it_prints_the_draft_and_json(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = _add(make_interview)
    shown = cli("followup", str(interview.pk))
    assert "Dear Priya," in shown.out
    data = json.loads(cli("followup", str(interview.pk), "--json").out)
    assert data["to"] == [{"name": "Priya Shah", "email": "priya@example.com"}]
    assert data["mailto"].startswith("mailto:priya@example.com?subject=Thank%20you")


def test_an_interview_with_no_people_is_refused(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = make_interview(company="Lonely Co")
    out = tmp_path / "x.eml"
    result = cli("followup", str(interview.pk), "--eml", str(out))
    assert result.code == ExitStatus.BAD_INPUT
    assert "Lonely Co has nobody to thank yet" in result.err
    assert not out.exists()


def test_marking_it_sent_stops_the_reminder(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = _add(make_interview)
    # Reading the interview (as the list does) stores no day-of record of its own.
    listed = json.loads(cli("interview", "list", "--json").out)
    assert "record" not in listed[0]["dayof"]
    result = cli("followup", str(interview.pk), "--sent")
    assert result.code == 0 and "Marked the thank-you to Northwind as sent." in result.out
    assert DayOf.objects.get(interview=interview).thank_you_sent is True
