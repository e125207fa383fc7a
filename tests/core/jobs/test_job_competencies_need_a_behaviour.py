"""A competency needs words that ask for the behaviour: everyday wordings count, lone adjectives
and nouns ("accurate records", "cabin pressure", "Customer" in the title) do not."""

from __future__ import annotations

import pytest

from secondround.core.jobs import analyse_job


def keys(ad: str) -> set[str]:
    return {c.name for c in analyse_job(ad).competencies if c.source == "ad"}


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("You will talk families through the results in plain English.", "communication"),
        (
            "We need someone who keeps their head when three orders go wrong.",
            "working_under_pressure",
        ),
        ("You'll decide which job needs you first when the calls stack up.", "prioritisation"),
        ("You must never cut corners on safety, even when the client pushes.", "ethics"),
        ("You'll bring suppliers round to our way of doing things.", "influence"),
        (
            "When a delivery doesn't go to plan, you rearrange your day without fuss.",
            "adaptability",
        ),
        ("Spot the faults that keep coming back and get to the bottom of them.", "problem_solving"),
        ("You'll calm tension between neighbours before it becomes a complaint.", "conflict"),
    ],
)
def test_an_everyday_wording_asks_for_the_competency(sentence: str, key: str) -> None:
    assert key in keys(f"Depot Assistant\n{sentence}")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("You will keep accurate records of every delivery.", "organisation"),
        ("Timely results are shared each month.", "time_management"),
        ("Our aircraft cabin pressure systems are serviced here.", "working_under_pressure"),
        ("The Modernization Initiative runs until 2027.", "initiative"),
        ("We will check lead times with each supplier.", "leadership"),
    ],
)
def test_a_lone_adjective_or_noun_asks_for_nothing(sentence: str, key: str) -> None:
    assert key not in keys(f"Depot Assistant\n{sentence}")


def test_customer_in_the_title_alone_is_not_customer_focus() -> None:
    found = analyse_job("Customer Data Analyst\nYou will build reports in SQL every week.")
    assert "customer_focus" not in {c.name for c in found.competencies if c.source == "ad"}
