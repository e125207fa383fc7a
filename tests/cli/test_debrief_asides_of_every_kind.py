"""`secondround debrief --json` files no aside of any kind (the call's trouble, small talk, the
weather, jokes, personal asides) as a topic, fact or anything else, and keeps the facts beside
them, with numbers and without."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

ASIDES = [
    "zoom froze twice, had to rejoin",
    "we chatted about the rugby for a bit",
    "absolutely pouring with rain outside, got soaked",
    "the intercom buzzed the whole time lol",
    "my cat walked across the keyboard mid answer lol",
]
FACTS = [
    "the team is 9 people, two are new",
    "they use Jira and Confluence",
    "pipeline is 40 deals a quarter, want 55",
    "office is in Bristol, 2 days in",
    "very flat structure, everyone does a bit of support",
]


def _found(cli: Callable[..., Any]) -> tuple[str, dict[str, Any]]:
    notes = "call w/ the sales lead\n" + "".join(
        f"- {line}\n" for pair in zip(ASIDES, FACTS, strict=True) for line in pair
    )
    code, out, _ = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK
    return notes, json.loads(out)


def _items(data: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = ("concerns", "promises", "topics", "facts", "practice_points")
    step = [data["next_round"]] if data["next_round"] else []
    return [*(i for k in kinds for i in data[k]), *step]


def test_no_aside_becomes_an_item(cli: Callable[..., Any]) -> None:
    notes, data = _found(cli)
    for aside in ASIDES:
        start = notes.index(aside)
        end = start + len(aside)
        filed = [i["evidence"] for i in _items(data) if i["start"] < end and start < i["end"]]
        assert filed == [], aside


def test_the_facts_beside_them_are_kept(cli: Callable[..., Any]) -> None:
    _, data = _found(cli)
    assert [f["evidence"] for f in data["facts"]] == FACTS
