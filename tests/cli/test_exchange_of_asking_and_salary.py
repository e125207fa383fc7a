"""Questions to ask and salary work go into the export file and come back on import."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from secondround.asking.models import AskedQuestion
from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from secondround.salary.models import SalaryPoint, SalaryWork
from secondround.services import asking, salary


def _prepare(cli: Callable[..., Any]) -> Interview:
    cli("interview", "add", "--company", "Acme", "--role", "Data analyst", "--person",
        "Priya Shah, line manager")  # fmt: skip
    interview = Interview.objects.get()
    person = interview.people.get()
    asking.change(interview, person.pk, "add", text="Is there parking?")
    first = asking.questions_by_person(interview)[0][0].rows[1]
    asking.change(interview, person.pk, "edit", key=first.key, text="In my words")
    salary.save_work(interview, "Data analyst", "uk", minimum="32k")
    salary.add_point(
        interview, "recruiter", "35-40k", "2026-11-01", "Hays", today=date(2026, 12, 1)
    )
    return interview


def test_export_then_import_into_an_empty_database_brings_it_all_back(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    _prepare(cli)
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).code == 0
    before = json.loads(backup.read_text())["interviews"][0]
    assert before["salary"]["minimum"] == 32_000
    assert [q["text"] for q in before["questions_to_ask"]] == ["Is there parking?", "In my words"]
    Interview.objects.all().delete()
    assert not AskedQuestion.objects.exists() and not SalaryWork.objects.exists()
    assert cli("import", str(backup)).code == 0
    assert cli("import", str(backup)).code == 0  # twice: updated, not duplicated
    again = tmp_path / "again.json"
    cli("export", str(again))
    after = json.loads(again.read_text())["interviews"][0]
    assert after["questions_to_ask"] == before["questions_to_ask"]
    assert after["salary"] == before["salary"]
    assert SalaryPoint.objects.count() == 1 and AskedQuestion.objects.count() == 2


def test_bad_salary_or_questions_in_the_file_change_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    _prepare(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    data = json.loads(backup.read_text())
    cases = [
        ("salary", {**data["interviews"][0]["salary"], "minimum": "lots"}, "salary minimum"),
        ("salary", {**data["interviews"][0]["salary"], "country": "fr"}, "unknown country"),
        (
            "questions_to_ask",
            [{**data["interviews"][0]["questions_to_ask"][0], "person": "nobody"}],
            "someone who is not on the interview",
        ),
    ]
    for key, value, message in cases:
        broken = json.loads(json.dumps(data))
        broken["interviews"][0][key] = value
        broken["interviews"][0]["company"] = "Changed"
        path = tmp_path / "broken.json"
        path.write_text(json.dumps(broken))
        result = cli("import", str(path))
        assert result.code == ExitStatus.BAD_IMPORT, message
        assert message in result.err
        assert Interview.objects.get().company == "Acme"
