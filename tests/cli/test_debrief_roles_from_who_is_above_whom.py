"""`secondround debrief --json` reads a role from a statement of who is above whom anywhere in
the notes, also on a later line or said about someone else ("she reports to Odile too", "the
regional manager, Crispin, is above her"), and keeps that statement as the role's evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "dispatch coordinator, depot interview\n"
    "- panel: Ilse and Tobiah\n"
    "- Ilse is the one I'd be under, she sets the rotas\n"
    "- the regional manager, Crispin, is above her\n"
)


def _people(debrief_json: Callable[[str], dict[str, Any]], notes: str) -> dict[str, Any]:
    return {p["name"]: p for p in debrief_json(notes)["people"]}


def test_someone_above_the_manager_is_an_executive(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    people = _people(debrief_json, NOTES)
    assert people["Ilse"]["role"] == "line_manager"
    assert people["Crispin"]["role"] == "senior_executive"
    assert people["Crispin"]["evidence"] == "Crispin, is above her"
    assert NOTES[people["Crispin"]["start"] : people["Crispin"]["end"]] == "Crispin, is above her"


def test_someone_under_the_same_manager_is_a_colleague(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = (
        "round 1, bakery shift lead\n"
        "- met Odile, she'd be my boss, very calm\n"
        "- Wendell showed me the ovens, he reports to Odile too\n"
    )
    people = _people(debrief_json, notes)
    assert people["Odile"]["role"] == "line_manager"
    assert people["Wendell"]["role"] == "team_member"
    assert people["Wendell"]["evidence"] == "he reports to Odile"
