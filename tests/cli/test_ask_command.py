"""`secondround ask INTERVIEW`: the questions to ask each person, for people and for scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from secondround.services import asking


def _add(cli: Callable[..., Any], *people: str) -> Interview:
    args = ["interview", "add", "--company", "Acme", "--role", "Data analyst"]
    for person in people:
        args += ["--person", person]
    assert cli(*args).code == 0
    return Interview.objects.latest("id")


def test_it_prints_each_persons_questions_with_why(cli: Callable[..., Any]) -> None:
    interview = _add(cli, "Priya Shah, line manager", "Ann Bell, hr")
    result = cli("ask", str(interview.pk))
    assert result.code == ExitStatus.OK, result.err
    assert "Priya Shah, line manager" in result.out and "Ann Bell, HR" in result.out
    assert result.out.count("Why: ") == 8


def test_json_carries_pinned_and_own_questions_first(cli: Callable[..., Any]) -> None:
    interview = _add(cli, "Priya Shah, line manager")
    person = interview.people.get()
    asking.change(interview, person.pk, "add", text="Is there parking on site?\x1b[31m")
    result = cli("ask", str(interview.pk), "--json")
    data = json.loads(result.out)
    questions = data["people"][0]["questions"]
    assert data["people"][0]["heading"] == "Priya Shah, line manager"
    assert questions[0]["source"] == "own" and questions[0]["pinned"] is True
    assert len(questions) == 4
    text = cli("ask", str(interview.pk)).out
    assert "Is there parking on site?[31m" not in text  # escape codes never reach the terminal
    assert "\x1b[31m" not in text


def test_nobody_to_meet_is_said_in_one_sentence(cli: Callable[..., Any]) -> None:
    interview = _add(cli)
    result = cli("ask", str(interview.pk))
    assert result.code == ExitStatus.NOTHING_TO_DO
    assert "has nobody to meet yet" in result.err
    assert "Traceback" not in result.err


def test_an_unknown_interview_is_not_found(cli: Callable[..., Any]) -> None:
    result = cli("ask", "999")
    assert result.code == ExitStatus.NOT_FOUND
    assert "There is no interview 999" in result.err
