"""Stories are part of the full-data export and import, validated as strictly as the rest."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from secondround.stories.models import Story


def setup_bank(cli: Callable[..., Any]) -> Path:
    cli("interview", "add", "--company", "Acme", "--role", "Analyst", "--round", "2")
    cli(
        "stories", "add", "--title", "Supplier went bust", "-a", "I found a new supplier.",
        "-r", "We launched on time, 12% over forecast.", "-c", "problem_solving", "--tag", "launch",
    )  # fmt: skip
    story = Story.objects.get()
    story.told_at.add(Interview.objects.get())
    return Path()


def export(cli: Callable[..., Any], tmp_path: Path) -> dict[str, Any]:
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).code == 0
    return dict(json.loads(backup.read_text()))


def test_stories_and_their_round_one_ticks_survive_export_and_import(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    setup_bank(cli)
    before = export(cli, tmp_path)
    assert before["stories"][0]["title"] == "Supplier went bust"
    Story.objects.all().delete()
    Interview.objects.all().delete()
    result = cli("import", str(tmp_path / "backup.json"))
    assert result.code == 0, result.err
    story = Story.objects.get()
    assert story.competencies == ["problem_solving"]
    assert story.tags == ["launch"]
    assert [i.company for i in story.told_at.all()] == ["Acme"]
    assert export(cli, tmp_path)["stories"] == before["stories"]


def test_importing_twice_does_not_duplicate_stories(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    setup_bank(cli)
    export(cli, tmp_path)
    assert cli("import", str(tmp_path / "backup.json")).code == 0
    assert Story.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.update(situation="", task="", action="", result=""), "has no text"),
        (lambda s: s.update(competencies=["juggling"]), "'juggling' is not a competency"),
        (lambda s: s.update(action="x" * 1_000_000), "keep it under"),
        (lambda s: s.update(told_at=["00000000-0000-0000-0000-000000000000"]), "not in the file"),
        (lambda s: s.update(uuid="not-a-uuid"), "bad uuid"),
        (lambda s: s.update(vectors="AAAA"), "unknown fields"),
    ],
)
def test_a_bad_story_in_the_file_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    setup_bank(cli)
    data = export(cli, tmp_path)
    change(data["stories"][0])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    Interview.objects.update(company="Changed since")
    result = cli("import", str(bad))
    assert result.code == ExitStatus.BAD_IMPORT
    assert message in result.err
    assert Interview.objects.get().company == "Changed since"
    assert Story.objects.get().action == "I found a new supplier."


def test_a_duplicated_story_title_in_the_file_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    setup_bank(cli)
    data = export(cli, tmp_path)
    twin = {**data["stories"][0], "uuid": "11111111-1111-1111-1111-111111111111"}
    data["stories"].append(twin)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    result = cli("import", str(bad))
    assert result.code == ExitStatus.BAD_IMPORT
    assert "repeats the title" in result.err
    assert Story.objects.count() == 1


def test_another_accounts_stories_are_refused(cli: Callable[..., Any], tmp_path: Path) -> None:
    setup_bank(cli)
    data = export(cli, tmp_path)
    Story.objects.update(owner=User.objects.create(username="someone-else"))
    bad = tmp_path / "theirs.json"
    bad.write_text(json.dumps(data))
    result = cli("import", str(bad))
    assert result.code == ExitStatus.BAD_IMPORT
    assert "belong to another account" in result.err
