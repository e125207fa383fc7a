"""Loose ends, holidays, references and follow-up notes survive export and import; a bad day-of
part of a file is refused in one sentence and nothing is imported."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from secondround.dayof.models import DayOf, Holiday, PersonFollowUp, Reference
from secondround.interviews.models import Interview


def _prepared(make_interview: Any) -> Any:
    interview = make_interview(people=[("Priya Shah", "line_manager")])
    DayOf.objects.create(
        interview=interview,
        notice_amount=3,
        notice_unit="months",
        commute_minutes=35,
        answers={"working_pattern": "Three office days suit me."},
        thank_you_body="Dear Priya, thank you.",
        thank_you_sent=True,
    )
    Holiday.objects.create(
        interview=interview, first_day=date(2027, 2, 1), last_day=date(2027, 2, 5), note="Ski"
    )
    Reference.objects.create(interview=interview, name="Ana Ruiz", asked=True)
    PersonFollowUp.objects.create(
        person=interview.people.get(), email="priya@example.com", how_it_went="Went well."
    )
    return interview


def test_the_day_of_kit_survives_export_and_import(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    _prepared(make_interview)
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).code == 0
    before = json.loads(backup.read_text())
    assert before["interviews"][0]["dayof"]["record"]["notice_amount"] == 3
    Interview.objects.all().delete()
    assert not DayOf.objects.exists() and not Holiday.objects.exists()
    result = cli("import", str(backup))
    assert result.code == 0, result.err
    record = DayOf.objects.get()
    assert (record.notice_amount, record.notice_unit, record.thank_you_sent) == (3, "months", True)
    assert record.answers == {"working_pattern": "Three office days suit me."}
    assert Holiday.objects.get().note == "Ski"
    assert Reference.objects.get().asked is True
    assert PersonFollowUp.objects.get().how_it_went == "Went well."
    again = tmp_path / "again.json"
    cli("export", str(again))
    assert json.loads(again.read_text())["interviews"] == before["interviews"]
    # The same file twice updates rather than duplicates.
    assert cli("import", str(backup)).code == 0
    assert Holiday.objects.count() == Reference.objects.count() == DayOf.objects.count() == 1


def test_an_interview_without_a_day_of_kit_exports_none(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    make_interview()
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    assert json.loads(backup.read_text())["interviews"][0]["dayof"] is None


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d["record"].update(notice_amount=1188), "longer than any contract sets"),
        (lambda d: d["record"].update(notice_unit="years"), "unknown notice unit"),
        (lambda d: d["record"].update(commute_minutes="forty"), "not a whole number"),
        (lambda d: d["holidays"][0].update(last_day="2027-01-01"), "ends before it starts"),
        (lambda d: d["holidays"][0].update(first_day="soon"), "not a date (soon)"),
        (lambda d: d["references"][0].update(name=" "), "reference without a name"),
        (lambda d: d["people"][0].update(person="not-a-person"), "not among the interview"),
        (lambda d: d["record"].update(answers={"nope": "x"}), "prepared answers"),
        (lambda d: d.update(holidays="x"), "holidays that are not a list"),
        (lambda d: d["people"][0].update(email="priya at work"), "email address that is not"),
    ],
)
def test_a_bad_day_of_part_is_refused_and_nothing_imported(
    cli: Callable[..., Any],
    make_interview: Any,
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    says: str,
) -> None:
    _prepared(make_interview)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    data = json.loads(backup.read_text())
    change(data["interviews"][0]["dayof"])
    backup.write_text(json.dumps(data))
    Interview.objects.all().delete()
    result = cli("import", str(backup))
    assert result.code == ExitStatus.BAD_IMPORT
    assert "Interview 1 in the file has a day-of kit" in result.err
    assert says in result.err and "nothing was imported" in result.err
    assert not Interview.objects.exists() and not DayOf.objects.exists()
