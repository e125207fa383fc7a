"""`secondround plan INTERVIEW --json` gives each question its assigned story; coverage too."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

JOB = (
    "Team leader. You will lead a team of six and resolve conflict between colleagues. "
    "Essential: leadership, conflict resolution and excellent communication."
)


def add(cli: Callable[..., Any], title: str, action: str, *competencies: str) -> None:
    args = ["stories", "add", "--title", title, "-a", action]
    for c in competencies:
        args += ["-c", c]
    assert cli(*args).code == 0


def test_each_planned_question_carries_its_story(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    add(
        cli, "Leading the night shift", "I led a team of six through a system outage.", "leadership"
    )
    add(cli, "Two colleagues at odds", "I met both and agreed a rota.", "conflict")
    result = cli("plan", str(interview.pk), "--count", "6", "--json")
    assert result.code == 0, result.err
    questions = json.loads(result.out)["questions"]
    assert all("story" in q for q in questions)
    by_competency = {q["competency"]: q["story"] for q in questions if q["story"]["story"]}
    assert by_competency["leadership"]["title"] == "Leading the night shift"
    assert by_competency["conflict"]["title"] == "Two colleagues at odds"
    told = [q["story"]["story"] for q in questions if q["story"]["story"]]
    # Each story at most twice, and then for two different competencies.
    assert all(told.count(s) <= 2 for s in told)


def test_coverage_flags_competencies_with_fewer_than_two_stories(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    add(cli, "Leading the night shift", "I led a team of six through an outage.", "leadership")
    result = cli("stories", "coverage", str(interview.pk), "--json")
    assert result.code == 0, result.err
    rows = {r["competency"]: r for r in json.loads(result.out)["competencies"]}
    assert rows["leadership"]["stories"] == 1 and rows["leadership"]["flagged"]
    assert rows["leadership"]["cells"][0]["level"] == "strong"
    table = cli("stories", "coverage", str(interview.pk)).out
    assert "Leadership" in table and "of 2 stories" in table


def test_coverage_of_a_missing_interview_says_so(cli: Callable[..., Any]) -> None:
    result = cli("stories", "coverage", "42")
    assert result.code == ExitStatus.NOT_FOUND
