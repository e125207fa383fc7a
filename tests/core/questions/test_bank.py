"""The shipped question bank: big enough, every competency in several wordings, checked on load."""

from __future__ import annotations

from collections import Counter

import pytest

from secondround.core.competencies import COMPETENCIES
from secondround.core.questions import KINDS, QuestionBankError, load_bank, parse_bank

GOOD = """
source: "Written for a test."
questions:
  - id: teamwork-b1
    text: "Tell me about a time your team disagreed."
    kind: competency
    competency: teamwork
    style: behavioural
    asked_by: [line_manager]
    difficulty: 2
    probes: ["What did you do?"]
"""


def test_the_bank_holds_at_least_250_questions() -> None:
    assert len(load_bank()) >= 250


def test_every_competency_is_asked_in_at_least_six_wordings_of_every_style() -> None:
    bank = load_bank()
    for key in COMPETENCIES:
        questions = [q for q in bank if q.kind == "competency" and q.competency == key]
        assert len(questions) >= 6, key
        assert {q.style for q in questions} == {"behavioural", "situational", "in_depth", "plain"}


def test_every_other_kind_of_second_round_question_is_there() -> None:
    kinds = Counter(q.kind for q in load_bank())
    for kind in KINDS:
        assert kinds[kind] >= 8, kind


def test_the_first_90_days_question_is_in_the_bank() -> None:
    assert any("90 days" in q.text for q in load_bank().of_kind("second_round"))


def test_every_question_has_roles_a_difficulty_and_probes() -> None:
    for q in load_bank():
        assert q.asked_by and 1 <= q.difficulty <= 3 and 1 <= len(q.probes) <= 2


def test_a_well_formed_file_parses() -> None:
    bank = parse_bank("test.yaml", GOOD)
    assert bank.get("teamwork-b1") is not None
    assert bank.questions[0].probes == ("What did you do?",)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("competency: teamwork", "competency: juggling"), "not one of the 16"),
        (("style: behavioural", "style: poetic"), "style must be"),
        (("difficulty: 2", "difficulty: 7"), "difficulty must be"),
        (("asked_by: [line_manager]", "asked_by: [the_cat]"), "asked_by must"),
        (('probes: ["What did you do?"]', "probes: []"), "probes must"),
        (("id: teamwork-b1", "id: Team Work"), "id must be"),
        (("disagreed.", "disagreed"), "must end"),
    ],
)
def test_a_malformed_question_is_refused_with_the_reason(
    change: tuple[str, str], message: str
) -> None:
    with pytest.raises(QuestionBankError, match=message):
        parse_bank("test.yaml", GOOD.replace(*change))


def test_a_repeated_question_is_refused() -> None:
    twice = GOOD + GOOD.split("questions:\n", 1)[1].replace("teamwork-b1", "teamwork-b2")
    with pytest.raises(QuestionBankError, match="repeats the text"):
        parse_bank("test.yaml", twice)


def test_a_file_without_its_source_is_refused() -> None:
    with pytest.raises(QuestionBankError, match="source"):
        parse_bank("test.yaml", GOOD.replace('source: "Written for a test."', ""))
