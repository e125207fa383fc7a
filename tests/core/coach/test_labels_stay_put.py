"""Labels do not flip when a follow-up answer is appended: each is decided from what precedes it."""

from __future__ import annotations

import pytest

from secondround.core.coach import analyse_answer

ANSWERS = [
    (
        "Last winter I was working as a dispatcher at a courier firm. "
        "My job was to get the Friday backlog cleared before the weekend. "
        "I phoned the three drivers on the late shift and split the parcels by postcode. "
        "As a result we cleared all 240 parcels by 7pm."
    ),
    (
        "Um, okay, so, yeah. Retail, it's mad on Saturdays, isn't it. "
        "I was a supervisor at a shoe shop and we kept running out of sizes. "
        "I'd probably say I'm a people person."
    ),
    "First I would check the booking. Then I would offer a table in the bar.",
]
FOLLOW_UPS = [
    "And to answer your follow-up: I did it myself, the manager was away.",
    "The result was that complaints fell from ten a week to two.",
    "Sorry, I forgot to say, I learned to check the stock every Monday.",
]


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
@pytest.mark.parametrize("joiner", [" ", "\n"])  # the dry run joins a probe's answer on a new line
def test_appending_a_follow_up_keeps_every_earlier_label(
    answer: str, follow_up: str, joiner: str
) -> None:
    question = "Tell me about a time you fixed a problem at work."
    before = analyse_answer(answer, question=question).sentences
    after = analyse_answer(answer + joiner + follow_up, question=question).sentences
    assert len(after) > len(before)
    assert [(s.text, s.star, s.evidence) for s in after[: len(before)]] == [
        (s.text, s.star, s.evidence) for s in before
    ]
