"""Odd input never breaks the job reader: it gives an empty or partial profile."""

from __future__ import annotations

import json

import pytest

from secondround.core.jobs import JobProfile, analyse_job


@pytest.mark.parametrize("text", ["", "   \n\t ", "?!... --- ***", "\x00\x01\x02"])
def test_empty_or_wordless_text_gives_an_empty_profile(text: str) -> None:
    profile = analyse_job(text)
    assert profile.competencies == ()
    assert profile.tools == ()
    assert profile.occupation is None
    assert json.dumps(profile.to_dict())


def test_an_empty_profile_has_the_documented_shape() -> None:
    assert JobProfile().to_dict() == {
        "competencies": [],
        "keywords": [],
        "tools": [],
        "occupation": None,
        "notes": [],
        "english": True,
        "tool_evidence": [],
    }


def test_sixty_thousand_words_are_read_without_trouble() -> None:
    line = "We need a team player who can meet deadlines under pressure. "
    profile = analyse_job("Cashier\n" + line * 6000)
    names = {c.name for c in profile.competencies}
    # The ad model weighs a 60,000-word paste as a long advert asking one thing over and over:
    # it may keep fewer than the line read once, never others.
    once = {c.name for c in analyse_job("Cashier\n" + line).competencies}
    assert "working_under_pressure" in names
    assert names <= once


def test_markup_and_unicode_are_read() -> None:
    ad = "# Chef de partie\n\n**Essential:** you’re a calm, ✨ team player — fast‑paced kitchen."
    names = {c.name for c in analyse_job(ad).competencies}
    assert {"teamwork", "working_under_pressure"} <= names
