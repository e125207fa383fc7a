"""`secondround debrief --json` makes one to-do of each thing promised: joined by "+", "and" or
commas, or listed after "send:", each with its own words of the notes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "- said i'd send my portfolio + check my references are ok\n"
    "- send: payslip, p45, 2 refs\n"
    "- promised to email the pricing deck and think about the start date\n"
    "- they'll send me the contract next wk\n"
)


def test_each_thing_promised_is_its_own_todo(cli: Callable[..., Any]) -> None:
    code, out, err = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK, err
    promises = json.loads(out)["promises"]
    assert [p["text"] for p in promises] == [
        "send my portfolio",
        "check my references are ok",
        "send payslip",
        "send p45",
        "send 2 refs",
        "email the pricing deck",
        "think about the start date",
    ]
    for promise in promises:
        assert NOTES[promise["start"] : promise["end"]] == promise["evidence"]


def test_what_they_will_send_is_not_a_promise(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("debrief", "-", "--json", stdin=b"- they'll send me the contract next wk\n")
    assert code == ExitStatus.OK
    assert json.loads(out)["promises"] == []
