"""`secondround debrief --json` reads a role said before a name or about someone else: "lead
tech Gwen", "hr bp Nadia", "from group HR", a list that goes on to the next person ("Ivo, who'd
be my boss, + the director Bea"), and "her manager is the cfo" (not her role)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _roles(debrief_json: Callable[[str], dict[str, Any]], notes: str) -> dict[str, str]:
    data = debrief_json(notes)
    for person in data["people"]:
        assert notes[person["start"] : person["end"]] == person["evidence"]
    return {p["name"]: p["role"] for p in data["people"]}


def test_a_title_before_the_name_gives_the_role(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = (
        "site visit at the depot\n"
        "- lead tech Gwen walked me round the bays\n"
        "- then 20 min w/ HR bp Nadia Ferris about the contract\n"
    )
    assert _roles(debrief_json, notes) == {"Gwen": "team_member", "Nadia Ferris": "hr"}


def test_the_list_goes_on_to_the_next_person(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = "spoke to the depot mgr, Ivo, who'd be my boss, + the director Bea at the end\n"
    assert _roles(debrief_json, notes) == {"Ivo": "line_manager", "Bea": "senior_executive"}


def test_someone_from_a_named_hr_team_is_hr(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    notes = "panel was Marta Quist (would manage me) and Olly from group HR\n"
    assert _roles(debrief_json, notes) == {"Marta Quist": "line_manager", "Olly": "hr"}


def test_a_role_said_about_someone_else_is_not_theirs(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = "- met Tamsin - her manager is the cfo, so she'd be two below him\n"
    assert _roles(debrief_json, notes)["Tamsin"] != "senior_executive"


def test_someone_from_the_candidates_past_is_other(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    notes = (
        "warehouse lead role\n"
        "- Yusuf (would be my mgr) asked for a referee\n"
        "- said my old supervisor Pilar can vouch for the nights work\n"
    )
    assert _roles(debrief_json, notes) == {"Yusuf": "line_manager", "Pilar": "other"}
