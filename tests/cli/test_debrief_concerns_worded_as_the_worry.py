"""`secondround debrief --json` words each concern as the worry, the clause before the
interviewer's reaction, and keeps the reaction (on the same line or the next) as its evidence."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "1st round, teams call w/ kofi (would be my mgr)\n"
    "- never managed a budget this size; asked twice\n"
    "- asked if i'd presented to a board before\n"
    "- she said 'that's a big jump' -> worried?\n"
    "- i've only run teams of 4 -> he paused -> not convinced\n"
)
MARKERS = ("asked twice", "that's a big jump", "worried", "paused", "not convinced")


def _concerns(cli: Callable[..., Any], notes: str) -> list[dict[str, Any]]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    return list(json.loads(out)["concerns"])


def test_each_concern_is_worded_as_the_worry_not_the_reaction(cli: Callable[..., Any]) -> None:
    concerns = _concerns(cli, NOTES)
    assert [c["text"] for c in concerns] == [
        "never managed a budget this size",
        "asked if i'd presented to a board before",
        "i've only run teams of 4",
    ]
    for concern in concerns:
        assert not any(marker in concern["text"] for marker in MARKERS)


def test_the_reaction_is_kept_as_evidence(cli: Callable[..., Any]) -> None:
    budget, board, teams = _concerns(cli, NOTES)
    assert budget["evidence"] == "never managed a budget this size; asked twice"
    assert board["evidence"] == (
        "asked if i'd presented to a board before\n- she said 'that's a big jump' -> worried?"
    )
    assert teams["evidence"].endswith("-> he paused -> not convinced")
    for concern in (budget, board, teams):
        assert NOTES[concern["start"] : concern["end"]] == concern["evidence"]
    assert budget["competency"] == "organisation"


def test_a_reaction_alone_after_an_aside_is_still_one_concern(cli: Callable[..., Any]) -> None:
    notes = "- asked about my notice period\n- she went quiet\n- team of 5, 2 new this yr\n"
    concerns = _concerns(cli, notes)
    assert [c["text"] for c in concerns] == ["asked about my notice period"]
    assert concerns[0]["evidence"] == "asked about my notice period\n- she went quiet"


def test_a_doubt_they_dropped_is_no_concern(cli: Callable[..., Any]) -> None:
    notes = "- asked if i've worked in a regulated lab. no. she said they'd train -> not a worry\n"
    assert _concerns(cli, notes) == []
