"""A question about the candidate that no wording rule knows is still read as factual from its
shape (a closed question about you, or "what/which" about what you use, hold or have done); the
direct answer's facts are labelled as background (S), and a vague amount ("quite a few") counts
as a dodge. Through `secondround coach --json`; questions and answers written for this test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.cli.coach_json import Cli, coach

ANSWER = "Yes, a blue card, in date until next spring, and I did my site safety course last year."


def _coach(cli: Cli, question: str, answer: str) -> dict[str, Any]:
    return coach(cli, question, answer)


@pytest.mark.parametrize(
    "question",
    [
        "Have you got your scaffolding card?",
        "Did you use the booking system in your last role?",
        "Which of the tills have you worked on?",
        "Are you signed off on the autoclave yet, and what have you run on it?",
        "Do you know the warehouse software well?",
    ],
)
def test_a_closed_question_about_you_is_factual(cli: Callable[..., Any], question: str) -> None:
    kind = _coach(cli, question, ANSWER)["question_kind"]
    assert kind["kind"] == "factual"
    assert "a fact answers" in kind["evidence"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Do you have any questions for us?", "loose_ends"),
        ("Tell me about a time you used the booking system.", "behavioural"),
        ("What would you do if the booking system went down?", "situational"),
        ("Why do you want to work on our wards?", "motivation"),
    ],
)
def test_questions_of_other_kinds_keep_their_kind(
    cli: Callable[..., Any], question: str, kind: str
) -> None:
    assert _coach(cli, question, ANSWER)["question_kind"]["kind"] == kind


@pytest.mark.parametrize(
    "question",
    [
        "Which of our values do you most identify with?",
        "Do you know what we do here?",
        "Which of our products have you used?",
    ],
)
def test_a_question_about_the_employer_is_not_read_as_a_fact_about_you(
    cli: Callable[..., Any], question: str
) -> None:
    assert _coach(cli, question, ANSWER)["question_kind"]["kind"] != "factual"


def test_a_country_named_us_is_no_employer(cli: Callable[..., Any]) -> None:
    assert (
        _coach(cli, "Have you worked with US GAAP?", ANSWER)["question_kind"]["kind"] == "factual"
    )


def test_the_facts_of_a_direct_answer_are_background(cli: Callable[..., Any]) -> None:
    answer = (
        "I hold a full lorry licence and my driver training card runs until 2027. "
        "Before that I drove vans for a parcel firm for three years."
    )
    data = _coach(cli, "What licences do you hold?", answer)
    assert [s["star"] for s in data["sentences"]] == ["S", "S"]


def test_a_vague_amount_is_a_dodge_and_ranks_below_a_figure(cli: Callable[..., Any]) -> None:
    question = "How many patients do you see in a shift?"
    figure = _coach(cli, question, "About twelve, sometimes fifteen on a Monday, all adults.")
    vague = _coach(cli, question, "Quite a few, a fair number of them, all adults.")
    failed = {c["name"] for c in vague["checks"] if not c["passed"]}
    assert "no_dodge" in failed
    assert figure["scores"]["overall"] > vague["scores"]["overall"]
