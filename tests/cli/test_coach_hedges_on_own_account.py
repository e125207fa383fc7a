"""`coach --json` flags qualifiers on the speaker's own account, not purpose or precise figures."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

QUESTION = "Tell me about a time you cleared a backlog."


def hedges(cli: Callable[..., Any], answer: str) -> list[dict[str, Any]]:
    code, out, _ = cli("coach", "-", "--json", "--question", QUESTION, stdin=answer.encode())
    assert code == ExitStatus.OK
    return [m for m in json.loads(out)["confidence"] if m["kind"] == "hedge"]


def test_i_think_before_the_speakers_own_account_is_a_hedge(cli: Callable[..., Any]) -> None:
    answer = (
        "I was on the service desk at a housing association. "
        "I think there were about forty tickets open when I started that Monday. "
        "I sorted them by age and cleared the oldest ten first."
    )
    found = hedges(cli, answer)
    assert [(m["sentence"], m["text"].lower()) for m in found] == [(1, "i think")]


def test_purpose_and_precise_figures_are_not_hedges(cli: Callable[..., Any]) -> None:
    answer = (
        "I was on the service desk at a housing association. "
        "I put the queue on a screen by the door so they could see progress. "
        "Within a month the overdue tickets fell to almost zero."
    )
    assert hedges(cli, answer) == []


def test_a_view_introduced_by_i_think_is_not_a_hedge_on_the_story(
    cli: Callable[..., Any],
) -> None:
    answer = (
        "I think communication matters most on a service desk. "
        "I rang every caller back myself within the hour."
    )
    assert hedges(cli, answer) == []


def test_doubt_about_what_happened_still_counts(cli: Callable[..., Any]) -> None:
    answer = (
        "It could have been the Tuesday, if I remember rightly. "
        "I called the supplier and moved the delivery."
    )
    texts = {m["text"].lower() for m in hedges(cli, answer)}
    assert {"could have been", "if i remember rightly"} <= texts
