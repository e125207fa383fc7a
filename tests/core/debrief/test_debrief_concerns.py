"""Concerns the interviewer raised: found in hurried wording, with the competency they are about."""

from __future__ import annotations

import pytest

from secondround.core.debrief import read_debrief
from tests.core.debrief.conftest import read_notes


@pytest.mark.parametrize(
    ("line", "competency"),
    [
        ("- she asked whether I had managed a budget before", "organisation"),
        ("seemed worried about my lack of B2B experience", None),
        ("pushed on why I left Acme after a year", None),
        ("not sure I've enough people management", "leadership"),
        ("concern: no SQL", None),
        ("grilled me on how I handle tight deadlines", "working_under_pressure"),
        ("Q: have you ever managed direct reports?", "leadership"),
        ("mgr seemed hesitant b/c I've only got 2 yrs exp w/ stakeholders", "influence"),
    ],
)
def test_a_worry_of_the_interviewer_is_a_concern(line: str, competency: str | None) -> None:
    concerns = read_debrief(f"notes from round 1\n{line}\n").concerns
    assert len(concerns) == 1
    assert concerns[0].competency == competency


def test_each_concern_carries_the_exact_words_of_the_notes(any_notes: str) -> None:
    for concern in read_debrief(any_notes).concerns:
        assert any_notes[concern.start : concern.end] == concern.evidence
        assert concern.text in concern.evidence or concern.evidence.endswith(concern.text)


def test_the_concerns_of_real_looking_notes() -> None:
    concerns = read_debrief(read_notes("software_engineer")).concerns
    # The doubt after the answer on the same line ("not sure he bought it") is the same concern.
    assert [c.evidence for c in concerns] == [
        "pushed on why I left Fintrak after a year. "
        "said it was the reorg but not sure he bought it",
        "seemed worried abt my lack of kafka exp",
    ]
    assert concerns[0].text == "pushed on why I left Fintrak after a year"


def test_what_the_worry_is_about_comes_after_it() -> None:
    notes = read_notes("store_manager")
    concern = read_debrief(notes).concerns[0]
    assert "hesitant as I've never had a 25+ team" in concern.evidence
    # The budget is mentioned first, but the doubt is about the size of team.
    assert concern.competency == "leadership"


def test_a_concerns_heading_makes_its_lines_concerns() -> None:
    notes = "Concerns:\n- budget size at my last place\n- not enough B2B\n\nNice office."
    found = read_debrief(notes)
    assert [c.text for c in found.concerns] == ["budget size at my last place", "not enough B2B"]
    assert found.concerns[0].competency == "organisation"


def test_the_answer_after_an_arrow_is_evidence_not_the_concern() -> None:
    notes = "asked if i'd done consolidations -> only for a small group"
    concern = read_debrief(notes).concerns[0]
    assert concern.text == "asked if i'd done consolidations"
    assert concern.evidence == notes


def test_my_own_worries_are_not_the_interviewers_concerns() -> None:
    notes = "I'm a bit worried about the commute\ni am not sure about the salary"
    assert read_debrief(notes).concerns == ()


def test_the_words_of_the_worry_are_not_its_subject() -> None:
    concern = read_debrief(read_notes("product_designer")).concerns[0]
    assert concern.text.startswith("Maya wasn't convinced my research was rigorous enough")
    # "convinced" is how the worry is said, not a question of influence.
    assert concern.competency is None
