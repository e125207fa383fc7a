"""`secondround debrief --json` reads the interviewer's reaction in more shapes — a look between
them, a shrug, a tight smile, waiting, a long pause, a follow-up question — on the worry's line or
the next, and words the concern as the worry before it, the reaction kept as its evidence."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus


def _read(cli: Callable[..., Any], notes: str) -> dict[str, Any]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.mark.parametrize(
    "reaction",
    [
        "they looked at each other",
        "he shrugged",
        "a tight smile, not in a good way",
        "she waited",
        "long pause",
        "he asked a follow-up",
    ],
)
def test_a_reaction_on_the_next_line_marks_the_worry_above(
    cli: Callable[..., Any], reaction: str
) -> None:
    notes = f"depot manager, round 1\n- i've only ever run one night shift\n- {reaction}\n"
    result = _read(cli, notes)
    assert len(result["concerns"]) == 1
    concern = result["concerns"][0]
    assert concern["text"] == "i've only ever run one night shift"
    assert concern["evidence"].endswith(reaction)


def test_a_reaction_in_the_same_clause_is_evidence(cli: Callable[..., Any]) -> None:
    notes = (
        "depot manager\n"
        "- said i'm better on days than nights -> he said 'nights is 70% of it' -> didn't look"
        " thrilled\n"
    )
    result = _read(cli, notes)
    assert len(result["concerns"]) == 1
    concern = result["concerns"][0]
    assert concern["text"].startswith("said i'm better on days than nights")
    assert "thrilled" not in concern["text"]
    assert concern["evidence"].endswith("didn't look thrilled")
