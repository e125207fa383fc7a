"""`secondround debrief --json` gives as the next step what happens next in the hiring, not the
candidate's own to-do: "bring my tool list thurs, he'll decide after" is a promise and a next
step ("he'll decide after"); a to-do for a trial day alone is no next step, nor is "they never
said what's next"; "outcome by text within 48h" is one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_the_to_do_is_a_promise_and_what_follows_is_the_next_step(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    data = debrief_json("bench joiner role\n- bring my tool list thurs, he'll decide after\n")
    assert [p["text"] for p in data["promises"]] == ["bring my tool list thurs"]
    assert data["next_round"]["evidence"] == "he'll decide after"


def test_a_to_do_for_the_trial_day_alone_is_no_next_step(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    data = debrief_json("bakery role\n- send my rota + my hygiene cert for the trial day\n")
    assert [p["text"] for p in data["promises"]] == [
        "send my rota",
        "send my hygiene cert for the trial day",
    ]
    assert data["next_round"] is None


def test_no_word_on_what_comes_next_is_no_next_step(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    data = debrief_json("call centre role\n- nice chat\n- they never said what's next\n")
    assert data["next_round"] is None


def test_an_outcome_promised_by_a_date_is_the_next_step(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    data = debrief_json("porter role\n- outcome by text within 48h\n")
    assert data["next_round"]["evidence"] == "outcome by text within 48h"
