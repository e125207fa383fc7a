"""`secondround debrief --json` files no topic, fact or concern for an aside (the weather, a call
that crashed, arriving late, the journey, a laugh), with or without "lol", while a fact with a
figure that a laugh follows stays a fact."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ASIDES = (
    "snowing sideways the whole way there",
    "zoom crashed twice, rejoined from my phone",
    "got there 5 mins late, apologised",
    "ngl it was fun, the panel were a laugh",
    "walked round the depot for an hour, my feet",
    "chatted about his boat for ages lol",
)
NOTES = (
    "notes from the 2nd stage\n"
    + "".join(f"- {aside}\n" for aside in ASIDES)
    + "- the target is 40 jobs a day per van lol\n"
    + "- depot runs 6am to 10pm, 3 shifts\n"
)


def _filed(reading: dict[str, Any]) -> list[str]:
    kinds = ("concerns", "promises", "topics", "facts", "practice_points")
    return [item["evidence"] for kind in kinds for item in reading[kind]]


def test_asides_are_no_item(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    filed = " | ".join(_filed(debrief_json(NOTES)))
    for aside in ASIDES:
        assert aside not in filed


def test_facts_stay_facts_even_with_a_laugh(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    facts = {f["evidence"]: f["category"] for f in debrief_json(NOTES)["facts"]}
    assert set(facts) == {
        "the target is 40 jobs a day per van lol",
        "depot runs 6am to 10pm, 3 shifts",
    }
    assert facts["the target is 40 jobs a day per van lol"] == "numbers"
