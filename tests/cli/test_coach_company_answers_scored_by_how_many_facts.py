"""An answer about the company is scored by how many facts it gives: a researched answer with
six or more figures, dates and sites earns full specificity and outranks a short one with two
facts, and the short one is told how many it gives and what to add (`secondround coach --json`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.cli.coach_json import Cli, coach

QUESTION = "What do you know about our company?"
# Written for this test: a garden-centre chain, its figures invented.
RESEARCHED = (
    "I read your annual report last week. You opened two new garden centres in 2024, in "
    "Ashford and Hythe, which takes you to 14 sites, and sales rose 9% last year. You also "
    "started a plant-repair service in March, and your website says it has had 3,000 bookings "
    "already. That's why this role appeals to me: the new sites need trained staff quickly, "
    "and I trained six new starters in my current job."
)
THIN = (
    "I looked at your website. You've got 14 garden centres and you've been going since 1985. "
    "You seem like a friendly, family business and I like that you care about plants, which "
    "I do too, so I think I would fit in with the team and I would enjoy working for you."
)


def _coach(cli: Cli, answer: str) -> dict[str, Any]:
    return coach(cli, QUESTION, answer, kind="company_knowledge")


def test_a_researched_answer_earns_full_specificity_and_outranks_a_thin_one(
    cli: Callable[..., Any],
) -> None:
    researched, thin = _coach(cli, RESEARCHED), _coach(cli, THIN)
    assert researched["scores"]["specificity"] == 100
    assert thin["scores"]["specificity"] < 50
    assert researched["scores"]["overall"] > thin["scores"]["overall"]


def test_an_answer_thin_on_facts_is_told_how_many_it_gives_and_what_to_add(
    cli: Callable[..., Any],
) -> None:
    remarks = {r["kind"]: r["message"] for r in _coach(cli, THIN)["remarks"]}
    assert "this answer has 2 " in remarks["specificity"]
    assert "about 6 earn full marks" in remarks["specificity"]
    assert "a figure, a date, a site" in remarks["specificity"]
    assert "ticket" not in remarks["specificity"]


def test_appending_a_follow_up_keeps_the_labels_of_the_answer(cli: Callable[..., Any]) -> None:
    first = _coach(cli, THIN)
    longer = _coach(cli, THIN + " And I visited your Ashford site on Saturday.")
    assert [s["star"] for s in longer["sentences"][: len(first["sentences"])]] == [
        s["star"] for s in first["sentences"]
    ]
