"""Competencies suggested for a story, each with the phrase of the story that shows it."""

from __future__ import annotations

from secondround.core.stories import suggest_competencies
from secondround.core.stories.suggest import story_cues


def test_it_suggests_influence_from_persuading_with_the_words_as_evidence() -> None:
    found = {s.competency: s for s in suggest_competencies("I persuaded the board to fund it.")}
    assert "influence" in found
    assert found["influence"].evidence == ("persuaded",)


def test_it_uses_the_job_readers_trigger_phrases_too() -> None:
    found = {s.competency for s in suggest_competencies("I had to resolve a conflict quickly.")}
    assert "conflict" in found


def test_the_strongest_suggestion_comes_first() -> None:
    text = "An angry customer wanted a refund; the client had complained twice."
    assert suggest_competencies(text)[0].competency == "customer_focus"


def test_plain_text_with_no_cue_gets_no_suggestion() -> None:
    assert suggest_competencies("The weather was grey.") == []


def test_the_story_cues_load_and_cover_every_competency() -> None:
    assert story_cues().size > 150
