"""`secondround debrief --json` makes a to-do of each promise however the candidate typed it:
after "need to:", what is owed after "owe X:", verbs that are no cue alone ("i'll renew", "need to
tell", "i said i'd come back"); an answer to "how would you..." and what someone else will do are
no promises."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOTES = (
    "bakery interview\n"
    "- need to: send my level 2 food hygiene cert + update my address on the form\n"
    "- owe marta: P60 + bank details\n"
    "- I'll renew my DBS this month + bring my own piping bags\n"
    "- also need to tell marta if i can do 5am starts\n"
    "- i said i'd come back for a trial shift\n"
    "- she asked how i'd handle a late delivery, i said i'd tell the supervisor and rework it\n"
    '- marta: "you\'ll need to tell the drivers no sometimes"\n'
    "- they'll let me know by friday\n"
)


def test_each_promise_is_one_imperative_to_do(cli: Callable[..., Any]) -> None:
    code, out, err = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK, err
    promises = json.loads(out)["promises"]
    assert [p["text"] for p in promises] == [
        "send my level 2 food hygiene cert",
        "update my address on the form",
        "send P60",
        "send bank details",
        "renew my DBS this month",
        "bring my own piping bags",
        "tell marta if i can do 5am starts",
        "come back for a trial shift",
    ]
    for promise in promises:
        assert NOTES[promise["start"] : promise["end"]] == promise["evidence"]


def test_an_answer_to_how_would_you_is_no_promise(cli: Callable[..., Any]) -> None:
    notes = "- she asked how i'd handle a late delivery, i said i'd tell the supervisor\n"
    code, out, _ = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK
    assert json.loads(out)["promises"] == []
