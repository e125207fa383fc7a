from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User

from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview, Person


def add_two(cli: Callable[..., Any]) -> None:
    cli(
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "Analyst",
        "--date",
        "2030-01-02",
        "--person",
        "Ann Bell, hr",
        "--person",
        "Bo Chen, team member",
    )
    cli("interview", "add", "--company", "Globex", "--role", "Planner", "--round", "3")


def test_export_then_import_into_an_empty_database_recreates_everything(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).code == 0
    before = json.loads(backup.read_text())
    Interview.objects.all().delete()
    result = cli("import", str(backup))
    assert result.code == 0, result.err
    assert "Imported 2 new" in result.out
    again = tmp_path / "again.json"
    cli("export", str(again))
    after = json.loads(again.read_text())
    assert after["interviews"] == before["interviews"]


def test_importing_twice_updates_instead_of_duplicating(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    assert "0 new and 2 updated" in cli("import", str(backup)).out
    assert Interview.objects.count() == 2
    assert Person.objects.count() == 2


def _assert_unchanged(cli: Callable[..., Any], path: Path, message: str) -> None:
    before = list(Interview.objects.values_list("company", "updated_at"))
    result = cli("import", str(path))
    assert result.code == ExitStatus.BAD_IMPORT
    assert message in result.err
    assert "Traceback" not in result.err
    assert list(Interview.objects.values_list("company", "updated_at")) == before


def test_a_truncated_file_changes_nothing(cli: Callable[..., Any], tmp_path: Path) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    text = backup.read_text()
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2])
    _assert_unchanged(cli, cut, "may be truncated or damaged")


def test_a_file_from_a_newer_version_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    data = json.loads(backup.read_text())
    data["version"] = 99
    data["interviews"][0]["company"] = "Changed"
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data))
    _assert_unchanged(cli, newer, "written by a newer secondround (format 99)")


def test_a_file_holding_another_users_ids_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    # Hand the same records to another account, as if the file came from someone else's export.
    other = User.objects.create(username="someone-else")
    Interview.objects.filter(company="Globex").update(owner=other)
    data = json.loads(backup.read_text())
    data["interviews"][0]["company"] = "Overwritten"
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps(data))
    _assert_unchanged(cli, foreign, "belong to another account")


def test_a_bad_record_deep_in_the_file_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    data = json.loads(backup.read_text())
    data["interviews"][0]["company"] = "Would change"
    data["interviews"][1]["format"] = "carrier pigeon"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    _assert_unchanged(
        cli, bad, "Interview 2 in the file: its format is not one of the known values"
    )


def test_a_file_that_is_not_an_export_is_refused(cli: Callable[..., Any], tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}')
    _assert_unchanged(cli, other, "not a secondround export")
    binary = tmp_path / "binary.json"
    binary.write_bytes(bytes(range(256)))
    _assert_unchanged(cli, binary, "not a secondround export")


def test_a_missing_import_file_says_so(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nope.json"))
    assert result.code == ExitStatus.NOT_FOUND
    assert "does not exist" in result.err


def test_export_to_stdout(cli: Callable[..., Any]) -> None:
    add_two(cli)
    result = cli("export", "-")
    assert json.loads(result.out)["format"] == "secondround-export"


def test_dry_runs_marks_and_debrief_decisions_survive_export_and_import(
    cli: Callable[..., Any], tmp_path: Path, user: User
) -> None:
    from secondround.planning.models import DebriefDecision
    from secondround.practice.models import FriendMark, PracticeAnswer
    from secondround.services import debrief, practice

    interview = Interview.objects.create(
        owner=user,
        company="Acme",
        role="Analyst",
        notes="- she asked whether I had managed a budget before",
    )
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    FriendMark.objects.create(session=session, position=0, heard_action=True, rating=4)
    row = next(s for s in debrief.sections(interview) if s.kind == "concerns").rows[0]
    debrief.decide(interview, "concerns", row.evidence, "edit", "Never owned a budget")
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).code == 0
    before = json.loads(backup.read_text())
    assert before["practice_sessions"][0]["answers"][0]["overall"] > 0

    Interview.objects.all().delete()
    assert not PracticeAnswer.objects.exists() and not DebriefDecision.objects.exists()
    result = cli("import", str(backup))
    assert result.code == 0, result.err
    restored = Interview.objects.get()
    assert restored.practice_sessions.get().answers.get().text.startswith("I ran the budget")
    assert FriendMark.objects.get().rating == 4
    assert DebriefDecision.objects.get().text == "Never owned a budget"
    again = tmp_path / "again.json"
    cli("export", str(again))
    after = json.loads(again.read_text())
    assert after["practice_sessions"] == before["practice_sessions"]
    assert after["interviews"] == before["interviews"]


def test_a_dry_run_of_an_unknown_interview_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    add_two(cli)
    backup = tmp_path / "backup.json"
    cli("export", str(backup))
    data = json.loads(backup.read_text())
    data["practice_sessions"] = [
        {
            "uuid": "8d3e1c52-7d7a-4a53-9d0e-0b9a3c2f1e11",
            "interview": "0c1f7a8e-5b1d-4a8e-9a53-2f4b7a9e6c01",
            "plan": [],
        }
    ]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    _assert_unchanged(cli, bad, "belongs to no interview in the file")
