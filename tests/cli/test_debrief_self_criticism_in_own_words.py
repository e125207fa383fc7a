"""`secondround debrief --json` turns the candidate's own criticism, however it is worded, into a
practice point each, and leaves the interviewer's criticism, concerns and technical trouble out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# The `debrief_json` fixture (tests/cli/conftest.py): notes in, the JSON reading out.
ReadNotes = Callable[[str], dict[str, Any]]


@pytest.mark.parametrize(
    ("line", "practice"),
    [
        ("- went blank on the numbers q", "Refresh the names and facts"),
        ("- said we the whole time", "“I”"),
        ("- too long on the intro", "Keep answers short"),
        ("- didn't ask anything at the end", "questions to ask"),
        ("- undersold the budget bit", "Say what you achieved plainly"),
        ("- asked zero questions about the rollout", "questions to ask"),
        ('- said "literally" way too often', "words you repeat"),
        ("- i erm'd through the whole case study", "cut the fillers"),
        ("- took 6 mins on the warm-up question", "Practise to time"),
        ("- never put numbers on the warehouse move", "in numbers"),
        ("- didn't link my answers to their expansion plans", "Tie each answer"),
        ("- i forget to mention my forklift licence", "Say it early"),
    ],
)
def test_a_fault_in_the_candidates_words_is_a_practice_point(
    debrief_json: ReadNotes, line: str, practice: str
) -> None:
    notes = f"round 1, warehouse supervisor\n{line}\n"
    points = debrief_json(notes)["practice_points"]
    assert len(points) == 1
    assert practice in points[0]["text"]
    assert notes[points[0]["start"] : points[0]["end"]] == points[0]["evidence"]


def test_each_fault_in_one_line_is_its_own_point(debrief_json: ReadNotes) -> None:
    notes = "- she asked about the audit -> went blank on the numbers, then rambled\n"
    points = debrief_json(notes)["practice_points"]
    assert [p["evidence"] for p in points] == ["went blank on the numbers", "then rambled"]


@pytest.mark.parametrize(
    "line",
    [
        "- she said my answer was too long",
        "- he thought the last hire rambled",
        "- zoom froze twice, had to rejoin",
        "- they'll email by friday",
        "- team of 12, two on nights",
    ],
)
def test_what_others_said_or_the_call_did_is_no_practice_point(
    debrief_json: ReadNotes, line: str
) -> None:
    assert debrief_json(f"{line}\n")["practice_points"] == []


def test_a_concern_stays_a_concern_not_a_fault(debrief_json: ReadNotes) -> None:
    data = debrief_json("- asked if i'd ever run a night shift -> she wrote it down\n")
    assert len(data["concerns"]) == 1
    assert data["practice_points"] == []
