"""`secondround coach` reports the question's kind, what works and the top three to work on."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

PLAN = (
    "In the first month I would meet each of the six team leaders and learn how the rota works. "
    "My priority after that would be the late deliveries, because they cause most complaints. "
    "By day 90 I would want late deliveries under 5%."
)


def test_the_json_carries_the_kind_its_evidence_and_the_summary(cli: Callable[..., Any]) -> None:
    question = "What would your first 90 days look like?"
    code, out, _ = cli("coach", "-", "--json", "--question", question, stdin=PLAN.encode())
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert data["version"] == 1
    assert data["question_kind"]["kind"] == "plan_90_days"
    assert "90 days" in data["question_kind"]["evidence"]
    assert {c["name"] for c in data["checks"]} >= {"phases", "priorities"}
    assert all(set(c) == {"name", "passed", "message"} for c in data["checks"])
    assert data["strengths"]
    assert len(data["top_three"]) <= 3
    assert not {r["kind"] for r in data["remarks"]} & {"missing_action", "hypothetical"}


def test_the_report_shows_the_kind_strengths_and_top_three(cli: Callable[..., Any]) -> None:
    code, out, _ = cli(
        "coach",
        "-",
        "--question",
        "What are your salary expectations?",
        stdin=b"Whatever you think is fair, really.",
    )
    assert code == ExitStatus.OK
    assert "Question kind: salary" in out
    assert "Top three to work on" in out
    assert "What figure do you have in mind?" in out


def test_a_question_with_no_question_in_it_falls_back_with_a_note(cli: Callable[..., Any]) -> None:
    code, out, _ = cli(
        "coach",
        "-",
        "--json",
        "--question",
        "[red]Leeds[/red] weather",
        stdin=b"I rebuilt the rota and late shifts fell from nine to two.",
    )
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert data["question_kind"]["kind"] == "general"
    assert data["question_kind"]["note"]
