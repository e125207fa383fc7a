"""How it went in this round becomes the notes of the next, so the debrief reads the thread."""

from __future__ import annotations

from secondround.core.debrief import read_debrief
from secondround.core.followup import next_round_notes


def test_the_notes_of_each_person_follow_the_earlier_notes() -> None:
    notes = next_round_notes(
        "Round 1: team of 6.",
        2,
        "8 December 2026",
        [
            ("Priya Shah", "Line manager", "She asked whether I had managed a budget."),
            ("Tom Lee", "HR", ""),
        ],
    )
    assert notes == (
        "Round 1: team of 6.\n\nRound 2 (8 December 2026) - how it went:\n"
        "- Priya Shah (Line manager): She asked whether I had managed a budget."
    )
    assert any("budget" in c.text for c in read_debrief(notes).concerns)


def test_without_notes_of_this_round_the_earlier_notes_stay() -> None:
    assert next_round_notes("Earlier.", 2, "", [("Tom", "HR", " ")]) == "Earlier."
