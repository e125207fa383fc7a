"""`secondround debrief --json` reads each person's role from everything said of them in their
clause, weighed by the trained people model: "she will be my manager" after her title, a
predecessor who has left, a panel member "one of the seniors"."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "care home interview, round 1\n"
    "Interview was with Mrs Adeyemi she is deputy manager and she will be my manager.\n"
    "Also met Bea Lowry, the previous head of activities, she left in June.\n"
    "kit (he is on the panel, one of the seniors)\n"
    "ppl: Hugo Marsh (director, owns 3 homes) + Lena (nurse on my unit)\n"
)


def test_each_role_is_read_from_what_the_clause_says_of_the_person(
    cli: Callable[..., Any],
) -> None:
    code, out, err = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK, err
    people = json.loads(out)["people"]
    assert {p["name"]: p["role"] for p in people} == {
        "Mrs Adeyemi": "line_manager",
        "Bea Lowry": "other",
        "Kit": "team_member",
        "Hugo Marsh": "senior_executive",
        "Lena": "team_member",
    }
    for person in people:
        assert NOTES[person["start"] : person["end"]] == person["evidence"]
