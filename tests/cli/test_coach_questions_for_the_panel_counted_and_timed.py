"""Answers to "Any questions for us?" are judged on questions ready and a length that leaves room
for two or three of them: a second question joined by "and" counts, and a bare "no" scores below
specific questions (`secondround coach --json`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.cli.coach_json import Cli, coach

QUESTION = "Do you have any questions for us?"
JOINED = (
    "Yes: how many of the twelve new starters this year came through the apprenticeship, and "
    "would I be mentoring any of them in my first six months?"
)
NONE = "No, I think you've covered everything, thanks."


def _coach(cli: Cli, answer: str) -> dict[str, Any]:
    return coach(cli, QUESTION, answer, kind="loose_ends")


def test_a_second_question_joined_by_and_counts(cli: Callable[..., Any]) -> None:
    checks = {c["name"]: c["passed"] for c in _coach(cli, JOINED)["checks"]}
    assert checks["questions_ready"] is True


def test_specific_questions_score_above_a_bare_no(cli: Callable[..., Any]) -> None:
    joined, none = _coach(cli, JOINED), _coach(cli, NONE)
    assert joined["scores"]["overall"] > none["scores"]["overall"]
    assert none["length"]["kind"] == "questions"
    assert {"kind_questions_ready", "too_short"} <= {r["kind"] for r in none["remarks"]}
