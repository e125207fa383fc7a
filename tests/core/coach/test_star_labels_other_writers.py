"""The labeller reads the patterns other writers use, not the slot a sentence sits in."""

from __future__ import annotations

import pytest

from secondround.core.coach import analyse_answer

QUESTION = "Tell me about a time you turned round a struggling team."


def labels(text: str, question: str | None = QUESTION) -> list[str]:
    return [s.star for s in analyse_answer(text, question=question).sentences]


@pytest.mark.parametrize(
    "task",
    [
        "As the lead, I needed to get the weekend rota covered without paying agency rates.",
        "My duties were the rota, the stock orders and the new starters' training.",
        "I was tasked with cutting the number of late deliveries before the Christmas peak.",
        "So my job was basically to stop the complaints before head office noticed.",
    ],
)
def test_a_task_in_its_many_phrasings_is_a_task(task: str) -> None:
    text = (
        "Two years ago I ran the night shift at a parcel depot in Swindon. "
        f"{task} "
        "I moved two pickers to loading and rang every driver on the Sunday."
    )
    assert labels(text)[1] == "T"


@pytest.mark.parametrize(
    "result",
    [
        "The client rang the following week to thank us.",
        "We went from nine missed slots a week to one.",
        "As a result, the audit passed with no actions.",
    ],
)
def test_results_told_with_we_or_a_reaction_are_results(result: str) -> None:
    text = (
        "I was a planner at a haulage firm and our biggest client was unhappy. "
        "I rebuilt the Monday routes and called the client's buyer every Friday. "
        f"{result}"
    )
    assert labels(text)[-1] == "R"


@pytest.mark.parametrize(
    "other",
    [
        "Um, okay, so, yeah.",
        "Retail, it's busy every weekend, isn't it.",
        "If I ran the team I'd probably hold a meeting every morning.",
        "I pride myself on staying calm when everything is going wrong.",
    ],
)
def test_fillers_sector_claims_hypotheticals_and_self_praise_are_other(other: str) -> None:
    text = (
        f"{other} "
        "Last March I was a supervisor at a shoe shop in Leeds. "
        "I moved the stock count to Tuesday mornings."
    )
    assert labels(text)[0] == "O"


def test_an_opening_that_restates_the_question_is_other() -> None:
    text = (
        "Turning round a struggling team is one of the hardest things a new manager faces. "
        "For example, in my previous role as a call centre team leader, sales had fallen for "
        "six months. "
        "I listened to ten calls from each agent and set one goal for each of them. "
        "Within a quarter sales were up by 12%. "
        "This experience taught me to listen before I change anything."
    )
    assert labels(text) == ["O", "S", "A", "R", "R"]


def test_inline_headings_are_read_but_the_sentence_decides() -> None:
    text = (
        "Situation: I was the duty manager at a leisure centre when the pool's pump failed. "
        "Task: I had to reopen before the school swimming lessons at nine. "
        "Action: I called our contractor and moved the lessons to the learner pool. "
        "Result: every lesson went ahead and the head teacher wrote to thank us."
    )
    assert labels(text) == ["S", "T", "A", "R"]
