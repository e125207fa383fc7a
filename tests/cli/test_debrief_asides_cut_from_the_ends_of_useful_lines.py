"""`secondround debrief --json` cuts an aside off either end of a useful line ("pay is 45k,
parking was a nightmare lol", "they use Epic and Cerner, the receptionist had a cute dog"), so
the fact is kept and its evidence leaves the aside out; a line that is an aside whole gives no
item, and a fact typed with a laugh stays whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "1st round notes\n"
    "- pay is 45k, parking was a nightmare lol\n"
    "- they use Epic and Cerner, the receptionist had a cute dog\n"
    "- rota is 4 on 4 off, she is also from Porto so we chatted in portuguese\n"
    "- my cat walked across the keyboard mid answer\n"
    "- churn was 14% last yr lol, want it under 9\n"
)
ASIDES = (
    "parking was a nightmare",
    "cute dog",
    "also from Porto",
    "my cat walked across the keyboard",
)


def _filed(reading: dict[str, Any]) -> list[str]:
    kinds = ("concerns", "promises", "topics", "facts", "practice_points")
    return [item["evidence"] for kind in kinds for item in reading[kind]]


def test_the_fact_is_kept_without_the_aside(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    facts = [f["evidence"] for f in debrief_json(NOTES)["facts"]]
    assert facts == [
        "pay is 45k",
        "they use Epic and Cerner",
        "rota is 4 on 4 off",
        "churn was 14% last yr lol, want it under 9",
    ]


def test_no_aside_is_in_any_item(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    filed = " | ".join(_filed(debrief_json(NOTES)))
    for aside in ASIDES:
        assert aside not in filed
