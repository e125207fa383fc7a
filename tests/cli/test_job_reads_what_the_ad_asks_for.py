"""`job analyse --json` finds a competency where a phrase asks for the behaviour, in everyday
words too, and never from a lone adjective or noun. Adverts written for this test."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]


def competencies(cli: Cli, advert: str) -> dict[str, dict[str, Any]]:
    code, out, err = cli("job", "analyse", "-", "--json", stdin=advert.encode())
    assert code == ExitStatus.OK, err
    return {c["name"]: c for c in json.loads(out)["competencies"]}


@pytest.mark.parametrize(
    ("sentence", "key", "words"),
    [
        (
            "You'll talk non-specialists through your findings without jargon.",
            "communication",
            "talk non-specialists through",
        ),
        (
            "When several things fail together you stay calm and keep going.",
            "working_under_pressure",
            "fail together",
        ),
        (
            "We need someone who will never cut corners on safety, whoever is watching.",
            "ethics",
            "cut corners",
        ),
        (
            "You'll calm worried patients and put anxious relatives at ease.",
            "customer_focus",
            "calm worried patients",
        ),
        (
            "When three jobs land at once you decide which one needs you first.",
            "prioritisation",
            "which one needs you first",
        ),
        (
            "You can tell a supplier their parts are going back, firmly and politely.",
            "conflict",
            "firmly and politely",
        ),
    ],
)
def test_an_everyday_wording_is_read_with_its_own_words_as_evidence(
    cli: Cli, sentence: str, key: str, words: str
) -> None:
    advert = f"Depot Supervisor\nHollin Freight, Wakefield\n\n{sentence}\n"
    found = competencies(cli, advert)
    assert key in found
    evidence = found[key]
    assert evidence["source"] == "ad"
    assert evidence["evidence"] in advert
    assert advert[evidence["start"] : evidence["end"]] == evidence["evidence"]
    assert set(evidence["evidence"].lower().split()) & set(words.lower().split())


def test_lone_adjectives_and_nouns_ask_for_nothing(cli: Cli) -> None:
    advert = (
        "Customer Data Coordinator\n"
        "You will keep accurate records of each order and send timely invoices.\n"
        "The office has a budget for new chairs, and our scheduling software books the vans.\n"
        "We are a market-leading firm with flexible working.\n"
    )
    found = competencies(cli, advert)
    ad_keys = {k for k, c in found.items() if c["source"] == "ad"}
    assert not ad_keys & {"customer_focus", "time_management", "leadership", "adaptability"}
    # "Coordinator" names the job's organising, so that is all the title gives.
    assert all(c["evidence"] != "Customer" for c in found.values())


def test_a_requirement_asked_for_again_and_again_weighs_most(cli: Cli) -> None:
    advert = (
        "Night Shift Lead\n"
        "What you'll need:\n"
        "- You'll lead a team of nine pickers and coach new starters\n"
        "- You'll hold weekly one-to-ones and set the tone on the floor\n"
        "Nice to have: you learn from mistakes.\n"
    )
    found = competencies(cli, advert)
    assert found["leadership"]["weight"] == 3
    assert found["failure_learning"]["weight"] == 1
