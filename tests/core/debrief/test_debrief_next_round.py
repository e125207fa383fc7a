"""What was said about the next step, and an empty, valid debrief for odd input."""

from __future__ import annotations

import json

import pytest

from secondround.core.debrief import Debrief, read_debrief
from tests.core.debrief.conftest import read_notes


@pytest.mark.parametrize(
    "line",
    [
        "2nd round next Tues with the VP and a case study presentation",
        "final round on site, 3 interviews",
        "they said decision by end of next week",
    ],
)
def test_the_next_step_is_found(line: str) -> None:
    step = read_debrief(f"good chat overall\n- {line}\n").next_round
    assert step is not None
    assert step.evidence == line


def test_a_next_steps_list_is_read_as_one_step() -> None:
    notes = "Next steps:\n- final interview w/ the CEO\n- take-home task due Mon\n\nLovely office."
    step = read_debrief(notes).next_round
    assert step is not None
    assert step.evidence == "final interview w/ the CEO\n- take-home task due Mon"
    assert step.text == "final interview w/ the CEO; take-home task due Mon"


def test_no_next_step_is_none() -> None:
    assert read_debrief(read_notes("data_analyst")).next_round is None


@pytest.mark.parametrize("notes", ["", "   \n\t", "?!... --- ***", "\x00\x01\x02", "-\n-\n*"])
def test_empty_or_wordless_notes_give_an_empty_debrief(notes: str) -> None:
    assert read_debrief(notes) == Debrief()


def test_the_debrief_is_plain_json_of_the_documented_shape() -> None:
    data = json.loads(json.dumps(read_debrief(read_notes("software_engineer")).to_dict()))
    assert set(data) == {
        "concerns",
        "promises",
        "topics",
        "facts",
        "people",
        "next_round",
        "practice_points",
        "note",
    }
    assert data["note"] is None
    assert set(data["concerns"][0]) == {"text", "evidence", "start", "end", "competency"}
    assert set(data["facts"][0]) == {"text", "evidence", "start", "end", "category"}
    assert set(data["people"][0]) == {"name", "role", "evidence", "start", "end"}
    assert set(data["next_round"]) == {"text", "evidence", "start", "end"}
    assert Debrief().to_dict()["next_round"] is None


def test_sixty_thousand_words_are_read_without_trouble() -> None:
    notes = "- asked whether I had managed a budget; team of 6\n" * 6000
    found = read_debrief(notes)
    assert found.concerns and found.facts
    assert found.concerns[-1].end <= 100_000


def test_the_latest_clear_word_on_the_next_step_wins() -> None:
    step = read_debrief(read_notes("recruiter_call")).next_round
    assert step is not None
    assert step.evidence == "interview is Thurs 10am at their Bolton office, bring ID"
