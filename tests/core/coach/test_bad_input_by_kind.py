"""Odd answers to every kind of question get a report with a clear remark, never a traceback."""

from __future__ import annotations

import json

import pytest

from secondround.core.coach import analyse_answer

QUESTIONS = [
    "Tell me about a time you led a team.",
    "What would you do if a customer shouted at you?",
    "Why do you want this job?",
    "What do you know about our company?",
    "What would your first 90 days look like?",
    "How many people did you manage?",
    "What are your salary expectations?",
    "Do you have any questions for us?",
    "Leadership",
    None,
]
ANSWERS = {
    "one word": "Yes.",
    "not English": "Je voudrais travailler ici parce que votre entreprise est très connue.",
    "a 10,000-word paste": "I want this job because your team trains people well. " * 1000,
    "symbols": "?!... -- ***",
}


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("name", list(ANSWERS))
def test_it_gives_a_report_with_a_remark(question: str | None, name: str) -> None:
    feedback = analyse_answer(ANSWERS[name], question=question)
    data = json.loads(json.dumps(feedback.to_dict()))
    assert data["remarks"], name
    assert all(r["message"].strip() for r in data["remarks"])
    assert len(data["top_three"]) <= 3
    assert data["question_kind"]["kind"]
    if name == "not English":
        assert data["likely_english"] is False
        assert data["remarks"][0]["kind"] == "language"
    if name == "a 10,000-word paste":
        assert data["truncated"] is True
