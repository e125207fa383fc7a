"""The STAR labeller: each sentence gets the part a careful reader would give it."""

from __future__ import annotations

from secondround.core.coach import analyse_answer


def labels(text: str, question: str | None = None) -> list[str]:
    return [s.star for s in analyse_answer(text, question=question).sentences]


def test_it_labels_a_story_told_in_order() -> None:
    text = (
        "Last winter I was working as a dispatcher at a courier firm. "
        "My job was to get the Friday backlog cleared before the weekend. "
        "I phoned the three drivers on the late shift and split the parcels by postcode. "
        "I also rewrote the pick list so each van left in delivery order. "
        "As a result we cleared all 240 parcels by 7pm, two hours earlier than usual."
    )
    assert labels(text) == ["S", "T", "A", "A", "R"]


def test_it_marks_a_preamble_and_a_closing_as_other() -> None:
    text = (
        "That's a good question, let me think. "
        "When I was a shift lead at a bakery, the oven broke on a Saturday morning. "
        "I moved the bread orders to our second site and drove the dough over myself. "
        "Every order went out on time. "
        "So yeah."
    )
    result = labels(text)
    assert result[0] == "O"
    assert result[-1] == "O"
    assert "A" in result and "R" in result


def test_it_calls_a_general_belief_other_not_action() -> None:
    text = (
        "I think communication is the most important thing in any team. "
        "You have to listen to people and respect their ideas."
    )
    assert labels(text) == ["O", "O"]


def test_it_calls_what_i_would_do_other_not_action() -> None:
    text = (
        "I would first speak to the customer calmly. "
        "Then I would explain the policy and offer a refund if I could."
    )
    assert labels(text, "Tell me about a time you handled an angry customer.") == ["O", "O"]


def test_it_treats_a_lesson_learned_as_result() -> None:
    text = (
        "In my first year as a junior developer I shipped a change without tests. "
        "I rolled it back and wrote the missing tests that night. "
        "I learned to run the whole suite before every release."
    )
    assert labels(text)[-1] == "R"


def test_it_keeps_a_result_told_first() -> None:
    text = (
        "We cut our month-end close from ten days to six. "
        "At the time I was the only accountant at a small charity. "
        "I automated the bank reconciliations in Excel and agreed earlier cut-offs with the "
        "two budget holders."
    )
    assert labels(text) == ["R", "S", "A"]


def test_every_sentence_carries_evidence() -> None:
    feedback = analyse_answer("I rebuilt the rota. It worked.")
    assert all(s.evidence for s in feedback.sentences)
