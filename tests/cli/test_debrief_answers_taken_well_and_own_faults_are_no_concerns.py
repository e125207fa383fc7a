"""`secondround debrief --json` files no concern for a question they were happy with ("asked if i
do hoyer lifts, yes, she happy"), a worry the notes let go ("no real worries that i could see"),
whether the candidate meets a plain condition ("asked if i drive"), or the candidate's own fault
with nobody's doubt in it, which is a point to practise; a doubt beside them is still read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "call with the care home manager\n"
    "- she asked if i do hoyer lifts, yes i did in my last place, she seemed happy\n"
    "- no real worries that i could see on the rota side\n"
    "- she asked if i drive, i do\n"
    "- i used too much jargon and not enough plain english\n"
    "- she asked if i've done night shifts alone, only with a senior -> she wrote it down\n"
)


def test_only_the_doubt_is_a_concern(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    concerns = debrief_json(NOTES)["concerns"]
    assert [c["evidence"] for c in concerns] == [
        "she asked if i've done night shifts alone, only with a senior -> she wrote it down"
    ]


def test_the_own_fault_is_a_point_to_practise(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    points = debrief_json(NOTES)["practice_points"]
    assert any("too much jargon" in p["evidence"] for p in points)
