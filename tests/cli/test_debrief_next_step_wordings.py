"""`secondround debrief --json` finds the next step however it is said: who will ring, a trial
shift or day, results by a date, "next:"; and a promise that mentions the next step stays a
promise."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus


def _debrief(cli: Callable[..., Any], notes: str) -> dict[str, Any]:
    code, out, _ = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.mark.parametrize(
    "step",
    [
        "they'll ring me by thursday",
        "trial shift on saturday, 10-4",
        "results within 5 working days by email",
        "next: a paid trial day at the depot",
        "she's gonna text me monday",
    ],
)
def test_the_next_step_is_found(cli: Callable[..., Any], step: str) -> None:
    notes = f"- team of 6 on days\n- {step}\n- parking is free on site\n"
    found = _debrief(cli, notes)["next_round"]
    assert found is not None
    # A "next:" label says what the words after it are; it is not their evidence.
    assert found["evidence"] == step.removeprefix("next: ")


def test_my_promise_for_the_trial_day_stays_mine(cli: Callable[..., Any]) -> None:
    data = _debrief(cli, "- will email greg my availability for a trial day\n")
    assert [p["evidence"] for p in data["promises"]] == [
        "will email greg my availability for a trial day"
    ]


def test_a_run_on_paragraph_is_read_clause_by_clause(cli: Callable[..., Any]) -> None:
    notes = (
        "met the site lead and a planner, they run two shifts and the yard is being rebuilt this "
        "spring, she asked if i'd ever run a yard on my own and i said not yet -> she paused, "
        "i promised to send my forklift cert + two references, they'll ring by friday with "
        "the outcome either way\n"
    )
    data = _debrief(cli, notes)
    assert [p["text"] for p in data["promises"]] == ["send my forklift cert", "send two references"]
    assert data["next_round"]["evidence"] == "they'll ring by friday with the outcome either way"
    assert len(data["concerns"]) == 1
