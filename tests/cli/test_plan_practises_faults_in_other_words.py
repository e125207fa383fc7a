"""`secondround plan` practises the candidate's faults however they are worded: faults only the
newer cues know and one only the trained reading knows, each a question with its reason; what the
interviewer said of an answer is not one of them."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "round 1 w/ Hallie Brandt, Store Manager - i'd report to her\n"
    "- asked zero questions at the end\n"
    "- she said my answer on shrinkage was too long\n"
    "- undersold the stock-count project\n"
    "- i kept looking at my notes instead of at them\n"
)


def _practice(reasons: list[str]) -> list[str]:
    return [r for r in reasons if r.startswith("You noted after an earlier round")]


def test_each_fault_is_a_planned_question_with_its_reason(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    code, out, err = cli("plan", str(interview.pk), "--json")
    assert code == ExitStatus.OK, err
    practice = _practice([q["reason"] for q in json.loads(out)["questions"]])
    assert len(practice) == 3
    assert "asked zero questions" in practice[0] and "questions to ask" in practice[0]
    assert "undersold" in practice[1] and "with the figures" in practice[1]
    assert "looking at my notes" in practice[2]
    assert not any("shrinkage" in r for r in practice)


def test_the_readable_plan_shows_them(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    code, out, err = cli("plan", str(interview.pk))
    assert code == ExitStatus.OK, err
    assert out.count("You noted after an") == 3
