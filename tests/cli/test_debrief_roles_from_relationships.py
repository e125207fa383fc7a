"""`secondround debrief --json` reads each person's part from how the notes relate them to the
job ("would be my mgr", "i'd report to her", "her boss", "the owner"), also when a job title in
capitals stands between the name and the words that say it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = """round 1, ops supervisor
- Marek (would be my mgr) ran most of it
- Sunita Rao, Regional Operations Manager - I'd report to her
- tomas who runs the team i'd join
- Bea sat in from hr
- Kofi is currently doing the role, moving to the Leeds site
- Gareth Pryce (Field Sales Director, Sunita's boss) popped in
- the owner, Hamish, said hi at the end
- Lotte will be my direct superior on nights
- Ruth Adeyemi (Principal Planner in the same team)
- lunch at Meadowview House was nice
"""


def _people(cli: Callable[..., Any]) -> dict[str, str]:
    code, out, _ = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK
    people = json.loads(out)["people"]
    for person in people:
        assert NOTES[person["start"] : person["end"]] == person["evidence"]
    return {p["name"]: p["role"] for p in people}


def test_each_relationship_gives_the_role(cli: Callable[..., Any]) -> None:
    assert _people(cli) == {
        "Marek": "line_manager",
        "Sunita Rao": "line_manager",
        "Tomas": "line_manager",
        "Bea": "hr",
        "Kofi": "current_holder",
        "Gareth Pryce": "senior_executive",
        "Hamish": "senior_executive",
        "Lotte": "line_manager",
        "Ruth Adeyemi": "team_member",
    }


def test_job_titles_and_employers_are_not_people(cli: Callable[..., Any]) -> None:
    names = _people(cli)
    assert not {"Regional", "Field", "Principal Planner", "Meadowview House"} & set(names)
