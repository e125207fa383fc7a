"""Each question gets a kind, from the question bank or from its wording, with the evidence."""

from __future__ import annotations

import pytest

from secondround.core.coach import analyse_answer
from secondround.core.coach.kinds import KINDS, question_kind
from secondround.core.questions.bank import load_bank


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a time you calmed an angry customer.", "behavioural"),
        ("Walk me through the stock audit you mentioned earlier.", "in_depth"),
        ("What would you do if a delivery arrived two hours late?", "situational"),
        ("Why do you want to work for us?", "motivation"),
        ("What do you know about our company?", "company_knowledge"),
        ("What would your first 90 days look like?", "plan_90_days"),
        ("What size of budget did you manage?", "factual"),
        ("How many people did you manage in your last job?", "factual"),
        ("What are your salary expectations?", "salary"),
        ("What notice period are you on?", "loose_ends"),
        ("Do you have any questions for us?", "loose_ends"),
    ],
)
def test_it_reads_the_kind_from_the_wording(question: str, kind: str) -> None:
    found = question_kind(question)
    assert found.kind == kind
    assert found.evidence  # which rule decided, quoting the words it matched
    assert found.note is None


def test_a_bank_question_takes_the_banks_kind_and_says_so() -> None:
    bank = load_bank()
    situational = next(
        q for q in bank.questions if q.kind == "competency" and q.style == "situational"
    )
    found = question_kind(situational.text)
    assert found.kind == "situational"
    assert found.evidence.startswith("question bank:")


def test_every_bank_question_gets_a_known_kind() -> None:
    assert all(question_kind(q.text).kind in KINDS for q in load_bank().questions)


@pytest.mark.parametrize(
    "question",
    ["", "   ", "!!! ???", "Leadership.", "The weather in Leeds", "Qu'est-ce que vous voulez?"],
)
def test_an_unclear_question_falls_back_to_general_with_a_note(question: str) -> None:
    found = question_kind(question)
    assert found.kind == "general"
    assert found.note


def test_the_kind_and_its_note_are_in_the_feedback() -> None:
    feedback = analyse_answer("I counted the stock every Friday.", question="The weather")
    data = feedback.to_dict()
    assert data["question_kind"]["kind"] == "general"
    assert any(r["kind"] == "question_kind" for r in data["remarks"])
    told = analyse_answer("I counted the stock.", question="Why do you want this job?")
    assert told.to_dict()["question_kind"]["kind"] == "motivation"
