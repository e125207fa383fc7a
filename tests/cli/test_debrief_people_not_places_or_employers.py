"""`secondround debrief --json` lists people, not the places, employers, shorthand and groups
that hurried notes type like names: the employer after the job title's dash ("Deputy Manager —
Halloran Kitchens"), anything after "@" or "at", a weekday range ("tue-sat"), shorthand with no
vowel ("ngl", "pdf"), a plural acronym ("SMs report to her"), a word joined to an ordinary word
("Take-home"); and a title or surname said later is the person already named ("Ms. Adebayo"
is Folake Adebayo), with a job word before a name left out of it ("Chef Omar Reyes")."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = """Deputy Manager — Halloran Kitchens (casual dining, 14 sites)
1st round @ Cresswell Yard, interview at Brightwater Foods too
- Folake Adebayo, Area Director — SMs report to her
- Chef Omar Reyes showed me the pass, tue-sat mostly
- Ms. Adebayo asked how i'd handle a no-show on a friday night, ngl i waffled
- send my cv as a pdf, Take-home rota exercise due monday
- wiktor (the GM) was lovely
"""


def _people(cli: Callable[..., Any], notes: str) -> list[dict[str, Any]]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    people: list[dict[str, Any]] = json.loads(out)["people"]
    return people


def test_only_the_people_are_listed(cli: Callable[..., Any]) -> None:
    names = [p["name"] for p in _people(cli, NOTES)]
    assert names == ["Folake Adebayo", "Omar Reyes", "Wiktor"]


def test_a_later_title_and_surname_is_the_person_already_named(cli: Callable[..., Any]) -> None:
    people = _people(cli, NOTES)
    folake = [p for p in people if "Adebayo" in p["name"]]
    assert len(folake) == 1
    assert folake[0]["role"] == "line_manager"


def test_the_first_line_of_one_line_notes_still_names_people(cli: Callable[..., Any]) -> None:
    people = _people(cli, "Priya (hiring manager) - asked about budgets\n")
    assert [(p["name"], p["role"]) for p in people] == [("Priya", "line_manager")]


def test_accented_names_are_read_whole(cli: Callable[..., Any]) -> None:
    people = _people(cli, "round 1\n- met Siobhán Dwyer = regional mgr, the role reports to her\n")
    assert [(p["name"], p["role"]) for p in people] == [("Siobhán Dwyer", "line_manager")]


def test_a_relationship_said_with_straight_to_gives_the_role(cli: Callable[..., Any]) -> None:
    notes = "round 1\n- ceo is Marta Lindqvist, the ops lead reports straight to her\n"
    people = _people(cli, notes)
    assert [(p["name"], p["role"]) for p in people] == [("Marta Lindqvist", "line_manager")]
