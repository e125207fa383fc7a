"""`secondround debrief --json` files "owe him the slides" as a promise to send them, and what
the candidate means to ask next time as no promise at all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "call w/ the clinic lead\n"
    "- owe him the slides from my audit talk\n"
    "- must ask next time about the on-call rota\n"
    "- said i'd send the CPD log + check my DBS is still valid\n"
)


def test_what_is_owed_is_a_promise_to_send_it(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    todos = [p["text"] for p in debrief_json(NOTES)["promises"]]
    assert "send him the slides from my audit talk" in todos


def test_a_question_for_next_time_is_no_promise(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    promises = debrief_json(NOTES)["promises"]
    assert not any("on-call rota" in p["evidence"] for p in promises)
    assert len(promises) == 3
