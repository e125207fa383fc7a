"""`secondround debrief --json` does not take for a concern what is not the interviewer's doubt:
a question about the job's conditions answered yes, a situational question on its own, the
candidate's own worries about the job or about how they did, and a doubt they let go. The same
question becomes a concern once the interviewer reacts to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOT_CONCERNS = (
    "- she asked if i'd be ok with 6am starts, i said yes\n"
    "- asked how i'd handle a supplier who misses a delivery\n"
    "- concern (mine, not theirs): the commute is long\n"
    "- not sure if it was ok to mention my current salary\n"
    "- no doubts that i could see, he said my route plan was clear\n"
)


def test_questions_and_the_candidates_own_worries_are_no_concerns(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    assert debrief_json(NOT_CONCERNS)["concerns"] == []


def test_the_same_question_with_a_reaction_is_a_concern(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = NOT_CONCERNS + "- asked twice if i'd cope with weekend call-outs -> she frowned\n"
    concerns = debrief_json(notes)["concerns"]
    assert [c["text"] for c in concerns] == ["asked twice if i'd cope with weekend call-outs"]
    assert concerns[0]["evidence"].endswith("-> she frowned")


def test_a_situational_question_they_pushed_on_is_a_concern(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = (
        "- asked how i'd handle a supplier who misses a delivery. i said ring them. "
        'he said "and then?" and made a note.\n'
    )
    concerns = debrief_json(notes)["concerns"]
    assert [c["text"] for c in concerns] == [
        "asked how i'd handle a supplier who misses a delivery"
    ]
    assert concerns[0]["evidence"].endswith("made a note")
