"""Feedback.from_dict gives back the feedback its JSON form (as stored with an answer) came from."""

from __future__ import annotations

import pytest

from secondround.core.coach import Feedback, analyse_answer

ANSWERS = [
    (
        "Last spring two of our biggest customers complained that deliveries arrived late. "
        "I was asked to find the cause within a month. I pulled six weeks of route data into "
        "Excel and found 70% of late drops came from one bay. Within three weeks late "
        "deliveries fell from 18% to 4%.",
        "Tell me about a time you solved a problem.",
    ),
    ("I guess we sort of just worked harder as a team, maybe.", None),
    ("I would probably talk to the manager first and then decide.", "What would you do?"),
]


@pytest.mark.parametrize(("answer", "question"), ANSWERS)
def test_the_json_form_round_trips(answer: str, question: str | None) -> None:
    feedback = analyse_answer(answer, question=question, job="Analyst with Excel and SQL.")
    again = Feedback.from_dict(feedback.to_dict())
    assert again.to_dict() == feedback.to_dict()
    assert again.scores == feedback.scores
    assert again.sentences == feedback.sentences
    assert again.length.verdict == feedback.length.verdict


def test_feedback_stored_before_the_later_keys_still_reads() -> None:
    data = analyse_answer("I cut costs by 8% in a month.").to_dict()
    for key in ("truncated", "likely_english", "question_kind", "checks", "strengths", "top_three"):
        del data[key]
    again = Feedback.from_dict(data)
    assert (again.truncated, again.likely_english) == (False, True)
    assert (again.kind, again.checks, again.strengths, again.top_three) == ("general", (), (), ())


def test_a_damaged_form_is_refused() -> None:
    data = analyse_answer("I cut costs by 8% in a month.").to_dict()
    del data["scores"]
    with pytest.raises(KeyError):
        Feedback.from_dict(data)
