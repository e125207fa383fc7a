"""`secondround debrief --json` reads a subject the interviewer raised ("nadia asked about my
forklift hours") as a concern when what they did after the arrows marks it ("→ she said their
last driver did twice that → went quiet"), and keeps a subject with no reaction a topic."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus


def _read(cli: Callable[..., Any], notes: str) -> dict[str, Any]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    result: dict[str, Any] = json.loads(out)
    return result


def test_a_subject_followed_by_a_reaction_is_a_concern(cli: Callable[..., Any]) -> None:
    notes = (
        "warehouse lead, round 1\n"
        "- nadia asked about my forklift hours, i said about 200 → she said their last lead"
        " had 2000 → she went quiet\n"
    )
    result = _read(cli, notes)
    assert len(result["concerns"]) == 1
    assert "forklift" in result["concerns"][0]["evidence"]
    assert result["topics"] == []


def test_a_subject_with_no_reaction_stays_a_topic(cli: Callable[..., Any]) -> None:
    notes = "warehouse lead, round 1\n- nadia asked about my forklift hours → about 200\n"
    result = _read(cli, notes)
    assert result["concerns"] == []
    assert [t["evidence"] for t in result["topics"]] == [
        "nadia asked about my forklift hours → about 200"
    ]
