"""`secondround plan` turns the candidate's own criticism of round one into questions to
practise, each with the fault and what to practise as its reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "1st round w/ oren (would be my mgr)\n"
    "- he asked about a supplier that let us down -> rambled, forgot the result\n"
    "- said 'we' the whole time on the warehouse move story\n"
    "- promised to send my CIPS cert\n"
)


def test_each_fault_is_a_planned_question_with_its_reason(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    code, out, err = cli("plan", str(interview.pk), "--json")
    assert code == ExitStatus.OK, err
    reasons = [q["reason"] for q in json.loads(out)["questions"]]
    practice = [r for r in reasons if r.startswith("You noted after an earlier round")]
    assert len(practice) == 3
    assert "“rambled”" in practice[0] and "Keep answers short" in practice[0]
    assert "forgot the result" in practice[1] and "End every story" in practice[1]
    assert "the whole time" in practice[2] and "“I”" in practice[2]


def test_the_readable_plan_shows_the_practice_points(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    code, out, err = cli("plan", str(interview.pk))
    assert code == ExitStatus.OK, err
    assert out.count("You noted after an") == 3
    assert "rambled" in out
