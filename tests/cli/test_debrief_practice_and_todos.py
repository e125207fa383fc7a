"""`secondround debrief` lists each promised thing as its own to-do and what to practise from the
candidate's own criticism, with the user's words shown as written (no Rich markup read)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "round 1 w/ oksana (would be my mgr)\n"
    "- she asked about a late delivery -> gave a vague answer [bold]oops[/bold]\n"
    "- said i'd send my portfolio + 2 refs\n"
)


def test_the_report_shows_each_todo_and_what_to_practise(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("debrief", "-", stdin=NOTES.encode())
    assert code == ExitStatus.OK
    assert "What to practise" in out
    assert "Prepare a specific, real example" in out
    assert "[bold]oops[/bold]" in out
    assert "send my portfolio" in out and "send 2 refs" in out
    assert "Oksana" in out and "line manager" in out


def test_the_json_has_one_todo_per_thing_and_the_practice_points(
    cli: Callable[..., Any],
) -> None:
    code, out, _ = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert [p["text"] for p in data["promises"]] == ["send my portfolio", "send 2 refs"]
    assert [p["evidence"] for p in data["practice_points"]] == [
        "gave a vague answer [bold]oops[/bold]"
    ]
    for item in [*data["promises"], *data["practice_points"]]:
        assert NOTES[item["start"] : item["end"]] == item["evidence"]
