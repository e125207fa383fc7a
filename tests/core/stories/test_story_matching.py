"""The stories that fit a question, with reasons; typed questions get a competency with evidence."""

from __future__ import annotations

from dataclasses import replace

from secondround.core.questions import load_bank
from secondround.core.stories import QuestionInfo, classify_question, match_question

from .samples import BANK, CONFLICT, CUSTOMER


def test_a_bank_question_carries_its_own_competency() -> None:
    question = next(q for q in load_bank() if q.competency == "conflict")
    info = classify_question(question.text)
    assert (info.competency, info.source) == ("conflict", "bank")


def test_a_typed_question_is_classified_with_its_evidence() -> None:
    info = classify_question("When did you last disagree with a colleague?")
    assert info.competency == "conflict"
    assert info.source == "classified"
    assert "disagree" in info.evidence


def test_the_story_with_the_confirmed_competency_comes_first_with_reasons() -> None:
    matches = match_question("Tell me about a time you dealt with an unhappy customer.", BANK)
    assert matches[0].story is CUSTOMER
    assert any("Customer focus" in r for r in matches[0].reasons)
    assert matches[0].to_dict().keys() == {"story", "title", "score", "reasons"}


def test_shared_words_count_when_no_competency_is_confirmed() -> None:
    bare = [replace(s, competencies=()) for s in BANK]
    matches = match_question("Tell me about the weekly report and your two colleagues.", bare)
    assert matches[0].story.key == CONFLICT.key
    assert any("Shares the words" in r for r in matches[0].reasons)


def test_a_story_told_in_round_one_gives_way_unless_the_question_goes_back_to_it() -> None:
    told = replace(CUSTOMER, told_before=True)
    other = replace(CONFLICT, competencies=("customer_focus",), key=9)
    fresh = match_question(QuestionInfo("Who did you serve well?", "customer_focus"), [told, other])
    assert fresh[0].story.key == 9
    deeper = match_question(
        "You mentioned the customer and the refund last time; tell me more.", [told, other]
    )
    assert deeper[0].story is told
    assert any("earlier round" in r for r in deeper[0].reasons)
