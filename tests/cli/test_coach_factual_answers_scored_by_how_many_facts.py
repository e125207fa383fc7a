"""A factual answer is scored by how many facts it gives, names included: the tickets and
systems a candidate names count as specific, a full answer outranks a plain one-fact reply,
and an answer thin on facts is told how many it gives (`secondround coach --json`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.cli.coach_json import Cli, coach

QUESTION = "What tickets and cards do you hold?"
NAMED = (
    "I hold my CPCS blue card for the 360 excavator and the forward tipping dumper, and my "
    "CSCS card is current."
)
FULL = (
    "I hold my CPCS blue card for the 360 excavator, renewed in 2023, and I've had the "
    "forward tipping dumper ticket for six years. I also did my SMSTS last March, so I can "
    "run a site of up to 40 people, and my first aid at work is in date until next June."
)
PLAIN = "Yes, I've had a digger ticket for two years."


def _coach(cli: Cli, answer: str) -> dict[str, Any]:
    return coach(cli, QUESTION, answer, kind="factual")


def test_named_tickets_count_as_specific_even_without_a_number(
    cli: Callable[..., Any],
) -> None:
    data = _coach(cli, NAMED)
    names = {m["text"] for m in data["specificity"] if m["kind"] == "name"}
    assert {"CPCS", "CSCS"} <= names
    assert data["scores"]["specificity"] >= 50


def test_a_full_answer_outranks_a_plain_one_fact_reply(cli: Callable[..., Any]) -> None:
    full, named, plain = (_coach(cli, a) for a in (FULL, NAMED, PLAIN))
    assert full["scores"]["specificity"] == 100
    assert (
        full["scores"]["specificity"]
        > named["scores"]["specificity"]
        > plain["scores"]["specificity"]
    )
    assert full["scores"]["overall"] > named["scores"]["overall"] > plain["scores"]["overall"]


def test_an_answer_thin_on_facts_is_told_how_many_it_gives(cli: Callable[..., Any]) -> None:
    remarks = {r["kind"]: r["message"] for r in _coach(cli, PLAIN)["remarks"]}
    assert "specificity" in remarks
    assert "this answer has 1 " in remarks["specificity"]
    assert "earn full marks" in remarks["specificity"]
