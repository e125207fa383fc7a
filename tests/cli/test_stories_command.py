"""`secondround stories list|show|add|edit|delete|import|export`: the bank from the terminal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from secondround.stories.models import Story

FILE = """## Supplier went bust
Situation: Two weeks before launch our supplier went bust.
Task: I had to find another without moving the date.
Action: I called six suppliers and persuaded finance to pay 10% more.
Result: We launched on time and beat the forecast by 12%.
Competencies: problem solving

## Two colleagues who would not talk
Situation: Two colleagues disagreed about the weekly report.
Action: I met each of them and proposed a rota.
Result: The report has gone out on time for six months.
Competencies: conflict
"""


def add_one(cli: Callable[..., Any], *extra: str) -> Any:
    return cli(
        "stories", "add", "--title", "Supplier went bust",
        "-s", "Two weeks before launch our supplier went bust.",
        "-a", "I called six suppliers and persuaded finance to pay 10% more.",
        "-r", "We launched on time.",
        "-c", "problem solving", *extra,
    )  # fmt: skip


def test_add_stores_the_story_and_list_shows_it(cli: Callable[..., Any]) -> None:
    result = add_one(cli)
    assert result.code == 0, result.err
    assert "Saved story" in result.out
    listed = json.loads(cli("stories", "list", "--json").out)
    assert [s["title"] for s in listed] == ["Supplier went bust"]
    assert listed[0]["competencies"] == ["problem_solving"]
    assert listed[0]["check"]["todo"][0]["kind"] == "missing_task"


def test_add_from_a_whole_answer_splits_it_into_parts(cli: Callable[..., Any]) -> None:
    answer = Path(__file__).with_name("answer.tmp")
    answer.write_text(
        "Last spring our biggest client threatened to leave over late invoices. I was asked to "
        "fix billing within a month. I mapped every step and automated the two slowest. "
        "Invoices now go out in two days instead of nine.",
        encoding="utf-8",
    )
    try:
        result = cli("stories", "add", "--title", "Late invoices", "--from", str(answer), "--json")
    finally:
        answer.unlink()
    assert result.code == 0, result.err
    story = json.loads(result.out)
    assert "automated" in story["action"]
    assert "two days" in story["result"]


def test_show_prints_the_to_do_and_suggestions_with_evidence(cli: Callable[..., Any]) -> None:
    add_one(cli)
    story_id = Story.objects.get().pk
    out = cli("stories", "show", str(story_id)).out
    assert "Add the task" in out
    assert "Influence: “persuaded”" in out


def test_edit_changes_only_what_is_given(cli: Callable[..., Any]) -> None:
    add_one(cli)
    story = Story.objects.get()
    result = cli("stories", "edit", str(story.pk), "-c", "influence", "-c", "problem_solving")
    assert result.code == 0, result.err
    story.refresh_from_db()
    assert story.competencies == ["influence", "problem_solving"]
    assert story.result == "We launched on time."


def test_delete_removes_the_story(cli: Callable[..., Any]) -> None:
    add_one(cli)
    story = Story.objects.get()
    assert cli("stories", "delete", str(story.pk), "--yes").code == 0
    assert not Story.objects.exists()


def test_import_then_export_gives_the_same_file_back(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "stories.md"
    source.write_text(FILE, encoding="utf-8")
    result = cli("stories", "import", str(source))
    assert result.code == 0, result.err
    assert "Imported 2 new" in result.out
    target = tmp_path / "out.md"
    assert cli("stories", "export", str(target)).code == 0
    Story.objects.all().delete()
    assert cli("stories", "import", str(target)).code == 0
    assert Story.objects.count() == 2
    as_json = json.loads(cli("stories", "export", "-", "--json").out)
    assert {s["title"] for s in as_json} == {
        "Supplier went bust",
        "Two colleagues who would not talk",
    }


def test_a_story_title_with_markup_or_escape_codes_prints_harmlessly(
    cli: Callable[..., Any],
) -> None:
    cli("stories", "add", "--title", "[red]Boom\x1b[2J[/red]", "-a", "I fixed it.")
    out = cli("stories", "list").out
    assert "\x1b[2J" not in out
    assert "[red]Boom" in out


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("stories", "add", "--title", "Empty"), ExitStatus.BAD_INPUT, "has no text"),
        (
            ("stories", "add", "--title", "X", "-a", "did", "-c", "juggling"),
            ExitStatus.BAD_INPUT,
            "'juggling' is not a competency",
        ),
        (("stories", "add", "-a", "x" * 1_000_000), ExitStatus.BAD_INPUT, "keep it under"),
        (("stories", "show", "99"), ExitStatus.NOT_FOUND, "There is no story 99"),
        (("stories", "import", "missing.md"), ExitStatus.NOT_FOUND, "does not exist"),
    ],
)
def test_bad_input_gets_one_sentence_and_a_named_status(
    cli: Callable[..., Any], args: tuple[str, ...], status: ExitStatus, message: str
) -> None:
    result = cli(*args)
    assert result.code == status
    assert message in result.err
    assert "Traceback" not in result.err
    assert not Story.objects.exists()


def test_a_second_story_with_the_same_title_is_refused(cli: Callable[..., Any]) -> None:
    add_one(cli)
    result = add_one(cli)
    assert result.code == ExitStatus.BAD_INPUT
    assert "already have a story called" in result.err
    assert Story.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"No headings, just notes.", "has no stories"),
        (
            "## A\nAction: caf\u00e9\n".encode() + "## B\nAction: caf\u00e9\n".encode("cp1252"),
            "not UTF-8",
        ),
        (b"## A\nAction: one\n## A\nAction: two\n", "used twice"),
    ],
)
def test_a_bad_import_file_changes_nothing(
    cli: Callable[..., Any], tmp_path: Path, data: bytes, message: str
) -> None:
    add_one(cli)
    source = tmp_path / "bad.md"
    source.write_bytes(data)
    result = cli("stories", "import", str(source))
    assert result.code == ExitStatus.BAD_INPUT
    assert "Nothing was imported" in result.err and message in result.err
    assert Story.objects.count() == 1
