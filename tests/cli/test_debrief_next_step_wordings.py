"""`secondround debrief --json` finds the next step however it is said: who will ring, a trial
shift or day, results by a date, "next:"; and a promise that mentions the next step stays a
promise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# The `debrief_json` fixture (tests/cli/conftest.py): notes in, the JSON reading out.
ReadNotes = Callable[[str], dict[str, Any]]


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
def test_the_next_step_is_found(debrief_json: ReadNotes, step: str) -> None:
    notes = f"- team of 6 on days\n- {step}\n- parking is free on site\n"
    found = debrief_json(notes)["next_round"]
    assert found is not None
    # A "next:" label says what the words after it are; it is not their evidence.
    assert found["evidence"] == step.removeprefix("next: ")


def test_my_promise_for_the_trial_day_stays_mine(debrief_json: ReadNotes) -> None:
    data = debrief_json("- will email greg my availability for a trial day\n")
    assert [p["evidence"] for p in data["promises"]] == [
        "will email greg my availability for a trial day"
    ]


def test_a_run_on_paragraph_is_read_clause_by_clause(debrief_json: ReadNotes) -> None:
    notes = (
        "met the site lead and a planner, they run two shifts and the yard is being rebuilt this "
        "spring, she asked if i'd ever run a yard on my own and i said not yet -> she paused, "
        "i promised to send my forklift cert + two references, they'll ring by friday with "
        "the outcome either way\n"
    )
    data = debrief_json(notes)
    assert [p["text"] for p in data["promises"]] == ["send my forklift cert", "send two references"]
    assert data["next_round"]["evidence"] == "they'll ring by friday with the outcome either way"
    assert len(data["concerns"]) == 1
