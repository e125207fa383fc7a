from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus


def test_list_prints_the_whole_bank_as_json(cli: Callable[..., Any]) -> None:
    result = cli("questions", "list", "--json")
    assert result.code == 0, result.err
    questions = json.loads(result.out)
    assert len(questions) >= 250
    first = questions[0]
    assert {"id", "text", "kind", "competency", "style", "asked_by", "difficulty", "probes"} <= set(
        first
    )


def test_list_narrows_to_one_competency(cli: Callable[..., Any]) -> None:
    result = cli("questions", "list", "--competency", "time_management", "--json")
    questions = json.loads(result.out)
    assert len(questions) >= 6
    assert {q["competency"] for q in questions} == {"time_management"}
    assert len({q["style"] for q in questions}) == 4


def test_list_reads_well_for_people(cli: Callable[..., Any]) -> None:
    result = cli("questions", "list", "--kind", "salary")
    assert result.code == 0
    assert "Salary" in result.out and "↳" in result.out


def test_an_unknown_competency_is_refused_in_one_sentence(cli: Callable[..., Any]) -> None:
    result = cli("questions", "list", "--competency", "juggling")
    assert result.code == ExitStatus.USAGE
    assert "'juggling' is not a competency" in result.err
    assert "Traceback" not in result.err


def test_plan_explains_each_question(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = make_interview(
        job_description=(
            "You will lead a team of six and juggle competing deadlines in a fast-paced office. "
            "Strong stakeholder management and clear written communication are essential."
        ),
        notes="- Priya (hiring manager) asked whether I had managed a budget before",
        people=[("Priya Shah", "line_manager"), ("Tom Reed", "hr")],
    )
    result = cli("plan", str(interview.pk), "--count", "8", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert len(data["questions"]) == 8
    assert all(q["reason"] for q in data["questions"])
    assert any("budget" in q["reason"] for q in data["questions"])
    assert {q["for_person"] for q in data["questions"]} >= {"Priya Shah", "Tom Reed"}
    assert data["job"]["competencies"]


def test_plan_of_a_missing_interview_says_so(cli: Callable[..., Any]) -> None:
    result = cli("plan", "999")
    assert result.code == ExitStatus.NOT_FOUND
    assert "There is no interview 999" in result.err


def test_plan_refuses_an_unknown_role(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = make_interview()
    result = cli("plan", str(interview.pk), "--asked-by", "the_cat")
    assert result.code == ExitStatus.USAGE
    assert "'the_cat' is not a role" in result.err


def test_a_competency_may_be_typed_as_people_write_it(cli: Callable[..., Any]) -> None:
    for typed in ("Time management", "time-management", "TIME_MANAGEMENT"):
        result = cli("questions", "list", "--competency", typed, "--json")
        assert result.code == 0, result.err
        assert {q["competency"] for q in json.loads(result.out)} == {"time_management"}
    pressure = json.loads(cli("questions", "list", "-c", "pressure", "--json").out)
    assert {q["competency"] for q in pressure} == {"working_under_pressure"}
