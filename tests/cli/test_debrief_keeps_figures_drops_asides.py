"""`secondround debrief --json` keeps every fact with a number in it and files no item for an
aside ("teams link broke lol", "coffee was great")."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "round one w/ ines (would be my mgr)\n"
    "- churn was 14% last yr, want it under 9\n"
    "- about 40 tickets a day per agent, SLA 4 hrs\n"
    "- pipeline ~£2.1m, 30 open deals\n"
    "- teams link broke lol\n"
    "- coffee was great\n"
    "- nice view from the 9th floor haha\n"
    "- went ok i think\n"
)
ASIDES = (
    "teams link broke lol",
    "coffee was great",
    "nice view from the 9th floor haha",
    "went ok",
)


def _reading(cli: Callable[..., Any]) -> dict[str, Any]:
    code, out, err = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK, err
    return dict(json.loads(out))


def test_each_figure_learned_is_a_fact(cli: Callable[..., Any]) -> None:
    facts = [f["evidence"] for f in _reading(cli)["facts"]]
    assert facts == [
        "churn was 14% last yr, want it under 9",
        "about 40 tickets a day per agent, SLA 4 hrs",
        "pipeline ~£2.1m, 30 open deals",
    ]


def test_an_aside_gives_no_item_of_any_kind(cli: Callable[..., Any]) -> None:
    data = _reading(cli)
    items = [
        *data["concerns"],
        *data["promises"],
        *data["topics"],
        *data["facts"],
        *data["practice_points"],
    ]
    for aside in ASIDES:
        assert not any(aside in item["evidence"] for item in items), aside
